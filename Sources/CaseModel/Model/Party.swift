/// Someone on the other side (or the debtor's lawyer): a creditor, a debt buyer, a collector or an attorney.
public struct Party: Sendable, Hashable, Encodable {
    /// The name as it appears on letters, such as "Midland Credit Management, Inc.".
    public var name: String
    /// The mailing address, if known.
    public var address: Address?
    /// A telephone number, as written.
    public var phone: String?
    /// An email address.
    public var email: String?
    /// An attorney's bar number.
    public var barNumber: String?
    /// An attorney's law firm.
    public var firm: String?
    /// The party's own reference or file number for the debt (a collector's, not the creditor's account number).
    public var referenceNumber: String?

    /// Creates a party.
    public init(
        name: String, address: Address? = nil, phone: String? = nil, email: String? = nil,
        barNumber: String? = nil, firm: String? = nil, referenceNumber: String? = nil
    ) {
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.barNumber = barNumber
        self.firm = firm
        self.referenceNumber = referenceNumber
    }

    enum CodingKeys: String, CodingKey {
        case name, address, phone, email, firm
        case barNumber = "bar_number", referenceNumber = "reference_number"
    }
}
