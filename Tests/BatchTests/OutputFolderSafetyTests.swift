import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import Batch

/// The output folder is the batch's own: links are never written through, and one batch at a time.
@Suite struct OutputFolderSafetyTests {
    @Test(arguments: ["manifest.csv", "errors.jsonl", ".progress"])
    func aLinkInPlaceOfABookkeepingFileIsRefused(name: String) async throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let victim = dir + "-victim"
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: victim) }
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out + "/" + name, withDestinationPath: victim)
        await #expect {
            _ = try await Fixtures.run(Fixtures.records(2), into: out)
        } throws: { error in
            guard case BatchRunner.Failure.cannotCreate(let path, let reason)? = error as? BatchRunner.Failure else { return false }
            return path.hasSuffix("/" + name) && reason.contains("symbolic link")
        }
        #expect(Fixtures.read(victim) == "precious\n")
    }

    @Test func aLinkInPlaceOfACaseFolderIsRefused() async throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let elsewhere = dir + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/case-1", withDestinationPath: elsewhere)
        await #expect(throws: BatchRunner.Failure.self) { _ = try await Fixtures.run(Fixtures.records(2), into: dir + "/out") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test func aSecondBatchIntoTheSameFolderIsRefused() async throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Another process holds the lock: a separate open file description, as flock sees it.
        let fd = open(dir + "/.lock", O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        await #expect {
            _ = try await Fixtures.run(Fixtures.records(2), into: dir)
        } throws: { error in
            guard case BatchRunner.Failure.busy(let path)? = error as? BatchRunner.Failure else { return false }
            return path == dir && "\(error)".contains("another batch is writing")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/manifest.csv"))
        close(fd)
        let summary = try await Fixtures.run(Fixtures.records(2), into: dir)
        #expect(summary.succeeded == 2)
    }
}
