import CaseModel

extension CaseAnalyzer {
    /// A repossession: UCC Article 9 governs, so the state foreclosure rules are not applied; the
    /// calculation credits the sale price, and a higher fair market value is reported, not applied.
    static func vehicleAnalysis(_ theCase: Case, sale: Sale, language: AnalysisLanguage) -> Analysed<SaleSection> {
        let debt = theCase.debt
        let charges = chargeLines(debt: debt, sale: sale, language: language)
        let measure = creditMeasure(debt, sale: sale)
        let calculation = charges.lines.map {
            DeficiencyCalculator.calculate(charges: $0, salePrice: sale.price, fairMarketValue: sale.fairMarketValue, measure: measure, language: language)
        }
        let unconfirmed = VehicleRepossessionRule.deficiencyRule
        let state = uccState(theCase)
        let lead = UCCEnactment.finding(
            Finding(
                id: "deficiency.vehicle", topic: .deficiency,
                sentence: Phrase.vehicleLead.text(in: language),
                citations: unconfirmed.citations, confidence: .unknown),
            in: state)
        // The lead is inserted into the calculation's own array, which moves its findings, where
        // `[lead] + …` copied each of them.
        var findings = amountFindings(calculation, charges: charges, debt: debt, salePrice: sale.price, language: language)
        findings.insert(lead, at: 0)
        findings.append(
            Finding(
                id: "deadline.not_catalogued", topic: .deadline,
                sentence: Phrase.vehicleDeadlineNotCatalogued.text(in: language),
                citations: [Citation("no confirmed rule (unknown)")], confidence: .unknown))
        findings += UCCEnactment.vehicleFindings(in: language, state: state)
        if let value = sale.fairMarketValue, value > sale.price, let lines = charges.lines {
            let alternative = DeficiencyCalculator.outcome(
                charges: lines, salePrice: sale.price, fairMarketValue: value,
                measure: .greaterOfSalePriceAndFairMarketValue)
            findings.append(
                UCCEnactment.finding(
                    Finding(
                        id: "vehicle.fair_market_value", topic: .vehicleDeficiency,
                        sentence: Phrase.vehicleFairMarketValue(
                            value: value, salePrice: sale.price,
                            surplus: alternative.surplus > .zero ? alternative.surplus : nil,
                            deficiency: alternative.deficiency
                        ).text(in: language),
                        figures: [
                            .money("Sale price", sale.price), .money("Fair market value", value),
                            .money("Deficiency with the value credited", alternative.deficiency),
                        ],
                        citations: [Citation("UCC § 9-610"), Citation("UCC § 9-615(f)")], confidence: .unknown),
                    in: state))
        }
        let deficiency = section(
            .vehicleRepossession, jurisdiction: nil, status: .unknown, summary: lead, questions: [],
            sale: sale, debt: debt, calculation: calculation, missing: charges.missing)
        return Analysed(section: SaleSection(deficiency: deficiency, deadlines: []), findings: findings, missing: charges.missing)
    }
}
