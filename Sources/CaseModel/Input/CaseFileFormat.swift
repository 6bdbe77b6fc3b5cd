/// The text formats a case file can be written in.
public enum CaseFileFormat: String, Sendable, Hashable, CaseIterable {
    /// JSON (RFC 8259), read by its own one-pass reader.
    case json
    /// YAML 1.2.
    case yaml

    /// The format for a file name by its extension (`.json`, else YAML).
    public init(fileName: String) {
        self = fileName.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
