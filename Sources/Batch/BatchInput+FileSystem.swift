import Foundation

/// A batch input, told apart by what the path is: a folder, a `.csv` file, or JSON Lines
/// (`.jsonl`, `.ndjson`, or `-` for standard input).
public enum BatchInput: Sendable, Hashable {
    /// A CSV file with a header row of dotted paths.
    case csv(String)
    /// A JSON Lines file, or `-`.
    case jsonLines(String)
    /// A folder of `.yaml`, `.yml` and `.json` case files.
    case folder(String)

    /// The input at `path`.
    public init(path: String) throws(BatchInputError) {
        if path == "-" { self = .jsonLines(path); return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .cannotOpen(path: path, reason: "no such file or folder")
        }
        let lower = path.lowercased()
        if isFolder.boolValue {
            self = .folder(path)
        } else if lower.hasSuffix(".csv") {
            self = .csv(path)
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonLines(path)
        } else {
            throw .unknownKind(path: path)
        }
    }

    /// A fresh reader positioned at the first record.
    public func records() throws(BatchInputError) -> any RecordSource {
        switch self {
        case .csv(let path): return try CSVRecordReader(path: path)
        case .jsonLines(let path): return try JSONLinesRecordReader(path: path)
        case .folder(let path): return try CaseFolderReader(folder: path)
        }
    }

    /// The number of records, by a reading pass that numbers records exactly as the batch will;
    /// nil for standard input or a pipe, which can be read only once.
    public func countRecords() throws(BatchInputError) -> Int? {
        switch self {
        case .folder(let path):
            return try CaseFolderReader(folder: path).count
        case .jsonLines(let path):
            guard path != "-", isRegularFile(path) else { return nil }
            let lines = try FileLines(path: path)
            var count = 0
            while let (number, line) = try lines.nextLine() {
                if !line.isBlank(lineNumber: number) { count += 1 }
            }
            return count
        case .csv(let path):
            guard isRegularFile(path) else { return nil }
            var reader = try CSVRecordReader(path: path)
            var count = 0
            while try reader.next() != nil { count += 1 }
            return count
        }
    }

    /// The input's size for ``BatchRunSettings``: a file's bytes, a folder's number of case files,
    /// nil for standard input or a pipe.
    public var size: Int? {
        switch self {
        case .folder(let path): return try? CaseFolderReader(folder: path).count
        case .csv(let path), .jsonLines(let path):
            var info = stat()
            guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return Int(info.st_size)
        }
    }

    private func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
