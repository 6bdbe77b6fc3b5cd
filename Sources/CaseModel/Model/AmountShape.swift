/// An amount as written, `-$1,234.56`, read in one pass over its UTF-8 bytes: `Money(parsing:)`
/// and `Money.isWellFormed(_:)` share it.
///
/// The grammar: spaces and tabs, an optional `-`, an optional `$`, digits with at most one `.`
/// and one or two digits after it (commas anywhere after the sign and `$` are ignored), then spaces
/// and tabs. Bytes rather than `Character`s because amounts are parsed for every record of a batch;
/// any byte outside ASCII fails.
struct AmountShape {
    /// Whether a `-` came first.
    var negative = false
    /// The whole dollars; nil when they do not fit in `Int`.
    var whole: Int? = 0
    /// The cents after the point (`.5` is 50).
    var fraction = 0

    /// Reads `text`; nil when it is not an amount.
    init?(_ text: String) {
        self.init(utf8: text.utf8.span)
    }

    /// Reads UTF-8 text; nil when it is not an amount.
    init?(utf8 bytes: Span<UInt8>) {
        enum Phase { case leading, signed, dollar, body, trailing }
        var phase = Phase.leading
        var wholeDigits = 0
        var fractionDigits: Int?  // nil until the point
        for i in bytes.indices {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if phase != .leading { phase = .trailing }
            case _ where phase == .trailing:
                return nil
            case UInt8(ascii: "-") where phase == .leading:
                negative = true
                phase = .signed
            case UInt8(ascii: "$") where phase == .leading || phase == .signed:
                phase = .dollar
            case UInt8(ascii: ","):
                phase = .body
            case UInt8(ascii: "."):
                guard fractionDigits == nil else { return nil }
                fractionDigits = 0
                phase = .body
            case _ where byte.isASCIIDigit:
                phase = .body
                let digit = Int(byte &- UInt8(ascii: "0"))
                if let count = fractionDigits {
                    guard count < 2 else { return nil }
                    fractionDigits = count + 1
                    fraction = fraction * 10 + digit
                } else {
                    wholeDigits += 1
                    whole = whole.flatMap { value in
                        let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                        let (sum, sumOverflow) = product.addingReportingOverflow(digit)
                        return overflow || sumOverflow ? nil : sum
                    }
                }
            default:
                return nil
            }
        }
        guard wholeDigits > 0 else { return nil }
        switch fractionDigits {
        case nil: break
        case 1?: fraction *= 10
        case 2?: break
        default: return nil
        }
    }
}
