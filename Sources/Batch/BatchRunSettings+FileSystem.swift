import Foundation
import Generator
import Templating

extension BatchRunSettings {
    /// The settings recorded in the resume journal of the batch in `folder`; nil when there is no
    /// journal or it records none. `--resume` without `--date` takes the date from here.
    public static func recorded(inFolder folder: String, files: BatchFiles) -> BatchRunSettings? {
        guard let handle = FileHandle(forReadingAtPath: folder + "/" + files.journal) else { return nil }
        defer { try? handle.close() }
        // The settings line is short; 64 KiB holds it with room to spare.
        guard let head = try? handle.read(upToCount: 1 << 16),
            let end = head.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        return BatchRunSettings(journalLine: Substring(decoding: head[..<end], as: UTF8.self))
    }

    /// SHA-256 over every template in `folders` (in order): each one's path inside its folder and its
    /// text, so that an edited, added or removed template changes it and a moved checkout does not.
    public static func fingerprint(templateFolders folders: [String]) throws -> String {
        var message: [UInt8] = []
        for folder in folders {
            for source in try TemplateLibrary.sources(inFolder: folder) {
                let relative = source.path.hasPrefix(folder + "/") ? String(source.path.dropFirst(folder.count + 1)) : source.path
                message += Array(relative.utf8) + [0] + Array(source.text.utf8) + [0]
            }
            message.append(0xFF)
        }
        return SHA256.hex(of: message)
    }

    /// SHA-256 of a file's bytes (a `--docx-template`); nil when it cannot be read.
    public static func fingerprint(file path: String) -> String? {
        FileManager.default.contents(atPath: path).map { SHA256.hex(of: $0) }
    }
}
