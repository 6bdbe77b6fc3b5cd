/// Typed reads of single values. Each accepts the forms a YAML file, a JSON file and a CSV cell
/// would naturally use, and reports anything else at the field's path.
extension CaseDecoder {
    /// Text; numbers and bools are taken as written. Leading and trailing spaces are dropped.
    mutating func text(_ r: ObjectReader, _ key: String) -> String? {
        guard let node = r[key] else { return nil }
        guard let text = tree.trimmedScalarText(node) else {
            mismatch(r.childPath(key), expected: "text", found: node)
            return nil
        }
        return text
    }

    /// An amount of money. A negative amount is kept, with a warning.
    mutating func money(_ r: ObjectReader, _ key: String) -> Money? {
        guard let node = r[key] else { return nil }
        // Read in place first: a well-formed amount needs no `String` (the rest is for messages).
        if let value = tree.withScalarBytes(node, Money.init(parsingUTF8:)), value.cents.magnitude <= Money.limit.cents.magnitude {
            return checkedSign(value, r, key)
        }
        switch tree[node].kind {
        case .string, .number:
            if Money.isWellFormed(tree.scalarText(node)!) {
                // Too many digits for `Int` cents, or simply absurd: either way, not arithmetic to attempt.
                diagnostics.append(
                    .error(
                        r.childPath(key), "\(tree.summary(node)) is too large",
                        hint: "amounts are limited to \(Money.limit) either way"))
                return nil
            }
        default:
            break
        }
        let decimals = tree.scalarText(node)?.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        mismatch(
            r.childPath(key), expected: "an amount such as 1234.56", found: node,
            hint: decimals > 2 ? "amounts have at most two decimal places" : nil)
        return nil
    }

    private mutating func checkedSign(_ value: Money, _ r: ObjectReader, _ key: String) -> Money {
        if value.cents < 0 {
            diagnostics.append(.warning(r.childPath(key), "negative amount \(value)", hint: "amounts are normally positive"))
        }
        return value
    }

    /// A calendar date, `YYYY-MM-DD`.
    mutating func date(_ r: ObjectReader, _ key: String) -> CalendarDate? {
        guard let node = r[key] else { return nil }
        // Read in place first: a well-formed date begins and ends with digits, so it has nothing to
        // trim, and needs no `String`.
        guard
            let value = tree.withScalarBytes(node, CalendarDate.init(isoUTF8:))
                ?? tree.trimmedScalarText(node).flatMap(CalendarDate.init(iso:))
        else {
            let found = tree.scalarText(node).map { "\"\($0)\" is not a date" } ?? "expected a date, found \(tree.summary(node))"
            diagnostics.append(.error(r.childPath(key), found, hint: "expected YYYY-MM-DD"))
            return nil
        }
        guard CalendarDate.supportedYears.contains(value.year) else {
            let years = CalendarDate.supportedYears
            diagnostics.append(
                .error(
                    r.childPath(key), "\(value) is out of range",
                    hint: "years from \(years.lowerBound) to \(years.upperBound); check the year"))
            return nil
        }
        return value
    }

    /// `true`/`false`; in text also `yes`/`no`, `y`/`n`, `1`/`0` (spreadsheets write these).
    mutating func bool(_ r: ObjectReader, _ key: String) -> Bool? {
        guard let node = r[key] else { return nil }
        switch tree[node].kind {
        case .true: return true
        case .false: return false
        default: break
        }
        switch tree.trimmedScalarText(node)?.lowercased() {
        case "true", "yes", "y", "1": return true
        case "false", "no", "n", "0": return false
        default:
            mismatch(r.childPath(key), expected: "true or false", found: node)
            return nil
        }
    }

    /// A whole number of at least 1.
    mutating func count(_ r: ObjectReader, _ key: String) -> Int? {
        guard let node = r[key] else { return nil }
        // Bytes for characters: all are ASCII digits exactly when all bytes are (digits never combine).
        guard let raw = tree.trimmedScalarText(node), raw.utf8.allSatisfy(\.isASCIIDigit),
            let value = Int(raw), value >= 1
        else {
            mismatch(r.childPath(key), expected: "a whole number of at least 1", found: node)
            return nil
        }
        return value
    }

