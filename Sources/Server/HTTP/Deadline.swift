import Foundation

/// The moment the current request must be answered by: set by `RequestTimeoutMiddleware` for
/// everything the request runs, read by the work that can outlast it (renders).
enum Deadline {
    @TaskLocal static var current: ContinuousClock.Instant?

    /// The deadline passed before the work finished.
    struct Expired: Error {}

    /// `work`'s result, or `Expired` once `deadline` passes, whichever comes first.
    ///
    /// The work runs in a task of its own and is left to finish after the deadline (a render is CPU
    /// work that cannot be interrupted, so it keeps its render slot until then): the caller answers
    /// at the deadline instead of waiting for it.
    static func race<T: Sendable>(
        until deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let outcome = Outcome<T>()
        return try await withCheckedThrowingContinuation { continuation in
            outcome.wait(continuation)
            let timer = Task {
                try? await Task.sleep(until: deadline, clock: .continuous)
                if !Task.isCancelled { outcome.finish(.failure(Expired())) }
            }
            Task {
                do {
                    let value = try await work()
                    outcome.finish(.success(value))
                } catch {
                    outcome.finish(.failure(error))
                }
                timer.cancel()
            }
        }
    }

    /// A continuation resumed once, by whichever of the work and the timer finishes first.
    private final class Outcome<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?

        func wait(_ continuation: CheckedContinuation<T, any Error>) { lock.withLock { self.continuation = continuation } }

        func finish(_ result: Result<T, any Error>) {
            let waiting = lock.withLock { () -> CheckedContinuation<T, any Error>? in
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(with: result)
        }
    }
}
