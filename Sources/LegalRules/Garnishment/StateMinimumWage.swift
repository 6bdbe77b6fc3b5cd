import CaseModel
import Foundation

/// A state's own hourly minimum wage for one region and period, where a wage-garnishment floor is
/// built on it (New York's CPLR 5231(b) uses the greater of the federal and the state wage).
///
/// Only figures found in the statute or in official and news reports are listed; a date outside
/// every listed period has no state figure, and the calculation then falls back to the federal wage
/// and says the limit is an upper bound.
public struct StateMinimumWage: Sendable, Hashable {
    /// The state.
    public let jurisdiction: Jurisdiction
    /// Where the figure applies (the place of work), in words.
    public let region: String
    /// `region` in Spanish.
    public let regionSpanish: String
    /// The counties (and New York City boroughs) of the region, lowercased, without "county".
    public let counties: Set<String>
    /// The first day the figure applies.
    public let from: CalendarDate
    /// The last day it applies (inclusive).
    public let through: CalendarDate
    /// The hourly wage.
    public let hourly: Money
    /// Where it comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence

    /// The figures in effect on a date, lowest first (one per region; empty when none is listed).
    public static func rates(in jurisdiction: Jurisdiction, on date: CalendarDate) -> [StateMinimumWage] {
        all.filter { $0.jurisdiction == jurisdiction && $0.from <= date && date <= $0.through }
            .sorted { $0.hourly < $1.hourly }
    }

    /// The figure for the region holding `county` (a county or borough name, "County" optional), or
    /// nil when no listed region names it.
    public static func rate(in jurisdiction: Jurisdiction, on date: CalendarDate, county: String) -> StateMinimumWage? {
        var key = county.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        for suffix in [" county", " borough"] where key.hasSuffix(suffix) { key = String(key.dropLast(suffix.count)) }
        key = key.replacingOccurrences(of: ".", with: "").trimmingCharacters(in: .whitespaces)
        return rates(in: jurisdiction, on: date).first { $0.counties.contains(key) }
    }

    /// Every listed figure.
    public static let all: [StateMinimumWage] = newYork

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    // Labor Law § 652(1-a)(a), (b) (New York City; Nassau, Suffolk and Westchester) is quoted in the
    // 2025 bill A9309, which amends it; the remainder-of-state figures (§ 652(1-a)(c)) were read in
    // state and news reports only. From 2027 the wage is indexed: those figures are not listed.
    private static let downstate = [
        Citation("N.Y. Labor Law § 652(1-a)", url: "https://www.nysenate.gov/legislation/laws/LAB/652")
    ]
    private static let upstate = [
        Citation("N.Y. Labor Law § 652(1-a)", url: "https://www.nysenate.gov/legislation/laws/LAB/652"),
        Citation("N.Y. Department of Labor and news reports of the 2024–2026 rates"),
    ]
    private static let downstateRegion = "New York City, Nassau, Suffolk and Westchester counties"
    private static let upstateRegion = "the rest of New York State"
    private static let downstateRegionSpanish = "la ciudad de Nueva York y los condados de Nassau, Suffolk y Westchester"
    private static let upstateRegionSpanish = "el resto del estado de Nueva York"

    // New York City's five counties and their borough names, then Nassau, Suffolk and Westchester.
    private static let downstateCounties: Set<String> = [
        "new york", "new york city", "nyc", "manhattan", "kings", "brooklyn", "queens", "bronx", "the bronx",
        "richmond", "staten island", "nassau", "suffolk", "westchester",
    ]
    // The other 54 of New York's 62 counties.
    private static let upstateCounties: Set<String> = [
        "albany", "allegany", "broome", "cattaraugus", "cayuga", "chautauqua", "chemung", "chenango", "clinton",
        "columbia", "cortland", "delaware", "dutchess", "erie", "essex", "franklin", "fulton", "genesee", "greene",
        "hamilton", "herkimer", "jefferson", "lewis", "livingston", "madison", "monroe", "montgomery", "niagara",
        "oneida", "onondaga", "ontario", "orange", "orleans", "oswego", "otsego", "putnam", "rensselaer", "rockland",
        "st lawrence", "saint lawrence", "saratoga", "schenectady", "schoharie", "schuyler", "seneca", "steuben",
        "sullivan", "tioga", "tompkins", "ulster", "warren", "washington", "wayne", "wyoming", "yates",
    ]

    private static let newYork: [StateMinimumWage] = [
        (2024, 1600, 1500), (2025, 1650, 1550), (2026, 1700, 1600),
    ].flatMap { year, downstateCents, upstateCents in
        [
            StateMinimumWage(
                jurisdiction: .NY, region: downstateRegion, regionSpanish: downstateRegionSpanish, counties: downstateCounties, from: day(year, 1, 1),
                through: day(year, 12, 31),
                hourly: Money(cents: downstateCents), citations: downstate, confidence: .statute),
            StateMinimumWage(
                jurisdiction: .NY, region: upstateRegion, regionSpanish: upstateRegionSpanish, counties: upstateCounties, from: day(year, 1, 1),
                through: day(year, 12, 31),
                hourly: Money(cents: upstateCents), citations: upstate, confidence: .secondary),
        ]
    }
}