    /// A percentage rate.
    mutating func percentage(_ r: ObjectReader, _ key: String) -> Percentage? {
        guard let node = r[key] else { return nil }
        guard let raw = tree.scalarText(node), let value = Percentage(parsing: raw) else {
            mismatch(r.childPath(key), expected: "a percentage such as 9 or 6.875", found: node)
            return nil
        }
        return value
    }

    /// An area in acres, such as 2.5.
    mutating func acreage(_ r: ObjectReader, _ key: String) -> Acreage? {
        guard let node = r[key] else { return nil }
        guard let raw = tree.trimmedScalarText(node), let value = Acreage(parsing: raw) else {
            mismatch(r.childPath(key), expected: "an area in acres such as 2.5", found: node)
            return nil
        }
        return value
    }

    /// A ZIP code, kept as text so leading zeros survive.
    mutating func zip(_ r: ObjectReader, _ key: String) -> String? {
        guard let node = r[key] else { return nil }
        guard let raw = tree.trimmedScalarText(node), Address.isZIPCode(raw) else {
            let what = tree.scalarText(node).map { "\"\($0)\" is not a ZIP code" } ?? "expected a ZIP code, found \(tree.summary(node))"
            diagnostics.append(.error(r.childPath(key), what, hint: "expected 5 digits or ZIP+4"))
            return nil
        }
        return raw
    }

    /// A state by USPS code (either case) or full name.
    mutating func state(_ r: ObjectReader, _ key: String) -> Jurisdiction? {
        guard let node = r[key] else { return nil }
        let raw = tree.trimmedScalarText(node) ?? ""
        if let code = Jurisdiction(code: raw) { return code }
        if let named = Jurisdiction.allCases.first(where: { $0.name.lowercased() == raw.lowercased() }) { return named }
        let names = Jurisdiction.allCases.map(\.name)
        let guess = Suggestion.closest(to: raw, in: names).flatMap { name in Jurisdiction.allCases.first { $0.name == name } }
        diagnostics.append(
            .error(
                r.childPath(key), "\(tree.summary(node)) is not a US state code",
                hint: guess.map { "did you mean \($0.code) (\($0.name))?" }
                    ?? "use the two-letter USPS code, such as CA or NY"))
        return nil
    }

    /// An email address (one `@`, a dot in the domain, no spaces).
    mutating func email(_ r: ObjectReader, _ key: String) -> String? {
        guard let raw = text(r, key) else { return nil }
        guard CaseDecoder.isEmailAddress(raw) else {
            diagnostics.append(
                .error(
                    r.childPath(key), "\"\(raw)\" is not an email address",
                    hint: "expected name@example.com"))
            return nil
        }
        return raw
    }

    /// One `@` with text before it, a dot after it but not at the end, and no whitespace.
    static func isEmailAddress(_ raw: String) -> Bool {
        guard raw.isASCIIOnly else {
            let parts = raw.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasSuffix(".")
                && !raw.containsWhitespace
        }
        // ASCII, byte by byte: no `Substring`s, and no bridged Foundation `contains` (perf). Through
        // `utf8.span`: the generic walk of `utf8.enumerated()` cost a hundred instructions a byte (callgrind).
        var at: Int?
        var dotAfterAt = false
        var last: UInt8 = 0
        let bytes = raw.utf8.span
        for i in bytes.indices {
            let byte = bytes[i]
            guard byte.isASCIIText else { return false }
            if byte == UInt8(ascii: "@") {
                guard at == nil, i > 0 else { return false }
                at = i
            } else if byte == UInt8(ascii: "."), at != nil {
                dotAfterAt = true
            }
            last = byte
        }
        return at != nil && dotAfterAt && last != UInt8(ascii: ".")
    }

    /// A Social Security number, reduced to its last four digits. The value is never echoed.
    mutating func ssn(_ r: ObjectReader, _ key: String) -> SensitiveNumber? {
        guard let node = r[key] else { return nil }
        guard let raw = tree.scalarText(node), let value = SensitiveNumber(ssn: raw) else {
            diagnostics.append(
                .error(
                    r.childPath(key), "not a Social Security number",
                    hint: "write the full number (###-##-####) or only the last four digits"))
            return nil
        }
        return value
    }

