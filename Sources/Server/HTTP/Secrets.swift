/// The process's random secrets. Nothing here is written anywhere: a restart forgets every
/// session and login, by design.
struct Secrets: Sendable {
    /// The configured token, if any.
    let token: String?
    /// The login cookie's value: a random value of this process, proving the browser gave the token
    /// without holding it.
    let authCookieValue: String

    init(token: String?) {
        self.token = token
        authCookieValue = Self.random()
    }

    /// A fresh random value for a session id, a CSRF token or a cookie: 32 bytes from the system's
    /// cryptographic generator (getrandom on Linux), as URL-safe base64.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        // 32 bytes as 43 characters of 6 bits each.
        var bits = 0, count = 0, out = ""
        for byte in bytes {
            bits = bits << 8 | Int(byte)
            count += 8
            while count >= 6 {
                count -= 6
                out.append(alphabet[(bits >> count) & 63])
            }
        }
        if count > 0 { out.append(alphabet[(bits << (6 - count)) & 63]) }
        return out
    }

    /// Whether `candidate` is the token.
    func isToken(_ candidate: String) -> Bool {
        guard let token else { return false }
        return Self.equal(candidate, token)
    }

    /// Whether `candidate` is the login cookie's value.
    func isAuthCookie(_ candidate: String) -> Bool { Self.equal(candidate, authCookieValue) }

    /// Equality whose time does not depend on where two values of the same length differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    /// Instance spelling of `equal(_:_:)`.
    func equal(_ a: String, _ b: String) -> Bool { Self.equal(a, b) }
}
