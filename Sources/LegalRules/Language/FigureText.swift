import CaseModel

/// Money and dates as the analysis prints them: the same text as `Money.description` ("$1,234.56",
/// "-$12.50") and `CalendarDate.description` ("2026-05-14"), written as ASCII bytes.
///
/// Why a second formatter: every analysis prints about two dozen amounts, and `Money.description`
/// groups digits `Character` by `Character`, recounting its string for each one (≈3,700 instructions a
/// call, over a third of an analysis). The text must stay identical; the analysis goldens check it.
/// Once CaseModel's own descriptions are as cheap, this type can go.
enum FigureText {
    /// `$1,234.56`: minus sign before the dollar sign, commas between groups of three digits.
    static func money(_ amount: Money) -> String {
        let magnitude = amount.cents.magnitude
        let dollars = magnitude / 100
        let cents = Int(magnitude % 100)
        var digits = 1
        var rest = dollars / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let count = (amount.cents < 0 ? 1 : 0) + 1 + digits + (digits - 1) / 3 + 3
        return ascii(count: count) { bytes in
            // Filled from the right: cents, point, then digits with a comma before every third.
            var i = count - 1
            bytes[i] = 0x30 + UInt8(cents % 10); i -= 1
            bytes[i] = 0x30 + UInt8(cents / 10); i -= 1
            bytes[i] = UInt8(ascii: "."); i -= 1
            var value = dollars
            for written in 0..<digits {
                if written > 0, written % 3 == 0 { bytes[i] = UInt8(ascii: ","); i -= 1 }
                bytes[i] = 0x30 + UInt8(value % 10); i -= 1
                value /= 10
            }
            bytes[i] = UInt8(ascii: "$")
            if i > 0 { bytes[0] = UInt8(ascii: "-") }
        }
    }

    /// `YYYY-MM-DD`, zero-padded.
    static func date(_ date: CalendarDate) -> String {
        // Years outside four digits never come from a case file; the model's own text covers them.
        guard (0...9999).contains(date.year) else { return date.description }
        return ascii(count: 10) { bytes in
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

    /// A string of exactly `count` ASCII bytes written by `fill` into a checked buffer.
    private static func ascii(count: Int, _ fill: (inout ByteSlots) -> Void) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            var slots = ByteSlots(buffer: buffer, count: count)
            fill(&slots)
            return count
        }
    }

    /// The first `count` bytes of a string's uninitialised storage, every write bounds-checked.
    private struct ByteSlots {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        let count: Int

        init(buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) {
            precondition(count <= buffer.count)
            self.buffer = buffer
            self.count = count
        }

        subscript(index: Int) -> UInt8 {
            get { preconditionFailure("write-only") }
            nonmutating set {
                precondition(index >= 0 && index < count)
                buffer[index] = newValue
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
