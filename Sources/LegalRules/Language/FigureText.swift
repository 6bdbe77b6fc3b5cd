import CaseModel

/// Money and dates as the analysis prints them: the same text as `Money.description` ("$1,234.56",
/// "-$12.50") and `CalendarDate.description` ("2026-05-14"), written as ASCII bytes.
///
/// Why a second formatter: every analysis prints about two dozen amounts, and `Money.description`
/// groups digits `Character` by `Character`. The text must stay identical; the analysis goldens
/// check it. Once CaseModel's own descriptions are as cheap, this type can go.
enum FigureText {
    /// `$1,234.56`: minus sign before the dollar sign, commas between groups of three digits.
    static func money(_ amount: Money) -> String {
        ascii(count: byteCount(of: amount)) { write(amount, into: $0) }
    }

    /// How many bytes the text of `amount` takes.
    static func byteCount(of amount: Money) -> Int {
        let digits = dollarDigits(amount.cents.magnitude / 100)
        return (amount.cents < 0 ? 1 : 0) + 1 + digits + (digits - 1) / 3 + 3
    }

    /// Writes the text of `amount` into `bytes`, which has exactly `byteCount(of: amount)` slots.
    static func write(_ amount: Money, into bytes: ByteSlots) {
        let magnitude = amount.cents.magnitude
        let cents = Int(magnitude % 100)
        // Filled from the right: cents, point, then digits with a comma before every third.
        var i = bytes.count - 1
        bytes[i] = 0x30 + UInt8(cents % 10); i -= 1
        bytes[i] = 0x30 + UInt8(cents / 10); i -= 1
        bytes[i] = UInt8(ascii: "."); i -= 1
        var value = magnitude / 100
        var written = 0
        repeat {
            if written == 3 { bytes[i] = UInt8(ascii: ","); i -= 1; written = 0 }
            bytes[i] = 0x30 + UInt8(value % 10); i -= 1
            value /= 10
            written += 1
        } while value > 0
        bytes[i] = UInt8(ascii: "$")
        if i > 0 { bytes[0] = UInt8(ascii: "-") }
    }

    /// The number of decimal digits of a dollar amount (1 for zero).
    private static func dollarDigits(_ dollars: UInt) -> Int {
        var digits = 1
        var rest = dollars / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return digits
    }

    /// `YYYY-MM-DD`, zero-padded.
    static func date(_ date: CalendarDate) -> String {
        // Years outside four digits never come from a case file; the model's own text covers them.
        guard (0...9999).contains(date.year) else { return date.description }
        return ascii(count: 10) { (bytes: ByteSlots) in
            var year = date.year
            for i in stride(from: 3, through: 0, by: -1) { bytes[i] = 0x30 + UInt8(year % 10); year /= 10 }
            bytes[4] = UInt8(ascii: "-")
            bytes[5] = 0x30 + UInt8(date.month / 10)
            bytes[6] = 0x30 + UInt8(date.month % 10)
            bytes[7] = UInt8(ascii: "-")
            bytes[8] = 0x30 + UInt8(date.day / 10)
            bytes[9] = 0x30 + UInt8(date.day % 10)
        }
    }

    /// A string of exactly `count` ASCII bytes written by `fill` into a checked buffer on the stack.
    private static func ascii(count: Int, _ fill: (ByteSlots) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            fill(ByteSlots(buffer, start: 0, count: count))
            // Digits and punctuation only: ASCII by construction, so nothing needs validating.
            return unsafe String(copying: UTF8Span(unchecked: UnsafeBufferPointer(buffer).span, isKnownASCII: true))
        }
    }

    /// `count` bytes of uninitialised storage from `start`, written by index, every write bounds-checked.
    struct ByteSlots {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private let start: Int
        /// How many slots there are.
        let count: Int

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>, start: Int, count: Int) {
            precondition(start >= 0 && count >= 0 && start + count <= buffer.count)
            self.buffer = buffer
            self.start = start
            self.count = count
        }

        subscript(index: Int) -> UInt8 {
            get { preconditionFailure("write-only") }
            nonmutating set {
                precondition(index >= 0 && index < count)
                buffer[start + index] = newValue
            }
        }
    }
}

extension DefaultStringInterpolation {
    /// `\(amount)` in the analysis's sentences: the text of `Money.description`, by `FigureText`.
    mutating func appendInterpolation(_ amount: Money) {
        appendLiteral(FigureText.money(amount))
    }

    /// `\(date)` in the analysis's sentences: the text of `CalendarDate.description`, by `FigureText`.
    mutating func appendInterpolation(_ date: CalendarDate) {
        appendLiteral(FigureText.date(date))
    }
}
