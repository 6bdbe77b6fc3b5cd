/// The type of a case-file field, as the decoder checks it and the JSON Schema describes it.
public indirect enum FieldType: Sendable, Hashable {
    /// Free text. Numbers are accepted as their text (account and phone numbers, ZIP codes).
    case text
    /// An amount of money: a number with up to two decimals, or a string such as `"$1,234.56"`.
    case money
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// `true` or `false` (also the strings `yes`/`no` in CSV).
    case boolean
    /// A time of day: `09:00`, `17:30`, `9 am` or `5:30 p.m.`.
    case time
    /// A whole number of at least 1.
    case count
    /// A percentage rate such as `9`, `6.875` or `"6.875%"`.
    case percentage
    /// An area of land in acres, such as `2.5` (up to three decimals).
    case acres
    /// A ZIP code: `12345` or `12345-6789`.
    case zip
    /// A USPS state code (50 states and DC).
    case state
    /// An email address.
    case email
    /// A Social Security number; only the last four digits are kept.
    case ssn
    /// An account number; only the last four characters are kept.
    case accountNumber
    /// Exactly four digits: the end of an account number.
    case last4
    /// One of a fixed set of values.
    case choice([String])
    /// A party role (`collector`, …) or any other name.
    case partyReference
    /// A nested object, by its definition name (see `CaseSchema.objects`).
    case object(String)
    /// A list of items.
    case list(FieldType)

    /// The allowed values, for `.choice` and `.state`.
    public var allowedValues: [String]? {
        switch self {
        case .choice(let values): return values
        case .state: return Jurisdiction.allCases.map(\.rawValue)
        default: return nil
        }
    }
}
