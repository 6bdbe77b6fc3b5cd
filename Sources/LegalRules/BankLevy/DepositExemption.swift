import CaseModel

/// What protects deposits from one income source, as data with citations.
public struct DepositExemption: Sendable, Hashable, Codable, Identifiable {
    /// The income source.
    public let source: IncomeSource
    /// Whether 31 CFR Part 212 protects it automatically when directly deposited.
    public let automaticallyProtected: Bool
    /// The protection in one plain sentence.
    public let explanation: String
    /// Where it comes from.
    public let citations: [Citation]
    /// How well it was checked.
    public let confidence: Confidence

    /// The income source.
    public var id: IncomeSource { source }

    /// Creates an entry.
    public init(
        _ source: IncomeSource, automaticallyProtected: Bool, explanation: String,
        citations: [Citation], confidence: Confidence
    ) {
        self.source = source
        self.automaticallyProtected = automaticallyProtected
        self.explanation = explanation
        self.citations = citations
        self.confidence = confidence
    }

    private static let cfpb = Citation(
        "CFPB, Can a debt collector garnish my federal benefits?",
        url: "https://www.consumerfinance.gov/ask-cfpb/can-a-debt-collector-garnish-my-federal-benefits-en-1441/")
    private static let part212 = Citation(
        "31 CFR § 212.2(b)", url: "https://www.bankersonline.com/forum/ubbthreads.php/topics/2225140/garnishment-rule-and-pers")
    private static let nyNotice = Citation(
        "N.Y. CPLR 5222-a; Exemption Notice", url: "https://forms.justia.com/new-york/general/exemption-notice-to-judgment-debtor-and-50503.html")

    /// One entry per income source.
    public static let all: [DepositExemption] = [
        DepositExemption(
            .socialSecurity, automaticallyProtected: true,
            explanation: "Social Security benefits are exempt from creditors' garnishment, and two months of direct deposits are protected automatically.",
            citations: [Citation("42 U.S.C. § 407"), part212, cfpb], confidence: .statute),
        DepositExemption(
            .ssi, automaticallyProtected: true,
            explanation: "SSI is exempt from creditors' garnishment, and two months of direct deposits are protected automatically.",
            citations: [Citation("42 U.S.C. § 1383(d)(1)"), part212, cfpb], confidence: .statute),
        DepositExemption(
            .va, automaticallyProtected: true,
            explanation: "Veterans' benefits are exempt from creditors' garnishment, and two months of direct deposits are protected automatically.",
            citations: [Citation("38 U.S.C. § 5301(a)"), part212, cfpb], confidence: .statute),
        DepositExemption(
            .railroadRetirement, automaticallyProtected: true,
            explanation: "Railroad Retirement Board benefits are exempt, and two months of direct deposits are protected automatically.",
            citations: [Citation("45 U.S.C. §§ 231m(a), 352(e)"), part212, cfpb], confidence: .statute),
        DepositExemption(
            .federalPension, automaticallyProtected: true,
            explanation:
                "Federal civil-service retirement and disability benefits paid by OPM are exempt, and two months of direct deposits are protected automatically; a federal pension paid by another agency is not in Part 212's list but may still be exempt (CFPB lists military annuities).",
            citations: [Citation("5 U.S.C. §§ 8346, 8470"), part212, cfpb], confidence: .statute),
        DepositExemption(
            .statePension, automaticallyProtected: false,
            explanation: "State-paid benefits are not covered by Part 212; any exemption comes from state law and must be claimed.",
            citations: [part212, nyNotice], confidence: .secondary),
        DepositExemption(
            .privatePension, automaticallyProtected: false,
            explanation:
                "Benefits inside an ERISA plan cannot be assigned or alienated, but whether that protection survives once money is paid into a bank account is not confirmed; state exemptions must be claimed.",
            citations: [
                Citation("29 U.S.C. § 1056(d)(1)", url: "https://nemolegal.com/okf/authorities/federal/29-usc-1056-erisa-anti-alienation.md"),
                Citation("Guidry v. Sheet Metal Workers, 493 U.S. 365 (1990)", url: "https://supreme.justia.com/cases/federal/us/493/365"),
            ],
            confidence: .unknown),
        DepositExemption(
            .unemployment, automaticallyProtected: false,
            explanation: "Unemployment insurance is a state benefit outside Part 212; some states (New York's exemption notice lists it) exempt it on a claim.",
            citations: [part212, nyNotice], confidence: .secondary),
        DepositExemption(
            .childSupport, automaticallyProtected: false,
            explanation: "Child support received is outside Part 212; some states (New York's exemption notice lists it) exempt it on a claim.",
            citations: [nyNotice], confidence: .secondary),
        DepositExemption(
            .publicAssistance, automaticallyProtected: false,
            explanation: "Public assistance is outside Part 212; some states (New York's exemption notice lists it) exempt it on a claim.",
            citations: [nyNotice], confidence: .secondary),
        DepositExemption(
            .wages, automaticallyProtected: false,
            explanation:
                "Deposited wages are not protected by Part 212; some states protect recent or traceable wages (New York: 90% of income earned in the last 60 days; Montana, New Mexico and Wyoming: traceable exempt earnings).",
            citations: [nyNotice, Citation("MCA § 25-13-610(2)"), Citation("NMSA § 35-12-7"), Citation("Wyo. Stat. § 1-15-408")], confidence: .secondary),
        DepositExemption(
            .other, automaticallyProtected: false,
            explanation: "No exemption is known for this source; state law may give a general exemption that must be claimed.",
            citations: [part212], confidence: .unknown),
    ]

    /// The entry for an income source.
    public static func exemption(for source: IncomeSource) -> DepositExemption {
        bySource[source]!
    }

    // Built once: asked for every deposit and income item of every record.
    private static let bySource = Dictionary(all.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
}
