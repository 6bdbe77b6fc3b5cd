import CaseModel

/// A sentence written as an interpolated literal and assembled in one allocation:
/// `return .sentence("In \(j.name), a deficiency may be sought: \(explanation)")`.
///
/// Why not `String`'s own interpolation: it appends piece by piece, regrowing its buffer whenever a
/// long catalogue text is interpolated, and sentences are most of an analysis's work. Here the pieces are kept
/// (literal text as `StaticString`, amounts as numbers), then written once into a string of the
/// exact size. The text is the same as `String` would give.
struct Sentence: ExpressibleByStringInterpolation {
    /// The assembled sentence.
    let text: String

    init(stringLiteral value: StaticString) { text = "\(value)" }

    init(stringInterpolation pieces: Pieces) { text = pieces.joined() }

    /// The literal and interpolated pieces of a sentence, in order.
    struct Pieces: StringInterpolationProtocol {
        /// The literal text of the sentence: constant bytes, never copied or reference-counted.
        typealias StringLiteralType = StaticString

        /// Literal text, interpolated text, or an amount written straight into the sentence.
        private enum Piece {
            case literal(StaticString)
            case text(String)
            /// An amount and the length of its text, measured once.
            case money(Money, byteCount: Int)
        }

        private var pieces: [Piece] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            pieces.reserveCapacity(2 * interpolationCount + 1)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            if literal.utf8CodeUnitCount > 0 { pieces.append(.literal(literal)) }
        }

        mutating func appendInterpolation(_ text: String) { pieces.append(.text(text)) }

        /// Money as `Money.description` prints it.
        mutating func appendInterpolation(_ amount: Money) {
            pieces.append(.money(amount, byteCount: FigureText.byteCount(of: amount)))
        }

        /// A date as `CalendarDate.description` prints it.
        mutating func appendInterpolation(_ date: CalendarDate) { pieces.append(.text(FigureText.date(date))) }

        mutating func appendInterpolation(_ number: Int) { pieces.append(.text(String(number))) }

        /// Anything else, as `String`'s interpolation prints it.
        mutating func appendInterpolation<T>(_ value: T) { pieces.append(.text(String(describing: value))) }

        /// The pieces written into one string of the exact size.
        func joined() -> String {
            var total = 0
            for i in pieces.indices {
                switch pieces[i] {
                case .literal(let literal): total += literal.utf8CodeUnitCount
                case .text(let text): total += text.utf8.count
                case .money(_, let count): total += count
                }
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer in
                var at = 0
                // By index: iterating `pieces` copied each piece, retaining and releasing its text.
                for i in pieces.indices {
                    switch pieces[i] {
                    case .literal(let literal):
                        literal.withUTF8Buffer { at = Self.copy($0, into: buffer, at: at) }
                    case .text(let text):
                        // Native and small strings always have contiguous UTF-8; the loop is a fallback.
                        if let end = text.utf8.withContiguousStorageIfAvailable({ Self.copy($0, into: buffer, at: at) }) {
                            at = end
                        } else {
                            for byte in text.utf8 { at = Self.copy(CollectionOfOne(byte), into: buffer, at: at) }
                        }
                    case .money(let amount, let count):
                        FigureText.write(amount, into: FigureText.ByteSlots(buffer, start: at, count: count))
                        at += count
                    }
                }
                precondition(at == buffer.count)
                // Every piece is valid UTF-8 (string literals, strings, ASCII digits), so their
                // concatenation is too: no need to validate it again byte by byte.
                return unsafe String(copying: UTF8Span(unchecked: UnsafeBufferPointer(buffer).span))
            }
        }

        /// Copies `bytes` into `buffer` from `at`, checking the bounds; returns the end.
        private static func copy(_ bytes: some Collection<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
            let end = at + bytes.count
            precondition(at >= 0 && end <= buffer.count)
            _ = unsafe UnsafeMutableBufferPointer(rebasing: buffer[at..<end]).initialize(fromContentsOf: bytes)
            return end
        }
    }
}

extension String {
    /// A sentence assembled by `Sentence`: the same text as the interpolated literal, built faster.
    static func sentence(_ sentence: Sentence) -> String { sentence.text }
}
