import CaseModel
import Foundation

/// Reads a folder of case files (`.yaml`, `.yml`, `.json`; hidden files skipped) in byte order of
/// their names, one file per record, reading each file only when its turn comes.
public struct CaseFolderReader: RecordSource {
    private let folder: String
    private let names: [String]
    private var position = 0

    /// Lists the case files in `folder`.
    public init(folder: String) throws(BatchInputError) {
        let all: [String]
        do { all = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw .cannotOpen(path: folder, reason: error.localizedDescription)
        }
        self.folder = folder
        // Byte order, not locale order, so every machine numbers the records alike.
        self.names = all.filter { name in
            let lower = name.lowercased()
            return !name.hasPrefix(".") && (lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json"))
        }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// How many case files the folder holds.
    public var count: Int { names.count }

    /// The next file as a record.
    public mutating func next() throws(BatchInputError) -> BatchRecord? {
        guard position < names.count else { return nil }
        let name = names[position]
        position += 1
        let path = (folder as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            return BatchRecord(number: position, caseID: nil, payload: .unreadable("cannot read the file"), source: name)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return BatchRecord(number: position, caseID: nil, payload: .unreadable("not UTF-8 text"), source: name)
        }
        let format = CaseFileFormat(fileName: name)
        let id = CaseParser.caseID(in: text, format: format)
        return BatchRecord(number: position, caseID: id, payload: .text(text, format), source: name)
    }
}
