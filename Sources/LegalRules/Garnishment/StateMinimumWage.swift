import CaseModel

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

    private static let newYork: [StateMinimumWage] = [
        (2024, 1600, 1500), (2025, 1650, 1550), (2026, 1700, 1600),
    ].flatMap { year, downstateCents, upstateCents in
        [
            StateMinimumWage(
                jurisdiction: .NY, region: downstateRegion, regionSpanish: downstateRegionSpanish, from: day(year, 1, 1), through: day(year, 12, 31),
                hourly: Money(cents: downstateCents), citations: downstate, confidence: .statute),
            StateMinimumWage(
                jurisdiction: .NY, region: upstateRegion, regionSpanish: upstateRegionSpanish, from: day(year, 1, 1), through: day(year, 12, 31),
                hourly: Money(cents: upstateCents), citations: upstate, confidence: .secondary),
        ]
    }
}
