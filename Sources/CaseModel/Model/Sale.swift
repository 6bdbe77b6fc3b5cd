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

    /// Creates a sale.
    public init(type: SaleType, date: CalendarDate, price: Money, fairMarketValue: Money? = nil,
                costs: [CostItem] = [], deedDeliveredOn: CalendarDate? = nil, confirmedOn: CalendarDate? = nil) {
        self.type = type
        self.date = date
        self.price = price
        self.fairMarketValue = fairMarketValue
        self.costs = costs
        self.deedDeliveredOn = deedDeliveredOn
        self.confirmedOn = confirmedOn
    }

    /// The sum of the costs claimed.
    public var totalCosts: Money { costs.reduce(.zero) { $0 + $1.amount } }

    enum CodingKeys: String, CodingKey {
        case type, date, price, costs
        case fairMarketValue = "fair_market_value", deedDeliveredOn = "deed_delivered_on", confirmedOn = "confirmed_on"
    }
}
