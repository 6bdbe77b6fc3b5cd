import Foundation
import Generator
import Testing

/// `generate` writes a case's documents all or none, in a folder no other id shares.
@Suite struct OutputFolderTests {
    @Test func idsMadeSafeAlikeGetFoldersOfTheirOwn() {
        let names = ["a:b", "a|b", "a\"b", "a_b"].map { SafeName.distinctName(for: $0) }
        #expect(Set(names).count == 4)
        #expect(names[3] == "a_b")
        #expect(names[0].hasPrefix("a_b-") && names[0].utf8.count == 12)
        #expect(SafeName.distinctName(for: "a:b") == names[0])
        #expect(SafeName.distinctName(for: "demo") == "demo")
        let long = SafeName.distinctName(for: String(repeating: "é:", count: 100))
        #expect(long.utf8.count <= SafeName.maxBytes)
    }

    @Test func writeAllLeavesNothingWhenOneFileFails() throws {
        let root = NSTemporaryDirectory() + "redress-all-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/case", withIntermediateDirectories: true)
        // A file where a folder should be: the third write fails as on a full disk, after two succeeded.
        try Data().write(to: URL(fileURLWithPath: root + "/case/blocked"))
        let files: [(bytes: [UInt8], path: String)] = [
            ([1], root + "/case/a.txt"), ([2], root + "/case/b.txt"), ([3], root + "/case/blocked/c.txt"),
        ]
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.writeAll(files) }
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/case").sorted()
        #expect(left == ["blocked"])
    }

    @Test func writeAllWritesEveryFile() throws {
        let root = NSTemporaryDirectory() + "redress-all-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try AtomicFile.writeAll([([1], root + "/c/a.txt"), ([2], root + "/c/b.txt")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/c").sorted() == ["a.txt", "b.txt"])
    }
}
