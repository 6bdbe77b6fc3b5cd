/// Who is contacting the debtor about the debt; FDCPA coverage turns on it.
public enum ContactingParty: String, Sendable, Hashable, Codable, CaseIterable {
    /// The original lender collecting its own debt.
    case originalCreditor = "original_creditor"
    /// A company that bought the debt.
    case debtBuyer = "debt_buyer"
    /// A third-party collection agency.
    case collectionAgency = "collection_agency"
    /// A law firm collecting the debt.
    case collectionLawFirm = "collection_law_firm"
    /// A mortgage servicer that took over the account before it was in default.
    case servicerBeforeDefault = "servicer_before_default"
    /// Not known.
    case unknown
}
