/// An account number or Social Security number of which only the last four characters are kept.
///
/// The full value is read once, at parse time, and dropped: nothing in the model, its `description`,
/// a `dump` or its `Encodable` output can reveal more than the last four. Letters only ever need
/// "the account ending in 1234", and a case file copied into a bug report stays harmless.
public struct SensitiveNumber: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// What kind of number this is; it decides the masked form.
    public enum Kind: String, Sendable, Hashable {
        /// A creditor's account number (letters and digits).
        case account
        /// A US Social Security number.
        case ssn
    }

    /// The kind of number.
    public let kind: Kind
    /// The last four letters or digits (fewer when the number was shorter).
    public let lastFour: String

    /// Keeps the last four letters or digits of an account number, ignoring spaces, dashes and
    /// mask characters (`*`, `x`, `•`), so a masked value such as `****1234` reads back the same.
    /// Nil when there is no letter or digit at all.
    public init?(account text: String) {
        let kept = SensitiveNumber.lastSignificant(text)
        guard !kept.isEmpty else { return nil }
        kind = .account
        lastFour = kept
    }

    /// Accepts a full number with or without dashes (`###-##-####`), the last four alone (`6789`) or a masked form
    /// (`***-**-6789`, `XXX-XX-6789`); nil for anything else.
    public init?(ssn text: String) {
        if text.isASCIIOnly {
            // ASCII, the usual case, byte by byte (in ASCII a byte is a character): no `Character` array.
            var kept: [UInt8] = []
            for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") {
                guard kept.count < 9 else { return nil }
                kept.append(byte)
            }
            guard kept.count == 9 || kept.count == 4 else { return nil }
            let isMask: (UInt8) -> Bool = { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "#") }
            guard kept.suffix(4).allSatisfy(\.isASCIIDigit),
                kept.dropLast(4).allSatisfy(\.isASCIIDigit) || kept.dropLast(4).allSatisfy(isMask)
            else { return nil }
            kind = .ssn
            lastFour = String(decoding: kept.suffix(4), as: UTF8.self)
            return
        }
        let chars = Array(text.filter { $0 != " " && $0 != "-" })
        guard chars.count == 9 || chars.count == 4 else { return nil }
        let digits = chars.filter(\.isASCIIDigit)
        let isMask: (Character) -> Bool = { "*xX•#".contains($0) }
        let fullyMasked = chars.count == 9 && chars.prefix(5).allSatisfy(isMask) && chars.suffix(4).allSatisfy(\.isASCIIDigit)
        guard digits.count == chars.count || fullyMasked else { return nil }
        kind = .ssn
        lastFour = String(chars.suffix(4))
    }

    /// `***-**-6789` for an SSN, `****1234` for an account.
    public var masked: String {
        switch kind {
        case .ssn: return "***-**-" + lastFour
        case .account: return "****" + lastFour
        }
    }

    /// The masked form; the full number is not kept, so it cannot be printed.
    public var description: String { masked }

    /// Encodes the masked form, which the case parser reads back to an equal value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(masked)
    }

    /// The last four ASCII letters and digits of `text` (fewer when it has fewer).
    private static func lastSignificant(_ text: String) -> String {
        guard text.isASCIIOnly else {
            return String(text.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.suffix(4))
        }
        // ASCII text byte by byte: the same letters and digits without a Unicode table lookup each,
        // found from the end, with no array of every kept byte on the way.
        let bytes = text.utf8.span
        var start = bytes.count
        var found = 0
        while start > 0, found < 4 {
            start -= 1
            if bytes[start].isASCIIDigit || bytes[start].isASCIILetter { found += 1 }
        }
        var kept = ""
        for i in start..<bytes.count where bytes[i].isASCIIDigit || bytes[i].isASCIILetter {
            kept.unicodeScalars.append(Unicode.Scalar(bytes[i]))
        }
        return kept
    }
}
