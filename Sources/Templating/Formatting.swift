/// Number, money and date formats used by filters and by plain `{{value}}` printing.
/// Written by hand so that output never depends on the machine's locale.
///
/// Every letter prints a handful of amounts and dates, so these write their ASCII digits straight
/// into a small stack buffer, right to left, instead of building and walking intermediate strings.
enum Formatting {
    /// `1234567` → `1,234,567`; `-5` → `-5`.
    static func grouped(_ n: Int) -> String {
        DigitWriter.string { writer in
            writer.grouped(n.magnitude)
            if n < 0 { writer.put("-") }
        }
    }

    /// Cents → `$1,234.56`, `-$5.00`.
    static func money(cents: Int) -> String {
        DigitWriter.string { writer in
            let magnitude = cents.magnitude
            writer.digits(magnitude % 100, width: 2)
            writer.put(".")
            writer.grouped(magnitude / 100)
            writer.put("$")
            if cents < 0 { writer.put("-") }
        }
    }

    /// A date in the given style and language.
    static func date(year: Int, month: Int, day: Int, style: Filter.DateStyle, language: TemplateLanguage) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        switch style {
        case .iso:
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        case .short:
            return language == .spanish
                ? "\(pad(day, 2))/\(pad(month, 2))/\(year)"
                : "\(pad(month, 2))/\(pad(day, 2))/\(year)"
        case .long:
            let name = (1...12).contains(month) ? language.months[month - 1] : String(month)
            return language == .spanish
                ? String(day) + " de " + name + " de " + String(year)
                : name + " " + String(day) + ", " + String(year)
        }
    }

    /// `****` and the last four letters or digits, ignoring spaces and dashes; a value of four or
    /// fewer such characters prints as `****` and those characters.
    static func lastFour(_ text: String) -> String {
        // An account number is ASCII: for ASCII, `isLetter` and `isNumber` are exactly the
        // alphanumerics, so the bytes give the same answer without grapheme breaking.
        // Written right to left, like the numbers: the last four kept bytes, then the stars.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return DigitWriter.string { writer in
                var kept = 0
                for byte in text.utf8.reversed() where byte.isASCIIAlphanumeric {
                    writer.put(byte: byte)
                    kept += 1
                    if kept == 4 { break }
                }
                for _ in 0..<4 { writer.put("*") }
            }
        }
        let kept = text.filter { $0.isLetter || $0.isNumber }
        return "****" + String(kept.suffix(4))
    }
}

/// Writes ASCII digits right to left into a stack buffer, for ``Formatting``.
private struct DigitWriter {
    /// Room for the longest text written: 20 digits, 6 commas, cents, `$` and a sign (a masked
    /// account number takes 8).
    static let capacity = 40

    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var start: Int

    /// The text that `body` writes (last character first).
    static func string(_ body: (inout DigitWriter) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var writer = DigitWriter(buffer: buffer, start: buffer.count)
            body(&writer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[writer.start...]), as: UTF8.self)
        }
    }

    /// Puts one ASCII character before what is written so far.
    mutating func put(_ character: Unicode.Scalar) {
        put(byte: UInt8(ascii: character))
    }

    /// Puts one ASCII byte before what is written so far.
    mutating func put(byte: UInt8) {
        start -= 1
        buffer[start] = byte
    }

    /// Puts the digits of `n`, zero-padded to `width`.
    mutating func digits(_ n: UInt, width: Int) {
        var n = n
        var written = 0
        repeat {
            start -= 1
            buffer[start] = UInt8(truncatingIfNeeded: n % 10) + 0x30
            n /= 10
            written += 1
        } while n > 0 || written < width
    }

    /// Puts the digits of `n` with a comma between each group of three.
    mutating func grouped(_ n: UInt) {
        var n = n
        var written = 0
        repeat {
            if written > 0, written % 3 == 0 { put(",") }
            start -= 1
            buffer[start] = UInt8(truncatingIfNeeded: n % 10) + 0x30
            n /= 10
            written += 1
        } while n > 0
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII letter or digit.
    fileprivate var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}
