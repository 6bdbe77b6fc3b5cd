/// Whether collateral was sold at a public auction or privately (UCC 9-610, 9-613, 9-614: the
/// notice of disposition differs, and only at a public sale may the secured party itself buy).
public enum DispositionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A public auction, announced in advance.
    case `public`
    /// A private sale, such as a dealer auction closed to the public.
    case `private`
}

/// Who bought the collateral at the sale (Pennsylvania's fair-value petition and UCC 9-615(f)
/// turn on whether the lender or a party related to it bought).
public enum SaleBuyer: String, Sendable, Hashable, Codable, CaseIterable {
    /// The lender or its servicer, usually by credit bid.
    case lender
    /// A person related to the lender (UCC 9-102(a)(62), (63)), such as an affiliate.
    case relatedParty = "related_party"
    /// Anyone else.
    case thirdParty = "third_party"
}

/// Whether an income amount is before or after deductions.
public enum AmountBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Before taxes and other deductions.
    case gross
    /// Take-home pay, after deductions.
    case net
}

/// What a collector threatened in a contact (15 U.S.C. 1692e(4), (5) forbid threatening what cannot
/// lawfully be done or is not intended).
public enum ThreatKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A lawsuit.
    case lawsuit
    /// Taking wages.
    case wageGarnishment = "wage_garnishment"
    /// Taking money from a bank account.
    case bankLevy = "bank_levy"
    /// Seizing or selling property.
    case propertySeizure = "property_seizure"
    /// Arrest or jail.
    case arrest
}
