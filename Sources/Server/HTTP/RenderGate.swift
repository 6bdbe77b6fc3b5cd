/// Lets at most `limit` renders run at once; later callers wait in order. A request whose deadline
/// passes while its render waits or runs is answered 503 at the deadline (see `Deadline`).
///
/// Rendering is CPU work on the shared cooperative pool: without a cap, a burst of packet requests
/// would leave no thread to answer anything else.
actor RenderGate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    /// Runs `work` once a slot is free, within the request's deadline when it has one.
    /// (Off the actor: the actor only counts; renders run in parallel up to the limit.)
    nonisolated func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard let deadline = Deadline.current else { return try await runInTurn(work) }
        do {
            return try await Deadline.race(until: deadline) { try await self.runInTurn(work) }
        } catch is Deadline.Expired {
            throw Self.tooLong
        }
    }

    static var tooLong: Problem {
        Problem(
            status: .serviceUnavailable, type: "render-timeout", title: "Service Unavailable",
            detail: "the documents took too long to prepare (the server is busy or the case is very large); try again in a moment")
    }

    private nonisolated func runInTurn<T: Sendable>(_ work: @Sendable () throws -> T) async throws -> T {
        await acquire()
        let result = Result { try work() }
        await release()
        return try result.get()
    }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
