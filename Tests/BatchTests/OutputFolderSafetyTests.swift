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

    /// The lock file goes when the batch ends, whether it finished or failed; the one a killed
    /// batch left (a file no process holds a lock on) neither blocks the next batch nor stays.
    @Test func theLockFileIsRemovedWhenTheBatchEnds() async throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "".write(toFile: dir + "/.lock", atomically: true, encoding: .utf8)
        _ = try await Fixtures.run(Fixtures.records(2), into: dir)
        #expect(!FileManager.default.fileExists(atPath: dir + "/.lock"))
        _ = try await Fixtures.run(Fixtures.records(2), into: dir + "/shard", shard: try #require(Shard(parsing: "1/2")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/shard").filter { $0.hasPrefix(".lock") } == [])

        let failing = dir + "/failing"
        try FileManager.default.createDirectory(atPath: failing, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: failing + "/manifest.csv", withDestinationPath: dir + "/nowhere")
        await #expect(throws: BatchRunner.Failure.self) { _ = try await Fixtures.run(Fixtures.records(2), into: failing) }
        #expect(!FileManager.default.fileExists(atPath: failing + "/.lock"))
    }

    /// The lock is released and its file removed together: a second lock is refused while the
    /// first is held, and taken (on a new file) once it is released.
    @Test func aReleasedLockCanBeTakenAgain() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try OutputLock(folder: dir, name: ".lock")
        #expect(Self.isBusy { _ = try OutputLock(folder: dir, name: ".lock") })
        first.release()
        #expect(!FileManager.default.fileExists(atPath: dir + "/.lock"))
        let second = try OutputLock(folder: dir, name: ".lock")
        #expect(FileManager.default.fileExists(atPath: dir + "/.lock"))
        #expect(Self.isBusy { _ = try OutputLock(folder: dir, name: ".lock") })
        second.release()
    }

    private static func isBusy(_ body: () throws -> Void) -> Bool {
        do {
            try body()
            return false
        } catch {
            guard case .busy = error as? BatchRunner.Failure else { return false }
            return true
        }
    }
}
