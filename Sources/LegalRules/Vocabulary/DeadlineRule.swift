import CaseModel

/// A legal time limit as data: an amount of time counted from a triggering event.
///
/// The date is computed, never typed in, so every deadline in the catalogue is checked by the same
/// arithmetic. Courts have their own counting rules (first day excluded, weekends and holidays), so a
/// computed date is an estimate a reader must verify.
public struct DeadlineRule: Sendable, Hashable, Codable {
    /// How many units.
    public let amount: Int
    /// Days, business days, months or years.
    public let unit: Unit
    /// The event the period is counted from.
    public let trigger: Trigger
    /// Extra whole days before the period starts (Florida counts from the 11th day after the sale).
    public let startOffsetDays: Int
    /// Who must act before the deadline.
    public let party: Party
    /// What must be done, such as "file suit for the deficiency".
    public let action: String
    /// Sale types the deadline applies to; empty means any.
    public let saleTypes: Set<SaleType>
    /// A condition in words when the deadline applies only to some cases, such as "agricultural land".
    public let condition: String?
    /// Where the rule comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence
    /// What a reader should know (conflicts, what happens if it is missed).
    public let note: String?
    /// Facts the deadline needs: when the case shows one is not met, the deadline is not computed.
    public let requires: [FactTest]

    /// A unit of time.
    public enum Unit: String, Sendable, Hashable, Codable {
        /// Calendar days.
        case days
        /// Business days; not computed here because it needs a court holiday calendar.
        case businessDays = "business_days"
        /// Calendar months, clamped to the end of a shorter month.
        case months
        /// Calendar years (Feb 29 clamps to Feb 28).
        case years
    }

    /// The event a deadline is counted from.
    public enum Trigger: String, Sendable, Hashable, Codable, CaseIterable {
        /// The foreclosure or trustee's sale.
        case sale
        /// The clerk's certificate of title after a judicial sale.
        case certificateOfTitle = "certificate_of_title"
        /// The court's confirmation of the sale.
        case confirmationOfSale = "confirmation_of_sale"
        /// Delivery of the deed to the buyer (NY) or of the sheriff's deed (PA).
        case deedDelivery = "deed_delivery"
        /// The end of the redemption period (Connecticut's law day).
        case endOfRedemptionPeriod = "end_of_redemption_period"
        /// Final ratification of the auditor's report (Maryland).
        case auditorReportRatified = "auditor_report_ratified"
        /// Entry of the judgment.
        case judgmentEntry = "judgment_entry"
        /// The debtor's receipt of the report of sale (Maine).
        case reportOfSaleReceived = "report_of_sale_received"
        /// Service of the levy or garnishment notice on the debtor.
        case noticeServed = "notice_served"
        /// The postmark of the bank's or creditor's mailing to the debtor.
        case noticeMailed = "notice_mailed"
        /// The seizure of the property.
        case seizure

        /// Words for a sentence, such as "the sale".
        public var phrase: String {
            switch self {
            case .sale: return "the sale"
            case .certificateOfTitle: return "the clerk's issue of the certificate of title"
            case .confirmationOfSale: return "the court's confirmation of the sale"
            case .deedDelivery: return "delivery of the deed"
            case .endOfRedemptionPeriod: return "the end of the redemption period"
            case .auditorReportRatified: return "final ratification of the auditor's report"
            case .judgmentEntry: return "entry of the judgment"
            case .reportOfSaleReceived: return "receipt of the report of sale"
            case .noticeServed: return "service of the notice"
            case .noticeMailed: return "the mailing of the notice"
            case .seizure: return "the seizure"
            }
        }
    }

    /// Who must act.
    public enum Party: String, Sendable, Hashable, Codable {
        /// The lender or judgment creditor: after this date it may be too late to seek the deficiency.
        case lender
        /// The lender's right to enforce an existing deficiency judgment ends.
        case enforcementEnds = "enforcement_ends"
        /// The debtor must act (claim an exemption, ask for an appraisal, contest a report).
        case debtor
    }

    /// Creates a deadline rule.
    public init(
        _ amount: Int, _ unit: Unit, after trigger: Trigger, startOffsetDays: Int = 0,
        party: Party = .lender, action: String, saleTypes: Set<SaleType> = [],
        condition: String? = nil, citations: [Citation], confidence: Confidence, note: String? = nil,
        requires: [FactTest] = []
    ) {
        self.amount = amount
        self.unit = unit
        self.trigger = trigger
        self.startOffsetDays = startOffsetDays
        self.party = party
        self.action = action
        self.saleTypes = saleTypes
        self.condition = condition
        self.citations = citations
        self.confidence = confidence
        self.note = note
        self.requires = requires
    }

    /// The last day of the period counted from `triggerDate`, or nil for business days.
    public func date(from triggerDate: CalendarDate) -> CalendarDate? {
        let start = triggerDate.adding(days: startOffsetDays)
        switch unit {
        case .days: return start.adding(days: amount)
        case .months: return start.adding(months: amount)
        case .years: return start.adding(years: amount)
        case .businessDays: return nil
        }
    }

    /// The period in words, such as "3 months after the sale".
    public var periodDescription: String {
        let unitWord: String
        switch unit {
        case .days: unitWord = amount == 1 ? "day" : "days"
        case .businessDays: unitWord = amount == 1 ? "business day" : "business days"
        case .months: unitWord = amount == 1 ? "month" : "months"
        case .years: unitWord = amount == 1 ? "year" : "years"
        }
        let offset = startOffsetDays == 0 ? "" : " counted from the \(ordinal(startOffsetDays)) day after"
        return offset.isEmpty
            ? "\(amount) \(unitWord) after \(trigger.phrase)"
            : "\(amount) \(unitWord)\(offset) \(trigger.phrase)"
    }

    /// Whether the deadline applies to a sale type (an empty set means any).
    public func applies(to saleType: SaleType?) -> Bool {
        guard let saleType, !saleTypes.isEmpty else { return true }
        return saleTypes.contains(saleType)
    }

    private func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 100, n % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
