import Foundation
import Generator
import Testing

@Suite struct AtomicFileTests {
    @Test(arguments: [true, false])
    func writesWholeFilesAndCreatesFolders(durable: Bool) throws {
        let path = Fixtures.temporaryFolder() + "/a/b/c.txt"
        try AtomicFile.write(Array("first".utf8), to: path, durable: durable)
        try AtomicFile.write(Array("second".utf8), to: path, durable: durable)
        #expect(Fixtures.read(path) == "second")
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["c.txt"])
    }

    /// A temporary file left by a crashed run of the same process id does not block the write,
    /// and is left alone (`--resume` cleans such files up).
    @Test func aLeftoverTemporaryFileOfTheSameProcessIdIsSteppedAround() throws {
        let root = Fixtures.temporaryFolder()
        let leftover = root + "/.c.txt.tmp-\(getpid())"
        try Data("half".utf8).write(to: URL(fileURLWithPath: leftover))
        try AtomicFile.write(Array("whole".utf8), to: root + "/c.txt", durable: false)
        #expect(Fixtures.read(root + "/c.txt") == "whole")
        #expect(Fixtures.read(leftover) == "half")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).count == 2)
    }

    @Test func aFolderThatCannotBeMadeSaysWhyInPlainWords() throws {
        let root = Fixtures.temporaryFolder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/file"))
        do {
            try AtomicFile.write([1], to: root + "/file/sub/x.txt")
            Issue.record("wrote under a regular file")
        } catch {
            #expect(error.reason.contains("Not a directory"), "\(error.reason)")
            #expect(!error.reason.contains("NSCocoaErrorDomain"))
        }
    }

    @Test func withoutCreatingFoldersAMissingFolderFails() throws {
        let root = Fixtures.temporaryFolder()
        #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write([1], to: root + "/missing/x.txt", durable: false, createFolders: false)
        }
        try AtomicFile.createFolder(root + "/made/deep")
        try AtomicFile.createFolder(root + "/made/deep")
        try AtomicFile.write([1, 2], to: root + "/made/deep/x.bin", durable: false, createFolders: false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/made/deep/x.bin")) == Data([1, 2]))
    }
}
