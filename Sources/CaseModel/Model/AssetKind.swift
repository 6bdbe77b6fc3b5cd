/// The kinds of asset a case file lists.
public enum AssetKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A checking or savings account.
    case bankAccount = "bank_account"
    /// A 401(k), IRA, pension or similar.
    case retirementAccount = "retirement_account"
    /// The home (equity matters for homestead exemptions).
    case home
    /// A car, truck or motorcycle.
    case vehicle
    /// Anything else (tools of the trade, household goods).
    case other
}

/// The kinds of retirement account; ERISA plans, IRAs and government plans are exempt under different rules.
public enum RetirementType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A 401(k) plan (ERISA).
    case plan401k = "401k"
    /// A 403(b) plan.
    case plan403b = "403b"
    /// A 457(b) government plan.
    case plan457b = "457b"
    /// The federal Thrift Savings Plan.
    case tsp
    /// A traditional IRA.
    case ira
    /// A Roth IRA.
    case rothIRA = "roth_ira"
    /// A SEP or SIMPLE IRA.
    case sepOrSimpleIRA = "sep_simple_ira"
    /// A defined-benefit pension.
    case pension
    /// Anything else.
    case other
}
