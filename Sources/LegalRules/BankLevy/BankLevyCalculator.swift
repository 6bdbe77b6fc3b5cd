import CaseModel

/// Applies 31 CFR Part 212 to an account: the automatically protected amount and the claims to make.
public enum BankLevyCalculator {
    /// The protected amount is the lesser of the covered benefits directly deposited during the
    /// lookback period and the balance on the review date (31 CFR 212.3, 212.6; Appendix C).
    ///
    /// - Parameter orderCarriesFederalBenefitsNotice: true for an order from the United States or a
    ///   state child-support agency with a "Notice of Right to Garnish Federal Benefits" (212.4),
    ///   which the automatic protection does not cover.
    public static func calculate(
        accountReview: CalendarDate, balance: Money, deposits: [Deposit],
        orderCarriesFederalBenefitsNotice: Bool = false,
        language: AnalysisLanguage = .english
    ) -> BankLevyResult {
        let lookback = LookbackPeriod(accountReview: accountReview)
        let covered = deposits.filter {
            DepositExemption.exemption(for: $0.source).automaticallyProtected && $0.directDeposit && lookback.contains($0.date)
        }
        let benefits = covered.reduce(Money.zero) { $0 + $1.amount }
        let positiveBalance = max(balance, .zero)
        let protected = orderCarriesFederalBenefitsNotice ? .zero : min(benefits, positiveBalance)
        let citations =
            LookbackPeriod.citations + [
                Citation("76 Fed. Reg. 9939 (Feb. 23, 2011)", url: "https://www.govinfo.gov/content/pkg/FR-2011-02-23/html/2011-3782.htm"),
                Citation("31 CFR § 212.5", url: "https://codes.findlaw.com/cfr/title-31-money-and-finance-treasury/cfr-sect-31-212-5/"),
            ]
        var findings = [
            Finding(
                id: "bank_levy.lookback", topic: .bankLevy,
                sentence: Phrase.lookback(review: accountReview, from: lookback.first, to: lookback.last).text(in: language),
                figures: [.date("Account review", accountReview), .date("Lookback from", lookback.first), .date("Lookback to", lookback.last)],
                citations: LookbackPeriod.citations, confidence: .statute)
        ]
        if orderCarriesFederalBenefitsNotice {
            findings.append(
                Finding(
                    id: "bank_levy.not_protected_212_4", topic: .bankLevy,
                    sentence: Phrase.notProtected212_4.text(in: language),
                    citations: [Citation("31 CFR §§ 212.4, 212.10", url: "https://self-law.org/code/us/cfr/t31/s%C2%A7%20212.10")], confidence: .statute))
        } else if benefits > .zero {
            findings.append(
                Finding(
                    id: "bank_levy.protected_amount", topic: .bankLevy,
                    sentence: Phrase.protectedAmount(protected: protected, benefits: benefits, balance: positiveBalance).text(in: language),
                    figures: [
                        .money("Benefits deposited in lookback", benefits), .money("Balance at review", positiveBalance), .money("Protected amount", protected),
                    ],
                    citations: citations, confidence: .statute))
        } else {
            findings.append(
                Finding(
                    id: "bank_levy.no_automatic_protection", topic: .bankLevy,
                    sentence: Phrase.noAutomaticProtection.text(in: language),
                    citations: citations, confidence: .statute))
        }
        let paper = deposits.filter { DepositExemption.exemption(for: $0.source).automaticallyProtected && !$0.directDeposit }
        if !paper.isEmpty {
            findings.append(
                Finding(
                    id: "bank_levy.paper_benefits", topic: .bankLevy,
                    sentence: Phrase.paperBenefits.text(in: language),
                    figures: [.money("Benefits not directly deposited", paper.reduce(Money.zero) { $0 + $1.amount })],
                    citations: [
                        Citation(
                            "CFPB, Can a debt collector garnish my federal benefits?",
                            url: "https://www.consumerfinance.gov/ask-cfpb/can-a-debt-collector-garnish-my-federal-benefits-en-1441/")
                    ],
                    confidence: .statute))
        }

        var possible: [BankLevyResult.PossiblyExempt] = []
        for source in IncomeSource.allCases {
            let fromSource = deposits.filter { $0.source == source && !covered.contains($0) }
            guard !fromSource.isEmpty else { continue }
            let exemption = DepositExemption.exemption(for: source)
            let total = fromSource.reduce(Money.zero) { $0 + $1.amount }
            possible.append(.init(source: source, total: total, exemption: exemption))
            findings.append(
                Finding(
                    id: "bank_levy.possibly_exempt.\(source.rawValue)", topic: .bankLevy,
                    sentence: Phrase.possiblyExempt(total: total, source: source, explanation: exemption.explanation).text(in: language),
                    figures: [.money("Total", total)], citations: exemption.citations, confidence: exemption.confidence))
        }
        return BankLevyResult(
            lookback: lookback, benefitDepositsInLookback: benefits, balance: balance,
            protectedAmount: protected, possiblyExempt: possible, findings: findings)
    }
}
