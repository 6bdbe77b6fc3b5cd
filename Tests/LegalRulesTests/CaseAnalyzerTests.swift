import CaseModel
import Foundation
import Testing
@testable import LegalRules

/// The analyzer over the bundled samples (values computed by hand in the comments) and edge cases.
@Suite struct CaseAnalyzerTests {
    static let asOf = day("2026-11-27")
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) throws -> CaseModel.Case {
        let text = try String(contentsOf: root.appendingPathComponent("samples/\(name)"), encoding: .utf8)
        let result = CaseParser.parse(text, format: .yaml, asOf: asOf)
        return try #require(result.value, "\(name) did not parse: \(result.diagnostics)")
    }

    static func analysis(_ name: String) throws -> CaseAnalysis {
        CaseAnalyzer.analyze(try sample(name), asOf: asOf)
    }

    // MARK: - Every sample

    struct Expectation: Sendable, CustomTestStringConvertible {
        let file: String
        let regime: CaseAnalysis.Deficiency.Regime
        let status: DeficiencyAssessment.Status
        let totalOwed: Int, deficiency: Int, surplus: Int  // cents
        let measure: FairValueRule.CreditMeasure
        let windowOpen: Bool?
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        // 231,904.88 + 41,877.30 + 3,185 + 2,450 = 279,417.18; § 726(b) credits the 335,000 value → surplus 55,582.82.
        Expectation(
            file: "ca-nonjudicial-bank-levy.yaml", regime: .residentialForeclosure, status: .barred,
            totalOwed: 27_941_718, deficiency: 0, surplus: 5_558_282, measure: .greaterOfSalePriceAndFairMarketValue, windowOpen: false),
        // 196,402.11 + 29,310.84 + 750 + 2,264 + 6,940.55 = 235,667.50; − 189,000 (FMV, RPAPL 1371) = 46,667.50.
        Expectation(
            file: "ny-judicial-wage-garnishment.yaml", regime: .residentialForeclosure, status: .allowed,
            totalOwed: 23_566_750, deficiency: 4_666_750, surplus: 0, measure: .greaterOfSalePriceAndFairMarketValue, windowOpen: nil),
        // 7,630.12 + 684.55 + 475 + 315 + 350 = 9,454.67; − 6,100 sale price = 3,354.67.
        Expectation(
            file: "tx-vehicle-repossession.yaml", regime: .vehicleRepossession, status: .unknown,
            totalOwed: 945_467, deficiency: 335_467, surplus: 0, measure: .salePrice, windowOpen: false),
        Expectation(
            file: "demo.yaml", regime: .vehicleRepossession, status: .unknown,
            totalOwed: 945_467, deficiency: 335_467, surplus: 0, measure: .salePrice, windowOpen: false),
    ]

    @Test(arguments: expectations)
    func sampleDeficiency(_ e: Expectation) throws {
        let a = try Self.analysis(e.file)
        let d = try #require(a.deficiency)
        #expect(d.regime == e.regime)
        #expect(d.status == e.status)
        #expect(d.totalOwed == cents(e.totalOwed))
        // A barred deficiency has no total owed: the creditor's arithmetic is kept apart, as theirs.
        #expect((d.status == .barred ? d.creditorFigure : d.total) == cents(e.deficiency))
        #expect(d.surplus == (d.status == .barred ? nil : cents(e.surplus)))
        if d.status == .barred { #expect(d.total == nil && d.lines.isEmpty && !d.creditorLines.isEmpty) }
        #expect(d.measure == e.measure)
        #expect(a.fdcpa.validationWindow.open == e.windowOpen)
        #expect(a.asOf == Self.asOf)
    }

    @Test(arguments: expectations.map(\.file))
    func linesAddUp(_ file: String) throws {
        var d = try #require(try Self.analysis(file).deficiency)
        if d.status == .barred { d.lines = d.creditorLines }
        let totalIndex = try #require(d.lines.firstIndex { $0.label == "Total owed" })
        let charges = d.lines[..<totalIndex].reduce(Money.zero) { $0 + $1.amount }
        #expect(d.lines[totalIndex].amount == charges)
        #expect(charges == d.totalOwed)
        // Charges, total, credits (negative), result: the credits and the result balance the total.
        let credits = d.lines[(totalIndex + 1)..<(d.lines.count - 1)].reduce(Money.zero) { $0 + $1.amount }
        let result = try #require(d.lines.last)
        if d.surplus == .zero {
            #expect(result.label == "Deficiency" && result.amount == charges + credits)
        } else {
            #expect(result.label == "Surplus (no deficiency)" && result.amount == -(charges + credits))
        }
    }

    @Test(arguments: expectations.map(\.file))
    func findingsAreCitedAndOrderedByTopic(_ file: String) throws {
        let a = try Self.analysis(file)
        #expect(!a.findings.isEmpty)
        for f in a.findings {
            #expect(!f.citations.isEmpty, "\(f.id) has no citation")
            #expect(!f.sentence.isEmpty)
        }
        let ranks = a.findings.map { CaseAnalyzer.topicOrder.firstIndex(of: $0.topic)! }
        #expect(ranks == ranks.sorted())
    }

    @Test(arguments: expectations.map(\.file))
    func jsonRoundTrips(_ file: String) throws {
        let a = try Self.analysis(file)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(a)
        #expect(try JSONDecoder().decode(CaseAnalysis.self, from: data) == a)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["as_of"] as? String == "2026-11-27")
        let deficiency = try #require(object["deficiency"] as? [String: Any])
        #expect((deficiency["total"] ?? deficiency["creditor_figure"]) is String)  // money as "1234.56"
    }

    // MARK: - California: trustee's sale, purchase money, Social Security levy

    @Test func californiaDeficiencyIsBarredByTheTrusteeSaleRule() throws {
        let a = try Self.analysis("ca-nonjudicial-bank-levy.yaml")
        let d = try #require(a.deficiency)
        #expect(d.jurisdiction == .CA)
        #expect(d.citation.contains("Cal. Civ. Proc. Code § 580d"))
        #expect(d.summary.hasPrefix("In California, no deficiency judgment is allowed here"))
        // § 580b is a second, independent ground; it needs the one-to-four-family question answered.
        let also = try #require(a.findings.first { $0.id == "deficiency.also_barred.1" })
        #expect(also.citations.map(\.text) == ["Cal. Civ. Proc. Code § 580b"])
        #expect(also.sentence.contains("not more than four families is unconfirmed"))
        #expect(also.confidence == .secondary)  // the notes grade the 580b/580d summary [S]
        // The sample gives one dwelling unit, so § 580b applies too and nothing is left to ask.
        #expect(d.openQuestions.isEmpty)
        // Nothing is owed: no deficiency amount, and the creditor's arithmetic is labelled as theirs.
        #expect(d.total == nil)
        #expect(!a.findings.contains { $0.id == "deficiency.amount" })
        let theirs = try #require(a.findings.first { $0.id == "deficiency.creditor_arithmetic" })
        #expect(theirs.sentence.contains("that is their figure, not an amount owed"))
        // The judgment is put beside the bar without deciding what it is for.
        let judgment = try #require(a.findings.first { $0.id == "deficiency.judgment_despite_bar" })
        #expect(judgment.sentence.contains("$96,588.42 entered on 2025-12-08 (25CECG04417)"))
        // The fair-value surplus is notional; the sale price alone exceeds the itemised debt:
        // 301,500 − 279,417.18 = 22,082.82.
        let surplus = try #require(a.findings.first { $0.id == "deficiency.sale_surplus" })
        #expect(surplus.sentence.contains("($301,500.00) exceeds the total owed computed here ($279,417.18) by $22,082.82"))
        // CA's only deadline is for judicial sales, and the deficiency is barred: nothing to count.
        #expect(a.deadlines.isEmpty)
        #expect(!a.findings.contains { $0.topic == .deadline })
        #expect(a.missing.isEmpty)
    }

    @Test func californiaLevyProtectsTheLesserOfBenefitsAndBalance() throws {
        let a = try Self.analysis("ca-nonjudicial-bank-levy.yaml")
        let levy = try #require(a.levies.first)
        // Frozen 2026-09-28: the lookback is 2026-07-27 … 2026-09-27 (31 CFR 212 App. C), so the
        // Aug 3 and Sep 3 Social Security deposits count (2 × 1,482 = 2,964) and Jul 3 does not.
        #expect(levy.lookbackStart == day("2026-07-27"))
        #expect(levy.lookbackEnd == day("2026-09-27"))
        #expect(levy.benefitsInLookback == cents(296_400))
        #expect(levy.protectedAmount == min(cents(296_400), cents(291_463)))
        #expect(levy.protectedAmount == cents(291_463))
        #expect(levy.accountLast4 == "3309")
        #expect(levy.otherExemptDeposits.map(\.source) == [.socialSecurity, .other])
        #expect(levy.otherExemptDeposits.map(\.total) == [cents(148_200), cents(15_000)])
        // The levy papers were mailed on 2026-09-30: CCP 703.520(a) gives 20 days → 2026-10-20, 38 days before 2026-11-27.
        #expect(levy.claimDeadline == day("2026-10-20"))
        #expect(levy.claimDaysRemaining == -38 && levy.claimDeadlinePassed == true)
        let deadline = try #require(a.exemptionClaims.first { $0.action == .bankLevy }?.deadline)
        #expect(deadline.party == .debtor && deadline.date == day("2026-10-20") && deadline.countedFrom == day("2026-09-30"))
        #expect(deadline.citation.contains("703.520"))
    }

    @Test func californiaCollectorsAndTheRosenthalAct() throws {
        let fdcpa = try Self.analysis("ca-nonjudicial-bank-levy.yaml").fdcpa
        // Pinnacle (current creditor, not the original lender) has its own debt-buyer line though it made no contact.
        #expect(fdcpa.parties.map(\.role) == ["collector", "collection_attorney", "current_creditor"])
        #expect(fdcpa.parties.map(\.kind) == [.collectionAgency, .collectionLawFirm, .debtBuyer])
        #expect(fdcpa.parties[2].confidence == .secondary && fdcpa.parties[2].citation.contains("Henson"))
        // The Rosenthal line cites the Civil Code, not 15 U.S.C. 1692a(6).
        #expect(fdcpa.parties[0].stateLawCitation?.hasPrefix("Cal. Civ. Code § 1788.2(c); Cal. Civ. Code § 1788.17") == true)
        #expect(fdcpa.parties[1].stateLawCitation?.contains("1692a") == false)
        #expect(fdcpa.parties[0].stateLaw?.contains("Rosenthal Act covers") == true)
        #expect(fdcpa.parties[1].stateLaw?.contains("excludes attorneys") == true)
        #expect(fdcpa.collectorStatus.hasPrefix("Central Coast Account Solutions: "))
        // Received 2025-09-02 → estimated end 2025-10-02, 421 days before 2026-11-27.
        let w = fdcpa.validationWindow
        #expect(w.ends == day("2025-10-02") && w.daysRemaining == -421 && w.estimated && w.open == false)
    }

    @Test func californiaExemptionClaimNamesTheForms() throws {
        let claims = try Self.analysis("ca-nonjudicial-bank-levy.yaml").exemptionClaims
        #expect(claims.map(\.action) == [.bankLevy])
        #expect(claims[0].formNote == "Forms: Claim of Exemption (EJ-160), Financial Declaration (EJ-165).")
        #expect(claims[0].confidence == .statute)
    }

    // MARK: - New York: judicial sale, fair value, biweekly garnishment

    @Test func newYorkDeadlineRunsFromTheDeed() throws {
        let a = try Self.analysis("ny-judicial-wage-garnishment.yaml")
        #expect(a.deficiency?.citation == "N.Y. RPAPL § 1371")
        let deadline = try #require(a.deadlines.first)
        #expect(a.deadlines.count == 1)
        // Deed delivered 2025-06-09 + 90 days = 2025-09-07, 446 days before 2026-11-27.
        #expect(deadline.countedFrom == day("2025-06-09"))
        #expect(deadline.date == day("2025-09-07"))
        #expect(deadline.daysRemaining == -446 && deadline.passed == true && deadline.daysAgo == 446)
        #expect(deadline.party == .lender && deadline.confidence == .statute)
        #expect(deadline.description == "The lender must move for a deficiency judgment within 90 days after delivery of the deed")
        // The judgment (2025-09-15) is later than the deadline; the motion's filing date decides, which the case lacks.
        #expect(a.findings.contains { $0.id == "deadline.judgment_after_deadline" && $0.sentence.contains("2025-09-15") })
        #expect(!a.findings.contains { $0.id == "deficiency.judgment_despite_bar" })
    }

    @Test func newYorkBiweeklyWageLimit() throws {
        let a = try Self.analysis("ny-judicial-wage-garnishment.yaml")
        let g = try #require(a.garnishments.first)
        // Biweekly disposable 1,896.30: 25% = 474.075 → 474.07 (rounded down); 1,896.30 − 60 × 7.25
        // (435.00) = 1,461.30; the lesser is 474.07. CPLR 5231(b) also caps it at 10% of gross
        // (2,480.00 → 248.00), so 248.00; with New York's own minimum wage (Labor Law § 652: $16.00,
        // or $17.00 downstate) the floor prong is 1,896.30 − 960.00 = 936.30 (876.30), so 248.00
        // stands either way: not an upper bound. The amounts are equal; that is no verdict on the
        // garnishment, which is answered by motion (CPLR 5240).
        #expect(g.payPeriod == .biweekly)
        #expect(g.federalFloor == cents(43_500))
        #expect(g.federalLimit == cents(47_407))
        #expect(g.maxGarnishable == cents(24_800))
        #expect(g.stateLimit == cents(24_800) && !g.stateLimitIsUpperBound && g.stateConfidence == .secondary)
        #expect(g.withheld == cents(24_800) && g.overWithheld == nil)
        #expect(a.findings.first { $0.id == "garnishment.within_limit" }?.sentence.contains("does not make the garnishment lawful") == true)
        #expect(!a.findings.contains { $0.id == "garnishment.state_may_protect_more" })
        #expect(a.exemptionClaims.map(\.confidence) == [.secondary])
        #expect(a.missing.map(\.path) == ["validation_notice_received"])
        #expect(a.fdcpa.validationWindow.open == nil)
    }

    // MARK: - Texas: vehicle repossession

    @Test func texasVehicleUsesArticle9AndReportsTheValue() throws {
        let a = try Self.analysis("tx-vehicle-repossession.yaml")
        let d = try #require(a.deficiency)
        #expect(d.jurisdiction == nil)
        #expect(
            d.lines.map(\.label) == [
                "Unpaid principal", "Interest", "Repossession fee", "Storage (21 days)", "Auction fee",
                "Total owed", "Less sale price", "Deficiency",
            ])
        #expect(d.balanceClaimed == cents(921_467))
        #expect(a.findings.contains { $0.id == "deficiency.claimed_balance_differs" })
        // With the 11,975 value credited: 9,454.67 − 11,975 leaves a surplus of 2,520.33.
        let value = try #require(a.findings.first { $0.id == "vehicle.fair_market_value" })
        #expect(value.sentence.contains("surplus of $2,520.33") && value.confidence == .unknown)
        #expect(a.findings.filter { $0.topic == .vehicleDeficiency }.count == VehicleRepossessionRule.all.count + 1)
        #expect(a.findings.contains { $0.id == "deadline.not_catalogued" && $0.confidence == .unknown })
        #expect(a.garnishments.isEmpty && a.levies.isEmpty && a.exemptionClaims.isEmpty)
        #expect(a.fdcpa.validationWindow.daysRemaining == -40)
    }

    // MARK: - Edge cases

    static let address = Address(line1: "1 Main Street", city: "Columbus", state: .OH, zip: "43215")

    static func bare(debt: Debt? = nil, sale: Sale? = nil, actions: CollectionActions = CollectionActions()) -> CaseModel.Case {
        CaseModel.Case(id: "edge", debtor: Debtor(name: "Pat Example", address: address), debt: debt, sale: sale, actions: actions)
    }

    @Test func noSaleMeansNoDeficiencySection() {
        let a = CaseAnalyzer.analyze(Self.bare(debt: Debt(balanceClaimed: cents(500_000))), asOf: Self.asOf)
        #expect(a.deficiency == nil && a.deadlines.isEmpty)
        #expect(!a.findings.contains { $0.topic == .deficiency || $0.topic == .deadline })
        // Nobody to assess and no notice date: the FDCPA section says so instead of guessing.
        #expect(a.fdcpa.parties.isEmpty)
        #expect(a.findings.map(\.id) == ["fdcpa.debt_collector.unknown", "fdcpa.validation_window.unknown"])
        #expect(a.missing.map(\.path) == ["validation_notice_received"])
    }

    @Test func saleWithoutDebtSaysWhatIsMissing() throws {
        let sale = Sale(type: .judicial, date: day("2026-06-01"), price: cents(10_000_000))
        let a = CaseAnalyzer.analyze(Self.bare(sale: sale), asOf: Self.asOf)
        let d = try #require(a.deficiency)
        #expect(d.status == .unknown && d.total == nil && d.lines.isEmpty)
        #expect(d.missing == ["debt.property_state", "debt.loan_type", "debt.owner_occupied", "debt.principal", "debt.balance_claimed"])
        #expect(a.findings.map(\.id).prefix(2) == ["deficiency.rule_unknown", "deficiency.amount_unknown"])
        #expect(a.findings.filter { $0.topic == .deficiency }.allSatisfy { $0.confidence == .unknown })
    }

    @Test func surplusWhenTheSaleCoversTheDebt() throws {
        // Ohio judicial sale: 150,000 + 5,000 + 2,000 costs = 157,000 owed; 170,000 price → 13,000 surplus.
        let debt = Debt(
            loanType: .purchaseMoneyFirstMortgage, ownerOccupied: true, propertyState: .OH,
            principal: cents(15_000_000), interest: cents(500_000))
        let sale = Sale(
            type: .judicial, date: day("2026-06-01"), price: cents(17_000_000),
            costs: [CostItem(label: "Sheriff's costs", amount: cents(200_000))], confirmedOn: day("2026-07-01"))
        let a = CaseAnalyzer.analyze(Self.bare(debt: debt, sale: sale), asOf: Self.asOf)
        let d = try #require(a.deficiency)
        #expect(d.total == .zero && d.surplus == cents(1_300_000) && d.totalOwed == cents(15_700_000))
        #expect(d.lines.last == LineItem("Surplus (no deficiency)", cents(1_300_000)))
        #expect(a.findings.contains { $0.id == "deficiency.surplus" })
        // Ohio: 2 years after confirmation (2026-07-01) → 2028-07-01, 582 days after 2026-11-27.
        let deadline = try #require(a.deadlines.first)
        #expect(deadline.date == day("2028-07-01") && deadline.daysRemaining == 582)
    }

    @Test func missingDeedDateIsNamedNotGuessed() throws {
        let debt = Debt(loanType: .refinance, ownerOccupied: true, propertyState: .NY, principal: cents(20_000_000))
        let sale = Sale(type: .judicial, date: day("2026-10-01"), price: cents(18_000_000))
        let a = CaseAnalyzer.analyze(Self.bare(debt: debt, sale: sale), asOf: Self.asOf)
        let deadline = try #require(a.deadlines.first)
        #expect(deadline.date == nil && deadline.daysRemaining == nil && deadline.needs == "sale.deed_delivered_on")
        #expect(a.missing.map(\.path).contains("sale.deed_delivered_on"))
        // No fair market value in a fair-value state: the $200,000 − $180,000 example leaves $20,000 and says what would lower it.
        #expect(a.deficiency?.total == cents(2_000_000))
        #expect(a.findings.contains { $0.id == "deficiency.fair_value_needed" })
    }

    @Test func levyWithoutDepositsOrDateDoesNotClaimNothingWasDeposited() throws {
        let actions = CollectionActions(levies: [
            BankLevy(bank: "First Bank", balance: cents(120_000), frozenOn: day("2026-11-02")),
            BankLevy(bank: "Second Bank", balance: cents(50_000)),
        ])
        let a = CaseAnalyzer.analyze(Self.bare(actions: actions), asOf: Self.asOf)
        #expect(a.levies.map(\.protectedAmount) == [nil, nil])
        #expect(a.levies[0].lookbackStart == day("2026-09-01") && a.levies[0].lookbackEnd == day("2026-11-01"))
        #expect(!a.findings.contains { $0.id == "bank_levy.no_automatic_protection" })
        #expect(a.missing.prefix(2).map(\.path) == ["actions.levies[0].deposits", "actions.levies[1].frozen_on"])
        // Two levies: each sentence names its bank.
        #expect(a.findings.filter { $0.topic == .bankLevy }.allSatisfy { $0.sentence.hasPrefix("First Bank: ") || $0.sentence.hasPrefix("Second Bank: ") })
        // Ohio has no catalogued claim procedure: reported as unknown.
        #expect(a.exemptionClaims.map(\.confidence) == [.unknown] && a.levies[0].claimDeadline == nil)
    }

    @Test func overWithheldWagesInAStateThatBarsGarnishment() throws {
        let debtor = Debtor(name: "Pat Example", address: Address(line1: "1 Elm", city: "Austin", state: .TX, zip: "78701"))
        let g = Garnishment(
            employer: "Acme", payPeriod: .weekly, grossEarnings: cents(60_000), disposableEarnings: cents(50_000),
            amountWithheld: cents(5_000))
        let a = CaseAnalyzer.analyze(CaseModel.Case(id: "tx", debtor: debtor, actions: CollectionActions(garnishments: [g])), asOf: Self.asOf)
        let w = try #require(a.garnishments.first)
        // Federal: min(125, 500 − 217.50) = 125; Texas bars wage garnishment for consumer debt → 0.
        #expect(w.federalLimit == cents(12_500) && w.stateLimit == .zero && w.maxGarnishable == .zero)
        #expect(w.overWithheld == cents(5_000))
        #expect(w.stateRule.hasPrefix("Texas does not allow wage garnishment"))
    }

    @Test func dependantsAreFlaggedWhereTheStateCountsThem() {
        let debtor = Debtor(name: "Pat Example", address: Address(line1: "1 Elm", city: "Fargo", state: .ND, zip: "58102"), householdSize: 3)
        let g = Garnishment(
            employer: "Acme", payPeriod: .weekly, grossEarnings: cents(120_000), disposableEarnings: cents(100_000),
            amountWithheld: cents(20_000))
        let a = CaseAnalyzer.analyze(CaseModel.Case(id: "nd", debtor: debtor, actions: CollectionActions(garnishments: [g])), asOf: Self.asOf)
        #expect(a.findings.first { $0.id == "garnishment.dependants_not_counted" }?.sentence.contains("household has 3 people") == true)
    }

    @Test func analysisIsDeterministic() throws {
        let c = try Self.sample("ca-nonjudicial-bank-levy.yaml")
        #expect(CaseAnalyzer.analyze(c, asOf: Self.asOf) == CaseAnalyzer.analyze(c, asOf: Self.asOf))
        #expect(CaseAnalyzer.analyze(c, asOf: Self.asOf) != CaseAnalyzer.analyze(c, asOf: day("2026-11-28")))
    }
}
