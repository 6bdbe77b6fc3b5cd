import CSV
import Foundation
import ZIPArchive
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The batch's ZIP: every file in manifest order, then the manifest itself, written through a
/// streaming writer so that only one file and the central directory are in memory at a time.
enum BatchArchive {
    /// Writes `batch.zip` (or the shard's name) from the manifest and the files it lists.
    ///
    /// DOCX files are stored as they are (they are ZIPs already; deflating again gains nothing);
    /// text and HTML are deflated. The archive appears whole or not at all.
    static func write(folder: String, files: BatchFiles) throws(BatchRunner.Failure) {
        let manifestPath = folder + "/" + files.manifest
        let destination = folder + "/" + files.zip
        let temporary = folder + "/." + files.zip + ".tmp-\(getpid())"
        do {
            var writer = ZIPStreamWriter(sink: try FileSink(path: temporary))
            guard let stream = InputStream(fileAtPath: manifestPath) else {
                throw BatchRunner.Failure.cannotCreate(path: destination, reason: "cannot read \(manifestPath)")
            }
            let reader = try CSVReader(stream: stream, hasHeaderRow: true)
            while let cells = reader.next() {
                guard let row = ManifestRow(cells: cells) else { continue }
                guard let data = FileManager.default.contents(atPath: folder + "/" + row.path) else {
                    throw BatchRunner.Failure.cannotCreate(path: destination, reason: "\(row.path) is missing")
                }
                try writer.add(path: row.path, contents: Array(data), method: row.format == "docx" ? .store : .deflate)
            }
            let manifest = FileManager.default.contents(atPath: manifestPath) ?? Data()
            try writer.add(path: files.manifest, contents: Array(manifest))
            var sink = try writer.finish()
            try sink.close()
        } catch let failure as BatchRunner.Failure {
            unlink(temporary)
            throw failure
        } catch {
            unlink(temporary)
            throw .cannotCreate(path: destination, reason: "\(error)")
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotCreate(path: destination, reason: reason)
        }
    }
}

/// A file written through a 1 MiB buffer: the ZIP writer's sink.
struct FileSink: ZIPStreamSink {
    private let file: AppendFile
    private var buffer: [UInt8] = []

    /// Creates (or empties) the file at `path`.
    init(path: String) throws {
        file = try AppendFile(path: path, truncatingTo: 0)
        buffer.reserveCapacity(1 << 20)
    }

    mutating func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered.
    mutating func flush() throws {
        try file.append(bytes: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes; the file closes when the sink goes away.
    mutating func close() throws {
        try flush()
    }
}
