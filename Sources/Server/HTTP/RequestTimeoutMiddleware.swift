import HTTPTypes
import Hummingbird

/// Each request gets `timeout` from its start to be answered: a body still arriving then gets 408
/// (and the connection is closed); a render still running or waiting for its turn gets 503. The
/// idle timeout alone would let a client trickle one byte at a time forever.
struct RequestTimeoutMiddleware<Context: RequestContext>: RouterMiddleware {
    let timeout: Duration
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let deadline = ContinuousClock.now + timeout
        var request = request
        // Every route reads the whole body (up to the limit), so it is read here, against the clock.
        let body = request.body, limit = maxBodyBytes
        let buffer: ByteBuffer
        do {
            buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(until: deadline, clock: .continuous)
                    return nil
                }
                // The first to finish wins; the other is cancelled (reading a body stops on cancellation).
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else { throw Deadline.Expired() }
                return buffer
            }
        } catch is Deadline.Expired {
            var response = ErrorMiddleware<Context>.answer(Self.slowBody, path: request.uri.path)
            response.headers[.connection] = "close"
            return response
        }
        request.body = RequestBody(buffer: buffer)
        return try await Deadline.$current.withValue(deadline) { try await next(request, context) }
    }

    static var slowBody: Problem {
        Problem(
            status: .requestTimeout, type: "request-timeout", title: "Request Timeout",
            detail: "the request body did not arrive in time; send it again")
    }
}
