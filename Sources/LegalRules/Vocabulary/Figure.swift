import CaseModel

/// One labelled number, amount or date that backs a finding (a letter can print it in a table).
public struct Figure: Sendable, Hashable, Codable {
    /// What the figure is, such as "Sale price".
    public let label: String
    /// The value.
    public let value: Value

    /// A figure's value: text, money, a date or a count.
    public enum Value: Sendable, Hashable {
        /// Free text.
        case text(String)
        /// An exact amount.
        case money(Money)
        /// A calendar date.
        case date(CalendarDate)
        /// A whole number (days, weeks, dependants).
        case number(Int)
    }

    /// Creates a figure.
    public init(_ label: String, _ value: Value) {
        self.label = label
        self.value = value
    }

    /// A money figure.
    public static func money(_ label: String, _ amount: Money) -> Figure { Figure(label, .money(amount)) }
    /// A date figure.
    public static func date(_ label: String, _ date: CalendarDate) -> Figure { Figure(label, .date(date)) }
    /// A count figure.
    public static func number(_ label: String, _ n: Int) -> Figure { Figure(label, .number(n)) }
    /// A text figure.
    public static func text(_ label: String, _ text: String) -> Figure { Figure(label, .text(text)) }

    /// The value as a person reads it (`$1,234.56`, `2026-05-14`).
    public var formattedValue: String {
        switch value {
        case .text(let s): return s
        case .money(let m): return m.description
        case .date(let d): return d.description
        case .number(let n): return String(n)
        }
    }

    private enum CodingKeys: String, CodingKey { case label, text, money, date, number }

    /// Decodes `{"label": …, "money": "12.50"}` (one of text, money, date, number).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(String.self, forKey: .label)
        if let m = try c.decodeIfPresent(Money.self, forKey: .money) {
            value = .money(m)
        } else if let d = try c.decodeIfPresent(CalendarDate.self, forKey: .date) {
            value = .date(d)
        } else if let n = try c.decodeIfPresent(Int.self, forKey: .number) {
            value = .number(n)
        } else {
            value = .text(try c.decode(String.self, forKey: .text))
        }
    }

    /// Encodes as `{"label": …, "money": "12.50"}` so scripts see the kind of value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        switch value {
        case .text(let s): try c.encode(s, forKey: .text)
        case .money(let m): try c.encode(m, forKey: .money)
        case .date(let d): try c.encode(d, forKey: .date)
        case .number(let n): try c.encode(n, forKey: .number)
        }
    }
}
