import ArgumentParser
import Foundation
import Generator
import Logging
import Server

/// `redress serve`: the guided interview and the HTTP API (see docs/serve.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the guided interview and the HTTP API on one address.",
        discussion: """
            Binds 127.0.0.1:8080 by default. Binding any other address requires --token or --token-file; \
            the interview then asks for the token once and the API needs 'Authorization: Bearer <token>'. \
            No case data is written to disk or to the log. Stops cleanly on SIGINT or SIGTERM. See docs/serve.md.
            """)

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0 picks a free one).") var port = 8080
    @Option(
        help: ArgumentHelp(
            "The access token (at least 16 characters); prefer --token-file, which keeps it out of the process list.",
            valueName: "token"))
    var token: String?
    @Option(name: .customLong("token-file"), help: ArgumentHelp("A file holding the access token.", valueName: "file"))
    var tokenFile: String?
    @Option(name: .customLong("max-body"), help: ArgumentHelp("The largest request body, in bytes.", valueName: "bytes"))
    var maxBody = 1 << 20
    @Option(
        name: .customLong("request-timeout"),
        help: ArgumentHelp(
            "Seconds a request may take, body and answer: a slower body gets 408, a slower render 503.", valueName: "seconds"))
    var requestTimeout = 30
    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if token != nil && tokenFile != nil { throw ValidationError("give --token or --token-file, not both") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard maxBody >= 1024 else { throw ValidationError("--max-body must be at least 1024") }
        guard requestTimeout >= 1 else { throw ValidationError("--request-timeout must be at least 1 second") }
    }

    func run() throws {
        var secret = token
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                Console.error("error: cannot read the token file \(tokenFile)")
                throw ExitStatus.noInput
            }
            secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let settings: ServerSettings
        do {
            settings = try ServerSettings(
                host: host, port: port, token: secret, maxBodyBytes: maxBody, requestTimeout: .seconds(requestTimeout)
            ).validated()
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.usage
        }
        let generator = DocumentGenerator(library: try library.load())
        var logger = Logger(label: "redress.serve")
        logger.logLevel = .info
        let host = self.host
        let failure = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        // The command is synchronous; the server runs on the concurrency pool until a signal stops it.
        Task {
            do {
                try await RedressServer.run(settings: settings, generator: generator, logger: logger) { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    Console.out("Redress is ready at http://\(shown):\(port)/  (Ctrl-C to stop)")
                    // Scripts wait for this line through a pipe, where stdout is block-buffered.
                    fflush(nil)
                }
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            Console.error("error: \(message)")
            throw ExitStatus.cannotCreate
        }
    }
}

/// The server's failure, handed from its task back to the command.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    func set(_ message: String) { lock.withLock { text = message } }
    var message: String? { lock.withLock { text } }
}
