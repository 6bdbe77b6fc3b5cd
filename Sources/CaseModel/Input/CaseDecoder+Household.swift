/// Reads income, assets and the document checklist.
extension CaseDecoder {
    mutating func readIncome(_ r: ObjectReader) -> IncomeItem? {
        let source: IncomeSource? = choice(r, "source")
        let amount = money(r, "amount")
        let frequency: IncomeFrequency? = choice(r, "frequency")
        let payer = text(r, "payer")
        let basis: AmountBasis? = choice(r, "basis")
        guard let source, let amount, let frequency else { return nil }
        return IncomeItem(source: source, amount: amount, frequency: frequency, payer: payer, basis: basis)
    }

    mutating func readAsset(_ r: ObjectReader) -> Asset? {
        let kind: AssetKind? = choice(r, "kind")
        let description = text(r, "description")
        let value = money(r, "value")
        let last4 = last4(r, "account_last4")
        let retirement: RetirementType? = choice(r, "retirement_type")
        guard let kind, let description else { return nil }
        return Asset(
            kind: kind, description: description, value: value, accountLast4: last4,
            retirementType: retirement)
    }

    mutating func readDocument(_ r: ObjectReader) -> DocumentItem? {
        let name = text(r, "name")
        let have = bool(r, "have")
        guard let name, let have else { return nil }
        return DocumentItem(name: name, have: have)
    }
}
