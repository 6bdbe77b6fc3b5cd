import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Server

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-request timeout: a body that does not arrive gets 408, a render that cannot finish 503,
/// both as problem+json under `/api/` and never a hang.
@Suite struct TimeoutTests {
    @Test func aRenderStillWaitingAtTheDeadlineGets503() async throws {
        // The only render slot is held for the whole test, so the render can never start.
        let gate = RenderGate(limit: 1)
        await gate.acquire()
        let settings = ServerSettings(requestTimeout: .milliseconds(300), maxConcurrentRenders: 1)
        let app = Application(router: try RedressServer.router(settings: settings, generator: TestServer.generator, gate: gate))
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/documents/cease-contact?as_of=2025-10-01", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(TestServer.object(response)["type"] as? String == "https://redress.invalid/problems/render-timeout")
            }
            // Other routes still answer while renders are stuck.
            try await client.execute(
                uri: "/api/v1/validate?as_of=2025-10-01", method: .post, headers: TestServer.json,
                body: ByteBuffer(string: TestServer.fixture("demo"))
            ) { response in
                #expect(response.status == .ok)
            }
        }
        await gate.release()
    }

    @Test func aBodyThatStopsArrivingGets408() async throws {
        let settings = ServerSettings(requestTimeout: .milliseconds(500))
        let app = Application(router: try RedressServer.router(settings: settings, generator: TestServer.generator))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // Promises 1,000 bytes, sends 10, then waits for the answer.
            let reply = try Self.exchange(
                port: port,
                "POST /api/v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\": \"x\"")
            #expect(reply.hasPrefix("HTTP/1.1 408"), "\(reply.prefix(200))")
            #expect(reply.contains("application/problem+json"))
            #expect(reply.contains("request-timeout"))
        }
    }

    @Test func theWorkThatFinishesFirstWins() async throws {
        let quick = try await Deadline.race(until: .now + .seconds(60)) { 42 }
        #expect(quick == 42)
        await #expect(throws: Deadline.Expired.self) {
            try await Deadline.race(until: .now + .milliseconds(50)) { () async throws -> Int in
                try await Task.sleep(for: .seconds(60))
                return 0
            }
        }
    }

    @Test func theTimeoutMustBePositive() {
        #expect(throws: ServerSettings.Problem.requestTimeoutNotPositive) { try ServerSettings(requestTimeout: .zero).validated() }
    }

    /// Sends `request` on a new loopback connection and reads until the server closes it (or 10 s pass).
    static func exchange(port: Int, _ request: String) throws -> String {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var reply = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { break }
            reply += chunk[0..<n]
        }
        return String(decoding: reply, as: UTF8.self)
    }
}
