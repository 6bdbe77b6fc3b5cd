import Foundation

/// Runs async library code from a synchronous command (the root command is not async, and a
/// batch is the only command that needs structured concurrency).
enum Blocking {
    /// Runs `body` on the concurrency pool and waits for it on the calling thread.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get().get()
    }
}

/// A result handed from the concurrency pool to a waiting thread; the lock orders the hand-over.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func set(_ value: Result<T, any Error>) {
        lock.withLock { result = value }
    }

    func get() -> Result<T, any Error> {
        lock.withLock { result! }
    }
}
