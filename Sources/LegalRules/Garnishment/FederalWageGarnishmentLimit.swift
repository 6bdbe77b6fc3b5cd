import CaseModel

/// The federal cap on garnishing wages for an ordinary debt (CCPA Title III, 15 U.S.C. 1673(a)).
///
/// The most that may be taken is the lesser of 25% of disposable earnings and the amount by which
/// disposable earnings exceed a multiple of the federal minimum hourly wage: 30× for a week, and the
/// Department of Labor's equivalents for longer pay periods.
public enum FederalWageGarnishmentLimit {
    /// The federal minimum hourly wage, $7.25 (29 U.S.C. 206(a)(1)(C)).
    public static let minimumHourlyWage = Money(cents: 725)

    /// The statute and regulation behind the weekly rule.
    public static let citations = [
        Citation("15 U.S.C. § 1673(a)", url: "http://webapps.dol.gov/elaws/h1b/glossary.aspx?word=ccpa"),
        Citation("29 CFR § 870.10(b)", url: "https://www.law.cornell.edu/cfr/text/29/870.10"),
        Citation("29 U.S.C. § 206(a)(1)(C)"),
    ]

    /// The minimum-wage multiple for a pay period: 30, 60, 65 or 130.
    public static func multiple(for period: PayPeriod) -> Int {
        switch period {
        case .weekly: return 30
        case .biweekly: return 60
        case .semimonthly: return 65
        case .monthly: return 130
        }
    }

    /// How well the multiple for a pay period was checked. The weekly 30× is in the statute; the
    /// others are the Department of Labor's equivalents (its Fact Sheet #30), not read in 29 CFR
    /// 870.10(c) itself. A state's own regulation is never cited for another state's debtor.
    public static func confidence(for period: PayPeriod) -> Confidence { period == .weekly ? .statute : .secondary }

    /// Citations for a pay period's multiple.
    public static func citations(for period: PayPeriod) -> [Citation] {
        guard period != .weekly else { return citations }
        return citations + [
            Citation("29 CFR § 870.10(c)"),
            Citation(
                "U.S. DOL Wage and Hour Division, Fact Sheet #30 (60/65/130 multiples)",
                url: "https://www.dol.gov/agencies/whd/fact-sheets/30-cppa"),
        ]
    }

    /// Disposable earnings at or below this amount cannot be garnished: multiple × minimum wage.
    public static func protectedFloor(for period: PayPeriod, minimumHourlyWage wage: Money = minimumHourlyWage) -> Money {
        Money(cents: multiple(for: period) * wage.cents)
    }

    /// The most that may be garnished from one pay: max(0, min(25% of D, D − floor)).
    /// 25% is rounded down to the cent so the result never exceeds the cap.
    public static func maximumGarnishable(disposable: Money, period: PayPeriod) -> Money {
        min(twentyFivePercent(of: disposable), excessOverFloor(disposable: disposable, period: period))
    }

    /// 25% of disposable earnings (15 U.S.C. 1673(a)(1)), rounded down to the cent: integer
    /// division truncates, so the percentage never allows a cent more than the statute does.
    public static func twentyFivePercent(of disposable: Money) -> Money {
        Money(cents: max(0, disposable.cents) * 25 / 100)
    }

    /// The amount by which disposable earnings exceed the protected floor (15 U.S.C. 1673(a)(2)),
    /// never below zero.
    public static func excessOverFloor(disposable: Money, period: PayPeriod) -> Money {
        max(.zero, disposable - protectedFloor(for: period))
    }

    /// Which half of the federal rule sets the limit: the 25% when it is the smaller (or the two
    /// are equal), else the excess over the floor.
    public static func limitingRule(disposable: Money, period: PayPeriod) -> LimitingRule {
        twentyFivePercent(of: disposable) <= excessOverFloor(disposable: disposable, period: period) ? .percentage : .floor
    }

    /// The half of 15 U.S.C. 1673(a) that gives the federal maximum.
    public enum LimitingRule: String, Sendable, Hashable, Codable {
        /// 25% of disposable earnings (1673(a)(1)).
        case percentage
        /// Disposable earnings above the minimum-wage floor (1673(a)(2)).
        case floor
    }
}
