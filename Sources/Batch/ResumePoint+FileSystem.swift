import CSV
import Foundation

extension ResumePoint {
    /// The last journal entry that the manifest and errors file on disk still bear out (both at
    /// least that long, each ending a line there, the manifest starting with its header); nil
    /// when there is none, and the run starts afresh.
    static func find(folder: String, files: BatchFiles) -> ResumePoint? {
        let manifestPath = folder + "/" + files.manifest
        let errorsPath = folder + "/" + files.errors
        guard let journal = FileManager.default.contents(atPath: folder + "/" + files.journal),
            let manifest = FileHandle(forReadingAtPath: manifestPath)
        else { return nil }
        defer { try? manifest.close() }
        let errors = FileHandle(forReadingAtPath: errorsPath)
        defer { try? errors?.close() }
        let header = Array(ManifestRow.header.utf8)
        guard let head = try? manifest.read(upToCount: header.count), Array(head) == header else { return nil }
        let manifestSize = size(of: manifestPath)
        let errorsSize = size(of: errorsPath)
        for entry in entries(inJournal: Array(journal)).reversed() {
            guard entry.manifestBytes >= header.count, entry.manifestBytes <= manifestSize,
                entry.errorsBytes <= errorsSize,
                byte(before: entry.manifestBytes, in: manifest) == UInt8(ascii: "\n"),
                entry.errorsBytes == 0 || errors.flatMap({ byte(before: entry.errorsBytes, in: $0) }) == UInt8(ascii: "\n")
            else { continue }
            var point = ResumePoint(
                lastRecord: entry.record, manifestBytes: entry.manifestBytes,
                errorsBytes: entry.errorsBytes, journalBytes: entry.end)
            if entry.errorsBytes > 0, let errors {
                try? errors.seek(toOffset: 0)
                let kept = (try? errors.read(upToCount: entry.errorsBytes)) ?? Data()
                point.failedRecords = kept.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            }
            return point
        }
        return nil
    }

    /// This point with ``repairFolders`` filled in from the (already cut) manifest, after removing
    /// temporary files that a killed run left behind.
    ///
    /// Every listed file is checked for its size and then its SHA-256: a batch does not flush each
    /// document to the disk, so after a power loss a file the manifest lists may be missing, empty
    /// or hold stale blocks; its record is rendered again.
    func checkingFiles(folder: String, manifest: String) -> ResumePoint {
        Self.removeStrayTemporaryFiles(in: folder)
        var point = self
        guard let stream = InputStream(fileAtPath: manifest),
            let reader = try? CSVReader(stream: stream, hasHeaderRow: true)
        else { return point }
        while let cells = reader.next() {
            guard let row = ManifestRow(cells: cells), let first = row.path.split(separator: "/").first,
                !point.repairFolders.contains(String(first))
            else { continue }
            let path = folder + "/" + row.path
            if Self.size(of: path) != row.bytes || FileManager.default.contents(atPath: path).map(SHA256.hex(of:)) != row.sha256 {
                point.repairFolders.insert(String(first))
            }
        }
        return point
    }

    /// Deletes `.name.tmp-…` files (``AtomicFile``'s, and the ZIP's) in the folder and its subfolders.
    static func removeStrayTemporaryFiles(in folder: String) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            if isTemporary(name) { try? fm.removeItem(atPath: path); continue }
            var isFolder: ObjCBool = false
            guard !name.hasPrefix("."), fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for inner in (try? fm.contentsOfDirectory(atPath: path)) ?? [] where isTemporary(inner) {
                try? fm.removeItem(atPath: path + "/" + inner)
            }
        }
    }

    /// Whether a name is a temporary file of an atomic write.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    /// A file's size, or -1 when it does not exist.
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : -1
    }

    /// The byte just before `offset` in a file.
    private static func byte(before offset: Int, in handle: FileHandle) -> UInt8? {
        guard offset > 0 else { return nil }
        try? handle.seek(toOffset: UInt64(offset - 1))
        return (try? handle.read(upToCount: 1))?.first
    }
}
