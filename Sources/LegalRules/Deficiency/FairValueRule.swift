import CaseModel

/// A fair-value limit: the deficiency is measured against the property's value, not only the sale price.
public struct FairValueRule: Sendable, Hashable, Codable {
    /// What the debt is reduced by.
    public let measure: CreditMeasure
    /// Sale types it covers; empty means any.
    public let saleTypes: Set<SaleType>
    /// Conditions that must all hold for the limit to apply.
    public let conditions: [Condition]
    /// The rule in one plain sentence.
    public let explanation: String
    /// Where the rule comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence

    /// What the debt is reduced by.
    public enum CreditMeasure: String, Sendable, Hashable, Codable {
        /// The sale price only (no fair-value credit).
        case salePrice = "sale_price"
        /// The greater of the fair market value and the sale price. Statutes that say "debt minus fair
        /// market value" come to the same thing, because the sale proceeds are always applied.
        case greaterOfSalePriceAndFairMarketValue = "greater_of_sale_price_and_fair_market_value"
    }

    /// A condition a fair-value limit depends on.
    public enum Condition: String, Sendable, Hashable, Codable {
        /// The property was owner-occupied (Florida 702.06).
        case ownerOccupied = "owner_occupied"
        /// The lender bought the property at the sale (Maine, Michigan, Pennsylvania).
        case lenderBoughtProperty = "lender_bought_property"
        /// The debtor must ask for it or raise it as a defence (Texas, Tennessee, New Jersey).
        case debtorMustRaiseIt = "debtor_must_raise_it"

        /// Words for a sentence.
        public var phrase: String {
            switch self {
            case .ownerOccupied: return "the property was owner-occupied"
            case .lenderBoughtProperty: return "the lender bought the property at the sale"
            case .debtorMustRaiseIt: return "the debtor asks the court for it"
            }
        }
    }

    /// Creates a fair-value rule.
    public init(
        _ measure: CreditMeasure, saleTypes: Set<SaleType> = [], conditions: [Condition] = [],
        explanation: String, citations: [Citation], confidence: Confidence
    ) {
        self.measure = measure
        self.saleTypes = saleTypes
        self.conditions = conditions
        self.explanation = explanation
        self.citations = citations
        self.confidence = confidence
    }

    /// Whether the limit applies: true, false, or nil when an unknown fact decides.
    /// `.debtorMustRaiseIt` counts as met: the calculation shows what the debtor can claim.
    public func applies(to facts: DeficiencyFacts) -> Bool? {
        if !saleTypes.isEmpty, let sale = facts.saleType, !saleTypes.contains(sale) { return false }
        var unsure = !saleTypes.isEmpty && facts.saleType == nil
        for condition in conditions {
            switch condition {
            case .ownerOccupied:
                guard let v = facts.ownerOccupied else { unsure = true; continue }
                if !v { return false }
            case .lenderBoughtProperty:
                guard let v = facts.lenderBoughtProperty else { unsure = true; continue }
                if !v { return false }
            case .debtorMustRaiseIt:
                continue
            }
        }
        return unsure ? nil : true
    }
}
