/// The text formats a case file can be written in.
public enum CaseFileFormat: String, Sendable, Hashable, CaseIterable {
    /// JSON (read through the YAML parser: JSON is YAML 1.2 flow syntax).
    case json
    /// YAML 1.2.
    case yaml

    /// The format for a file name by its extension (`.json`, else YAML).
    public init(fileName: String) {
        self = fileName.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
