import CaseModel

extension CaseAnalyzer {
    /// A repossession: UCC Article 9 governs, so the state foreclosure rules are not applied; the
    /// calculation credits the sale price, and a higher fair market value is reported, not applied.
    static func vehicleAnalysis(_ theCase: Case, sale: Sale) -> Analysed<SaleSection> {
        let debt = theCase.debt
        let charges = chargeLines(debt: debt, sale: sale)
        let calculation = charges.lines.map {
            DeficiencyCalculator.calculate(charges: $0, salePrice: sale.price, fairMarketValue: sale.fairMarketValue, measure: .salePrice)
        }
        let unconfirmed = VehicleRepossessionRule.all.first { $0.id == "ucc.9-615" }!
        let lead = Finding(
            id: "deficiency.vehicle", topic: .deficiency,
            sentence: "A deficiency after a vehicle repossession is governed by UCC Article 9, not by the state's foreclosure rules; whether and how much is owed (UCC § 9-615) is not confirmed here, so the figures below only apply the sale price.",
            citations: unconfirmed.citations, confidence: .unknown)
        var findings = [lead] + amountFindings(calculation, charges: charges, debt: debt, salePrice: sale.price)
        findings.append(Finding(
            id: "deadline.not_catalogued", topic: .deadline,
            sentence: "No deadline for the creditor to sue for a vehicle deficiency is catalogued here; the state's limitation period for the contract applies and was not researched.",
            citations: [Citation("Redress legal notes § 3.4: limitation periods for vehicle deficiencies not researched")], confidence: .unknown))
        findings += VehicleRepossessionRule.findings
        if let value = sale.fairMarketValue, value > sale.price, let lines = charges.lines {
            let alternative = DeficiencyCalculator.calculate(charges: lines, salePrice: sale.price, fairMarketValue: value,
                                                             measure: .greaterOfSalePriceAndFairMarketValue)
            let outcome = alternative.surplus > .zero
                ? "there would be no deficiency (a surplus of \(alternative.surplus))"
                : "the deficiency would be \(alternative.deficiency)"
            findings.append(Finding(
                id: "vehicle.fair_market_value", topic: .vehicleDeficiency,
                sentence: "The case gives a fair market value of \(value), \(value - sale.price) more than the \(sale.price) sale price. A price that low can be evidence that the sale was not commercially reasonable (UCC § 9-610), and if the buyer was the creditor or a related party, UCC § 9-615(f) may measure the deficiency by what an unrelated buyer would have paid; with the value credited, \(outcome). Section 9-615(f) was not confirmed against its text.",
                figures: [.money("Sale price", sale.price), .money("Fair market value", value),
                          .money("Deficiency with the value credited", alternative.deficiency)],
                citations: [Citation("UCC § 9-610"), Citation("UCC § 9-615(f)")], confidence: .unknown))
        }
        let deficiency = section(.vehicleRepossession, jurisdiction: nil, status: .unknown, summary: lead, questions: [],
                                 sale: sale, debt: debt, calculation: calculation, missing: charges.missing)
        return Analysed(section: SaleSection(deficiency: deficiency, deadlines: []), findings: findings, missing: charges.missing)
    }
}