    /// An account number, reduced to its last four letters or digits.
    mutating func accountNumber(_ r: ObjectReader, _ key: String) -> SensitiveNumber? {
        guard let node = r[key] else { return nil }
        guard let raw = tree.scalarText(node), let value = SensitiveNumber(account: raw) else {
            diagnostics.append(.error(r.childPath(key), "an account number needs at least one letter or digit"))
            return nil
        }
        return value
    }

    /// The last four digits of an account; a longer number is cut to its last four, with a warning.
    mutating func last4(_ r: ObjectReader, _ key: String) -> String? {
        guard let node = r[key] else { return nil }
        let digits = tree.scalarText(node).map(CaseDecoder.withoutMask) ?? ""
        // By bytes: ASCII digits are one byte and one character each, and anything else fails.
        guard digits.utf8.count >= 4, digits.utf8.allSatisfy(\.isASCIIDigit) else {
            diagnostics.append(
                .error(
                    r.childPath(key), "expected the last four digits of the account",
                    hint: "exactly four digits, such as \"0421\""))
            return nil
        }
        guard digits.utf8.count > 4 else { return digits }
        diagnostics.append(
            .warning(
                r.childPath(key), "more than four digits given; only the last four are kept",
                hint: "keep full account numbers out of case files"))
        return String(digits.suffix(4))
    }

    /// `text` without spaces, dashes and mask characters (`*`, `x`, `X`, `•`).
    private static func withoutMask(_ text: String) -> String {
        guard text.isASCIIOnly else { return text.filter { !" -*xX•".contains($0) } }
        // ASCII, byte by byte: the digits are usually all there is, and then the text is the answer
        // as it is, without an array of its bytes to find that out (callgrind).
        let isMask = { (byte: UInt8) in " -*xX".utf8.contains(byte) }
        let bytes = text.utf8.span
        var hasMask = false
        for i in bytes.indices where isMask(bytes[i]) { hasMask = true }
        guard hasMask else { return text }
        return String(decoding: text.utf8.filter { !isMask($0) }, as: UTF8.self)
    }

    /// A party role or a free-text name.
    mutating func partyReference(_ r: ObjectReader, _ key: String) -> PartyReference? {
        text(r, key).map(PartyReference.init)
    }

    /// One of an enumeration's raw values. Case, spaces and hyphens are forgiven (`Social Security`
    /// reads as `social_security`); anything else is reported with the allowed values.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ r: ObjectReader, _ key: String) -> T?
    where T.RawValue == String {
        guard let node = r[key] else { return nil }
        return choiceItem(node, r.childPath(key))
    }

    /// One of an enumeration's raw values at `node`, reported at `path` (a list item's or a field's).
    mutating func choiceItem<T: RawRepresentable & CaseIterable>(_ node: Int, _ path: @autoclosure () -> String) -> T?
    where T.RawValue == String {
        let raw = tree.trimmedScalarText(node) ?? ""
        if let exact = T(rawValue: raw) { return exact }
        let relaxed = String(raw.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        if let value = T(rawValue: relaxed) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let containing = relaxed.count >= 3 ? allowed.filter { $0.contains(relaxed) } : []
        let hint =
            Suggestion.closest(to: raw, in: allowed).map { "did you mean \($0)?" }
            ?? (containing.isEmpty ? nil : "did you mean one of \(containing.joined(separator: ", "))?")
        diagnostics.append(
            .error(
                path(), "\(tree.summary(node)) is not one of \(allowed.joined(separator: ", "))",
                hint: hint))
        return nil
    }
}

extension String {
    /// The text without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        // Consuming: the usual answer is the text itself, and a borrowing getter had to retain it
        // for the caller, which then released its own copy (counted with perf probes).
        consuming get {
            // Most values have nothing to trim: an ASCII byte that is not whitespace at each end ends
            // the question without walking characters (Character.isWhitespace looks up Unicode tables).
            if let (first, last) = utf8Ends, first.isASCIIText, last.isASCIIText { return self }
            var s = Substring(self)
            while s.first?.isWhitespace == true { s.removeFirst() }
            while s.last?.isWhitespace == true { s.removeLast() }
            return String(s)
        }
    }
}

extension String {
    /// Whether any character is whitespace; ASCII text is checked byte by byte (in ASCII only
    /// "\r\n" joins two bytes into one character, and it is whitespace either way).
    var containsWhitespace: Bool {
        guard isASCIIOnly else { return contains(where: \.isWhitespace) }
        return utf8.contains { !$0.isASCIIText }
    }
}
