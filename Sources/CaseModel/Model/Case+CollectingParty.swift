extension Case {
    /// The party collecting the debt, to whom letters about it go: the collector, else the
    /// collection attorney, else the current creditor (a debt buyer or lender collecting for
    /// itself), else the original creditor once it has contacted the debtor; nil when no one is.
    public var collectingParty: PartyReference.Role? {
        if collector != nil { return .collector }
        if collectionAttorney != nil { return .collectionAttorney }
        if currentCreditor != nil { return .currentCreditor }
        if originalCreditor != nil, contacts.contains(where: { $0.by == .role(.originalCreditor) }) { return .originalCreditor }
        return nil
    }
}
