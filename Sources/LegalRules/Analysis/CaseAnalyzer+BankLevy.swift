import CaseModel

extension CaseAnalyzer {
    /// 31 CFR Part 212 for one levy, from the bank's account review date (the freeze date when none is given).
    static func levy(
        _ levy: BankLevy, index: Int, label: String?,
        language: AnalysisLanguage
    ) -> Analysed<CaseAnalysis.Levy> {
        let path = "actions.levies[\(index)]"
        let citation = LookbackPeriod.citations.joinedText
        // The bank's account review date when the case gives it apart from the freeze (31 CFR 212.5).
        guard let review = levy.reviewedOn ?? levy.frozenOn else {
            let finding = Finding(
                id: "bank_levy.review_date_unknown", topic: .bankLevy,
                sentence: Phrase.reviewDateUnknown(bank: levy.bank, path: path).text(in: language),
                citations: LookbackPeriod.citations, confidence: .unknown)
            let section = CaseAnalysis.Levy(
                bank: levy.bank, accountLast4: levy.accountLast4, balance: levy.balance, frozenOn: nil, lookbackStart: nil,
                lookbackEnd: nil, benefitsInLookback: nil, protectedAmount: nil, summary: finding.sentence, otherExemptDeposits: [],
                citation: citation, confidence: .unknown, missing: ["\(path).frozen_on"])
            return Analysed(section: section, findings: [labelled(finding, label)], missing: section.missing)
        }
        let result = BankLevyCalculator.calculate(
            accountReview: review, balance: levy.balance, deposits: levy.deposits,
            language: language)
        var findings = result.findings
        var protected: Money? = result.protectedAmount
        var benefits: Money? = result.benefitDepositsInLookback
        var missing: [String] = []
        if levy.deposits.isEmpty {
            // With no deposits listed, "nothing was deposited" would be a guess; say what is missing instead.
            findings.removeAll { $0.id == "bank_levy.no_automatic_protection" }
            findings.append(
                Finding(
                    id: "bank_levy.deposits_unknown", topic: .bankLevy,
                    sentence: Phrase.depositsUnknown(bank: levy.bank, path: path, from: result.lookback.first, to: result.lookback.last).text(in: language),
                    citations: LookbackPeriod.citations, confidence: .unknown))
            protected = nil
            benefits = nil
            missing.append("\(path).deposits")
        }
        let summary = findings.first { $0.id != "bank_levy.lookback" && $0.id != "bank_levy.paper_benefits" } ?? findings[0]
        let others = result.possiblyExempt.map {
            CaseAnalysis.Levy.ExemptDeposit(
                source: $0.source, sourceLabel: Phrase.protection(.sourceName($0.source)).text(in: language),
                total: $0.total, explanation: language.rule($0.exemption.explanation),
                citation: $0.exemption.citations.joinedText, confidence: $0.exemption.confidence)
        }
        var section = CaseAnalysis.Levy(
            bank: levy.bank, accountLast4: levy.accountLast4, balance: levy.balance, frozenOn: review,
            lookbackStart: result.lookback.first, lookbackEnd: result.lookback.last, benefitsInLookback: benefits,
            protectedAmount: protected, summary: summary.sentence, otherExemptDeposits: others,
            citation: summary.citations.joinedText, confidence: summary.confidence, missing: missing)
        section.deposits = levy.deposits.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map {
            CaseAnalysis.Levy.ListedDeposit(
                date: $0.element.date, amount: $0.element.amount, source: $0.element.source,
                directDeposit: $0.element.directDeposit)
        }
        section.unprotectedBalance = protected.map { max(levy.balance - $0, .zero) }
        // The whole balance is protected: the freeze itself was wrong, and other exemptions need no claim.
        if let protected, levy.balance > .zero, protected == levy.balance {
            let sentence = Phrase.note(.fullyProtected).text(in: language)
            section.fullyProtected = true
            section.fullyProtectedSentence = sentence
            section.otherExemptDepositsMoot = !others.isEmpty
            let at = findings.firstIndex { $0.id == "bank_levy.protected_amount" }.map { $0 + 1 } ?? findings.endIndex
            findings.insert(
                Finding(
                    id: "bank_levy.fully_protected", topic: .bankLevy, sentence: sentence,
                    figures: [.money("Protected amount", protected), .money("Balance at review", levy.balance)],
                    citations: [Citation("31 C.F.R. Part 212")], confidence: .statute), at: at)
        }
        return Analysed(section: section, findings: findings.map { labelled($0, label) }, missing: missing)
    }
}
