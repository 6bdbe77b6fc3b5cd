/// The foreclosure sale or the disposition of a repossessed vehicle.
public struct Sale: Sendable, Hashable, Encodable {
    /// Judicial, non-judicial (trustee's sale) or a UCC repossession sale.
    public var type: SaleType
    /// The date of the sale.
    public var date: CalendarDate
    /// The price paid (often the lender's credit bid).
    public var price: Money
    /// The fair market value at the sale, if known (fair-value statutes credit it).
    public var fairMarketValue: Money?
    /// Costs and fees the creditor adds (sale costs, attorney fees, repossession fees).
    public var costs: [CostItem]
    /// When the referee's or trustee's deed was delivered (some deadlines run from it).
    public var deedDeliveredOn: CalendarDate?
    /// When a court confirmed the sale, where confirmation is required.
    public var confirmedOn: CalendarDate?
    /// When the collateral was repossessed (a vehicle) or the debtor lost possession.
    public var repossessedOn: CalendarDate?
    /// Whether the sale was public or private.
    public var disposition: DispositionKind?
    /// The date on the notice of disposition (UCC 9-611, 9-613, 9-614), as sent.
    public var dispositionNoticeSentOn: CalendarDate?
    /// Whether the debtor received a notice of disposition before the sale.
    public var dispositionNoticeReceived: Bool?
    /// Who bought at the sale.
    public var buyer: SaleBuyer?
    /// When the clerk issued the certificate of title after a judicial sale (Florida's deadline runs from it).
    public var certificateOfTitleOn: CalendarDate?

    /// Creates a sale.
    public init(
        type: SaleType, date: CalendarDate, price: Money, fairMarketValue: Money? = nil,
        costs: [CostItem] = [], deedDeliveredOn: CalendarDate? = nil, confirmedOn: CalendarDate? = nil,
        repossessedOn: CalendarDate? = nil, disposition: DispositionKind? = nil,
        dispositionNoticeSentOn: CalendarDate? = nil, dispositionNoticeReceived: Bool? = nil,
        buyer: SaleBuyer? = nil, certificateOfTitleOn: CalendarDate? = nil
    ) {
        self.type = type
        self.date = date
        self.price = price
        self.fairMarketValue = fairMarketValue
        self.costs = costs
        self.deedDeliveredOn = deedDeliveredOn
        self.confirmedOn = confirmedOn
        self.repossessedOn = repossessedOn
        self.disposition = disposition
        self.dispositionNoticeSentOn = dispositionNoticeSentOn
        self.dispositionNoticeReceived = dispositionNoticeReceived
        self.buyer = buyer
        self.certificateOfTitleOn = certificateOfTitleOn
    }

    /// The sum of the costs claimed.
    public var totalCosts: Money { costs.reduce(.zero) { $0 + $1.amount } }

    enum CodingKeys: String, CodingKey {
        case type, date, price, costs, disposition, buyer
        case repossessedOn = "repossessed_on", dispositionNoticeSentOn = "disposition_notice_sent_on"
        case dispositionNoticeReceived = "disposition_notice_received", certificateOfTitleOn = "certificate_of_title_on"
        case fairMarketValue = "fair_market_value", deedDeliveredOn = "deed_delivered_on", confirmedOn = "confirmed_on"
    }
}
