import Foundation

/// How `redress serve` runs: where it listens, who may use it, and the limits that keep one
/// request from starving the others.
public struct ServerSettings: Sendable {
    /// The address to bind; loopback unless the operator chooses otherwise (then a token is required).
    public var host: String
    /// The TCP port; 0 asks the system for a free one.
    public var port: Int
    /// The shared secret every request must carry when set (cookie for the interview, Bearer for the API).
    public var token: String?
    /// The largest request body read, in bytes; larger ones get 413.
    public var maxBodyBytes: Int
    /// Seconds a connection may sit idle (or trickle a request) before it is closed.
    public var idleTimeoutSeconds: Int
    /// Time from a request's start to its answer: a body still arriving then gets 408, a render
    /// still running or waiting gets 503.
    public var requestTimeout: Duration
    /// Renders allowed to run at once; the rest wait their turn.
    public var maxConcurrentRenders: Int
    /// Seconds an interview left alone is kept in memory.
    public var sessionLifetimeSeconds: Int
    /// Interviews kept in memory at once; the oldest is dropped beyond this.
    public var maxSessions: Int

    /// Creates settings; the defaults are those of `redress serve` with no options.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 1 << 20,
        idleTimeoutSeconds: Int = 30, requestTimeout: Duration = .seconds(30),
        maxConcurrentRenders: Int = max(2, ProcessInfo.processInfo.activeProcessorCount),
        sessionLifetimeSeconds: Int = 30 * 60, maxSessions: Int = 1000
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.requestTimeout = requestTimeout
        self.maxConcurrentRenders = maxConcurrentRenders
        self.sessionLifetimeSeconds = sessionLifetimeSeconds
        self.maxSessions = maxSessions
    }

    /// Why settings cannot be used.
    public enum Problem: Error, CustomStringConvertible, Equatable {
        /// A non-loopback address without a token would expose case data to the network.
        case tokenRequired(host: String)
        /// A token too short to resist guessing.
        case tokenTooShort
        /// A request timeout of zero or less would refuse every request.
        case requestTimeoutNotPositive

        public var description: String {
            switch self {
            case .tokenRequired(let host):
                return "binding \(host) (not loopback) requires --token or --token-file"
            case .tokenTooShort:
                return "the token must be at least 16 characters"
            case .requestTimeoutNotPositive:
                return "the request timeout must be more than 0 seconds"
            }
        }
    }

    /// Whether `host` only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Checks the rules that keep case data off the network: a non-loopback bind needs a token.
    public func validated() throws(Problem) -> ServerSettings {
        if let token, token.count < 16 { throw .tokenTooShort }
        if token == nil, !Self.isLoopback(host) { throw .tokenRequired(host: host) }
        if requestTimeout <= .zero { throw .requestTimeoutNotPositive }
        return self
    }
}
