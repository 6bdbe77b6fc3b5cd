/// Number, money and date formats used by filters and by plain `{{value}}` printing.
/// Written by hand so that output never depends on the machine's locale.
enum Formatting {
    /// `1234567` → `1,234,567`; `-5` → `-5`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// Cents → `$1,234.56`, `-$5.00`.
    static func money(cents: Int) -> String {
        let magnitude = cents.magnitude
        let dollars = grouped(Int(magnitude / 100))
        let rest = magnitude % 100
        return (cents < 0 ? "-$" : "$") + dollars + (rest < 10 ? ".0" : ".") + String(rest)
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
            return language == .spanish ? "\(day) de \(name) de \(year)" : "\(name) \(day), \(year)"
        }
    }

    /// `****` and the last four letters or digits, ignoring spaces and dashes; a value of four or
    /// fewer such characters prints as `****` and those characters.
    static func lastFour(_ text: String) -> String {
        let kept = text.filter { $0.isLetter || $0.isNumber }
        return "****" + String(kept.suffix(4))
    }
}
