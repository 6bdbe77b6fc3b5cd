/// Lets at most `limit` renders run at once; later callers wait in order.
///
/// Rendering is CPU work on the shared cooperative pool: without a cap, a burst of packet requests
/// would leave no thread to answer anything else.
actor RenderGate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    /// Runs `work` once a slot is free.
    /// (Off the actor: the actor only counts; renders run in parallel up to the limit.)
    nonisolated func run<T: Sendable>(_ work: @Sendable () throws -> T) async throws -> T {
        await acquire()
        let result = Result { try work() }
        await release()
        return try result.get()
    }

    private func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
