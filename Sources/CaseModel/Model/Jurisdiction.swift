/// The 50 states and the District of Columbia, by USPS code (the case names are the codes).
public enum Jurisdiction: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Alabama.
    case AL
    /// Alaska.
    case AK
    /// Arizona.
    case AZ
    /// Arkansas.
    case AR
    /// California.
    case CA
    /// Colorado.
    case CO
    /// Connecticut.
    case CT
    /// Delaware.
    case DE
    /// District of Columbia.
    case DC
    /// Florida.
    case FL
    /// Georgia.
    case GA
    /// Hawaii.
    case HI
    /// Idaho.
    case ID
    /// Illinois.
    case IL
    /// Indiana.
    case IN
    /// Iowa.
    case IA
    /// Kansas.
    case KS
    /// Kentucky.
    case KY
    /// Louisiana.
    case LA
    /// Maine.
    case ME
    /// Maryland.
    case MD
    /// Massachusetts.
    case MA
    /// Michigan.
    case MI
    /// Minnesota.
    case MN
    /// Mississippi.
    case MS
    /// Missouri.
    case MO
    /// Montana.
    case MT
    /// Nebraska.
    case NE
    /// Nevada.
    case NV
    /// New Hampshire.
    case NH
    /// New Jersey.
    case NJ
    /// New Mexico.
    case NM
    /// New York.
    case NY
    /// North Carolina.
    case NC
    /// North Dakota.
    case ND
    /// Ohio.
    case OH
    /// Oklahoma.
    case OK
    /// Oregon.
    case OR
    /// Pennsylvania.
    case PA
    /// Rhode Island.
    case RI
    /// South Carolina.
    case SC
    /// South Dakota.
    case SD
    /// Tennessee.
    case TN
    /// Texas.
    case TX
    /// Utah.
    case UT
    /// Vermont.
    case VT
    /// Virginia.
    case VA
    /// Washington.
    case WA
    /// West Virginia.
    case WV
    /// Wisconsin.
    case WI
    /// Wyoming.
    case WY

    /// The full name, such as "New York".
    public var name: String {
        switch self {
        case .AL: return "Alabama"
        case .AK: return "Alaska"
        case .AZ: return "Arizona"
        case .AR: return "Arkansas"
        case .CA: return "California"
        case .CO: return "Colorado"
        case .CT: return "Connecticut"
        case .DE: return "Delaware"
        case .DC: return "District of Columbia"
        case .FL: return "Florida"
        case .GA: return "Georgia"
        case .HI: return "Hawaii"
        case .ID: return "Idaho"
        case .IL: return "Illinois"
        case .IN: return "Indiana"
        case .IA: return "Iowa"
        case .KS: return "Kansas"
        case .KY: return "Kentucky"
        case .LA: return "Louisiana"
        case .ME: return "Maine"
        case .MD: return "Maryland"
        case .MA: return "Massachusetts"
        case .MI: return "Michigan"
        case .MN: return "Minnesota"
        case .MS: return "Mississippi"
        case .MO: return "Missouri"
        case .MT: return "Montana"
        case .NE: return "Nebraska"
        case .NV: return "Nevada"
        case .NH: return "New Hampshire"
        case .NJ: return "New Jersey"
        case .NM: return "New Mexico"
        case .NY: return "New York"
        case .NC: return "North Carolina"
        case .ND: return "North Dakota"
        case .OH: return "Ohio"
        case .OK: return "Oklahoma"
        case .OR: return "Oregon"
        case .PA: return "Pennsylvania"
        case .RI: return "Rhode Island"
        case .SC: return "South Carolina"
        case .SD: return "South Dakota"
        case .TN: return "Tennessee"
        case .TX: return "Texas"
        case .UT: return "Utah"
        case .VT: return "Vermont"
        case .VA: return "Virginia"
        case .WA: return "Washington"
        case .WV: return "West Virginia"
        case .WI: return "Wisconsin"
        case .WY: return "Wyoming"
        }
    }

    /// The USPS code, such as "NY".
    public var code: String { rawValue }

    /// Parses a USPS code in either case.
    public init?(code: String) {
        // Two ASCII letters, the usual case, by table: `init(rawValue:)` compares the text with
        // each of the 51 codes in turn. Anything else goes through `uppercased()` as before
        // (which also maps a ligature such as "ﬂ" to "FL").
        let utf8 = code.utf8
        if utf8.count == 2, let first = utf8.first, let last = utf8.last, first.isASCIILetter, last.isASCIILetter {
            guard let found = Jurisdiction.byLetters[Int((first | 0x20) &- UInt8(ascii: "a")) * 26 + Int((last | 0x20) &- UInt8(ascii: "a"))]
            else { return nil }
            self = found
            return
        }
        self.init(rawValue: code.uppercased())
    }

    /// The jurisdiction of each pair of letters, `AA` … `ZZ`, at 26 × first + second.
    private static let byLetters: [Jurisdiction?] = {
        var table = [Jurisdiction?](repeating: nil, count: 26 * 26)
        for j in allCases {
            let letters = Array(j.rawValue.utf8).map { Int($0 - UInt8(ascii: "A")) }
            table[letters[0] * 26 + letters[1]] = j
        }
        return table
    }()

    public static func < (a: Jurisdiction, b: Jurisdiction) -> Bool { a.rawValue < b.rawValue }
}
