import CaseModel

// What each state protects in a bank account beyond 31 CFR Part 212. Values only, one entry per
// jurisdiction by USPS code: the first survey's states here, issue 13's in `+Issue13.swift`.

extension BankAccountExemptionRule {
    /// Every jurisdiction's rule, sorted by USPS code.
    public static let all: [BankAccountExemptionRule] = (firstSurvey + issue13Survey).sorted { $0.jurisdiction < $1.jurisdiction }

    /// The states researched before issue 13 (the largest states first).
    static let firstSurvey: [BankAccountExemptionRule] = [
        .init(
            .AZ,
            .stricterThanFederal,
            claimable: "Up to $5,000 in bank accounts since Proposition 209 (2022), by a secondary report.",
            citations: [
                Citation("A.R.S. § 33-1126 (as amended by Proposition 209; section number unconfirmed)"),
                Citation(
                    "Accounts Recovery, Prop 209 ballot report",
                    url:
                        "https://www.accountsrecovery.net/2022/08/25/ariz-supreme-court-rejects-industry-arguments-attempting-to-keep-garnishment-question-off-ballot/"
                ),
            ],
            confidence: .secondary,
            notes: ["The $5,000 figure was reported before the vote; the enacted text was not read."]),
        .init(
            .CA,
            .stricterThanFederal,
            automatic:
                "Money in a deposit account up to the minimum basic standard of adequate care for a family of four (Region 1), adjusted yearly, is exempt without a claim; directly deposited Social Security and public benefits have their own automatic amounts.",
            claimable: "Money not otherwise exempt, to the extent necessary for the support of the debtor, spouse and dependants.",
            citations: [
                Citation("Cal. Civ. Proc. Code § 704.220", url: "https://self-law.org/code/ca/code-of-civil-procedure/704-220"),
                Citation("Cal. Civ. Proc. Code § 704.225", url: "https://instalawyer.io/laws/california-code/section-704225"),
                Citation("Cal. Civ. Proc. Code § 704.080", url: "https://lexace.ai/us/statute/california/ccp-704.080"),
            ],
            confidence: .statute,
            notes: ["The current dollar figure of § 704.220 is set each year by the Department of Social Services and is not in this catalogue."]),
        .init(
            .CO,
            .stricterThanFederal,
            claimable: "An exemption for money in depository accounts, recreated by SB22-086 (2022); the amount was not confirmed.",
            citations: [
                Citation(
                    "C.R.S. § 13-54-102",
                    url:
                        "https://print.casetext.com/statute/colorado-revised-statutes/title-13-courts-and-court-procedure/judgments-and-executions/article-54-property-and-earnings-exempt/section-13-54-102-property-exempt-definitions"
                ), Citation("SB22-086 (signed April 7, 2022)", url: "https://leg.colorado.gov/bills/sb22-086"),
            ],
            confidence: .secondary),
        .init(
            .FL,
            .stricterThanFederal,
            claimable: "A head of family's exempt earnings stay exempt for 6 months after deposit when traceable.",
            wildcard: "$1,000 of personal property, or $4,000 if no homestead exemption is claimed.",
            citations: [
                Citation("Fla. Stat. §§ 222.11, 222.25(4)"), Citation("Fla. Const. art. X § 4"),
                Citation("LegalClarity, Florida claim of exemption", url: "https://legalclarity.org/how-to-file-the-florida-claim-of-exemption-form"),
            ],
            confidence: .secondary,
            notes: ["The 6-month tracing rule and the $4,000 figure were read only in a secondary summary."]),
        .init(
            .GA,
            .stricterThanFederal,
            claimable:
                "A constitutional exemption of $5,000 of real or personal property (more for a primary residence), set apart by petition to the probate judge.",
            citations: [
                Citation("O.C.G.A. § 44-13-1", url: "https://law.onecle.com/georgia/title-44/44-13-1.html"),
                Citation("LawyerNext, Exemptions in Georgia", url: "https://lawyernext.com/Articles/Article.aspx?apid=19"),
            ],
            confidence: .secondary,
            notes: ["A secondary source says the larger § 44-13-100 exemptions apply only in bankruptcy; not confirmed."]),
        .init(
            .IL,
            .stricterThanFederal,
            wildcard: "$4,000 of the debtor's equity in any other property, usable for money in a bank account.",
            citations: [Citation("735 ILCS 5/12-1001(b)", url: "https://ilga.gov/ftp/ILCS/Ch%200735/Act%200005/073500050K12-1001.html")],
            confidence: .statute,
            notes: ["A 2021 bill (HB2771) proposed $50,000; not confirmed as enacted."]),
        .init(
            .MA,
            .stricterThanFederal,
            automatic:
                "$2,500 of a natural person's money in a bank account is exempt from trustee process; the bank answers only for the excess (each joint holder who is a natural person has an exemption).",
            citations: [
                Citation("M.G.L. c. 246 § 28A", url: "https://malegislature.gov/Laws/GeneralLaws/PartIII/TitleIV/Chapter246/Section28A"),
                Citation("Commonwealth Caregivers v. McCarthy, 2017 Mass. App. Div. 21", url: "http://masscases.com/cases/distapp/2017/2017massappdiv21.html"),
            ],
            confidence: .statute),
        .init(
            .MD,
            .stricterThanFederal,
            claimable: "$6,000 of cash or any property, if the debtor elects it within 30 days of the attachment or levy.",
            citations: [
                Citation(
                    "Md. Cts. & Jud. Proc. § 11-504(b)(5)",
                    url: "https://law.justia.com/codes/maryland/2019/courts-and-judicial-proceedings/title-11/subtitle-5/sect-11-504/")
            ],
            confidence: .statute,
            notes: ["2022-2023 bills (HB322, HB42) would exempt an account amount automatically; enactment not confirmed."]),
        .init(
            .MO,
            .stricterThanFederal,
            claimable: "A head of family may claim $600 of any property, and listed benefit deposits, on the official claim form.",
            citations: [
                Citation(
                    "Missouri form CV96, Judgment Debtor's Claim for Exemption (copy)",
                    url: "https://vdocuments.site/date-file-stamp-judgment-debtoras-claim-for-96-judgment-debtors-cl-judgment.html"),
                Citation("RSMo § 513.430"),
            ],
            confidence: .secondary),
        .init(
            .MT,
            .stricterThanFederal,
            claimable: "Exempt earnings stay exempt for 45 days after receipt while traceable.",
            citations: [Citation("MCA § 25-13-610(2)", url: "http://statutes.laws-info.com/montana/25/25_13/25_13_6/25-13-610")],
            confidence: .secondary),
        .init(
            .NC,
            .stricterThanFederal,
            claimable: "Earnings for personal services in the last 60 days when needed for the family's support, even if held in a bank account.",
            wildcard: "Up to $5,000 of any property, less the home equity claimed (by a secondary summary).",
            citations: [
                Citation("N.C.G.S. §§ 1C-1601, 1-362"),
                Citation(
                    "J.C. White Law, Notice of Rights in North Carolina",
                    url: "https://jcwhitelaw.com/notice-of-rights-to-have-exemptions-designated-in-north-carolina/"),
            ],
            confidence: .secondary,
            notes: ["Exemptions are waived unless claimed with the Motion to Claim Exempt Property within 20 days."]),
        .init(
            .NJ,
            .stricterThanFederal,
            wildcard: "$1,000 in all of cash and personal property (the official Notice to Debtor lists it), claimed in writing.",
            citations: [
                Citation("N.J.S.A. 2A:17-19"),
                Citation(
                    "N.J. Court Rules Appendix VI, Notice to Debtor (copy)",
                    url: "http://www.docstoc.com/docs/51985104/APPENDIX-VI-NOTICE-TO-DEBTOR-(Rules-459-1(g)-and-67-1(b))"),
            ],
            confidence: .secondary),
        .init(
            .NM,
            .stricterThanFederal,
            claimable: "Exempt wages stay exempt in a bank account when traceable.",
            citations: [
                Citation(
                    "NMSA § 35-12-7",
                    url:
                        "https://casetext.com/statute/new-mexico-statutes-1978/chapter-35-magistrate-and-municipal-courts/article-12-magistrate-court-garnishment/35-12-7-garnishment-exemptions-1979"
                )
            ],
            confidence: .statute),
        .init(
            .NV,
            .stricterThanFederal,
            automatic:
                "If exempt federal money was deposited electronically in the 45 days before the writ, $2,000 (or the whole balance if less) must stay accessible.",
            claimable: "Other exempt money, on a claim of exemption (NRS 21.112).",
            citations: [
                Citation("NRS 21.105", url: "https://lawserver.com/?p=30019016"), Citation("NRS 21.107", url: "https://nevada.public.law/statutes/nrs_21.107"),
            ],
            confidence: .statute,
            notes: ["A 2025 bill (SB142) would revise the amount; not confirmed."]),
        .init(
            .NY,
            .stricterThanFederal,
            automatic:
                "A bank may not restrain an amount tied to the minimum wage and indexed every three years (a 2017 appellate decision discussed $1,740); the current figure is not confirmed.",
            claimable:
                "90% of income earned in the last 60 days, and listed benefits (Social Security, public assistance, unemployment, pensions, child support and others), on the Exemption Claim Form.",
            citations: [
                Citation("N.Y. CPLR 5222(i)"), Citation("N.Y. CPLR 5205(l)"),
                // 90% of earnings: the paragraph's words are quoted in Halper v. Halper (1st Dep't 1978).
                Citation("N.Y. CPLR 5205(d)(2)", url: "https://nysenate.gov/legislation/laws/CVP/5205"),
                Citation("N.Y. Exemption Notice", url: "https://forms.justia.com/new-york/general/exemption-notice-to-judgment-debtor-and-50503.html"),
                Citation(
                    "New York Appellate Digest on the EIPA exemption (2017)",
                    url:
                        "https://www.newyorkappellatedigest.com/2017/04/12/not-clear-whether-1740-exemption-from-a-judgment-creditors-restraint-of-funds-held-by-a-bank-applies-to-all-accounts-in-the-aggregate-or-to-each-account-banks-motion-to-dismiss-the-complai/"
                ),
            ],
            confidence: .secondary,
            notes: ["CPLR 5222(i) text was not read; do not print a dollar figure."]),
        .init(
            .OH,
            .stricterThanFederal,
            claimable: "Cash, money due within 90 days and bank deposits up to a small indexed amount (about $450-$475 in older summaries).",
            wildcard: "A general exemption of about $1,225 of any property (older summary figure).",
            citations: [
                Citation("Ohio Rev. Code § 2329.66(A)(3), (A)(18)"),
                Citation(
                    "Community Legal Aid, Exempt Property Under Ohio Law",
                    url: "http://www.communitylegalaid.org/library/consumer/468-exempt-property-under-ohio-law"),
            ],
            confidence: .secondary,
            notes: ["Ohio indexes these amounts every three years; current figures not confirmed."]),
        .init(
            .OR,
            .stricterThanFederal,
            automatic:
                "Direct deposits of retirement, Social Security, public assistance, unemployment, veterans' and workers' compensation payments in the lookback period are not garnishable (a state version of Part 212); from 2025 a base protected balance is added.",
            claimable: "Exempt funds (wages, retirement, benefits) stay exempt when deposited if reasonably identifiable, up to $7,500.",
            citations: [
                Citation("ORS 18.348", url: "https://www.oregonlaws.org/ors/18.348"),
                Citation("ORS 18.784", url: "https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_18-784"),
                Citation(
                    "ORS 18.785 (operative 2025)",
                    url:
                        "http://print.casetext.com/statute/oregon-revised-statutes/title-2-procedure-in-civil-proceedings/chapter-18-judgments/writs-of-garnishment/financial-institution-as-garnishee/section-18785-operative-112025-duties-of-financial-institution-notice-to-account-holder"
                ),
            ],
            confidence: .statute,
            notes: ["The 2025 base protected amount was not read."]),
        .init(
            .PA,
            .stricterThanFederal,
            wildcard: "$300 of any property, money and bank deposits included, claimed with the sheriff (not for support judgments).",
            citations: [
                Citation(
                    "42 Pa.C.S. § 8123", url: "https://instalawyer.io/laws/pennsylvania-consolidated-unconsolidated-statutes/section-8123-general-monetary"),
                Citation(
                    "Pa.R.C.P. 3123.1 and note",
                    url: "https://pacodeandbulletin.gov/Display/pacode?d=reduce&file=%2Fsecure%2Fpacode%2Fdata%2F231%2Fchapter3000%2Fs3123.1.html"),
            ],
            confidence: .statute),
        .init(
            .SC,
            .stricterThanFederal,
            claimable: "A secondary source says $5,000 is exempt from an account levy.",
            citations: [Citation("Bills.com, South Carolina collection laws", url: "https://www.bills.com/debt/south-carolina-collection-laws/")],
            confidence: .secondary,
            notes: ["The statute behind the $5,000 was not identified."]),
        .init(
            .TN,
            .stricterThanFederal,
            wildcard: "Personal property of the debtor's choosing up to $10,000 in aggregate equity, usable for bank funds.",
            citations: [
                Citation(
                    "Tenn. Code § 26-2-103",
                    url:
                        "https://law.uslawyerdatabase.com/category/us-law/2021-tennessee-code/title-26-execution/chapter-2-exemptions-garnishment/part-1-exemptions/page/2"
                )
            ],
            confidence: .statute),
        .init(
            .TX,
            .noneFound,
            claimable:
                "Current wages are exempt, but once deposited they may not be: a court of appeals reversed an order treating deposited pay as exempt current wages.",
            citations: [
                Citation(
                    "American Express Travel Related Services v. Harris, 831 S.W.2d 531 (Tex. App. 1992)",
                    url: "https://app.midpage.ai/document/american-express-travel-related-services-v-harris-5081207"), Citation("Tex. Prop. Code § 42.001"),
            ],
            confidence: .secondary,
            notes: ["No general cash or bank-account exemption was found; benefit-source exemptions still apply."]),
        .init(
            .VA,
            .stricterThanFederal,
            wildcard:
                "A householder may hold exempt $5,000 of property of their choosing, money included ($10,000 if 65 or older), plus $500 for each dependant.",
            citations: [
                Citation("Va. Code § 34-4", url: "https://www.elfaonline.org/advocacy/state-issues/state-law-compendium/virginia/homestead-exemptions")
            ],
            confidence: .statute,
            notes: ["Claimed on the Request for Hearing – Garnishment/Lien Exemption Claim (Va. Code § 8.01-512.4)."]),
        .init(
            .WA,
            .stricterThanFederal,
            claimable:
                "A bank-account amount for consumer-debt garnishments (larger for private student loans), raised by a 2025 act and indexed; the current figures are not confirmed.",
            citations: [
                Citation("RCW 6.15.010(1)(d)(iii)"),
                Citation(
                    "FastDemocracy summary of the 2025 act",
                    url: "https://fastdemocracy.com/bill-summary/?billsummary_id=WAB00023341&billsummary_session=2025-2026&billsummary_state=wa"),
            ],
            confidence: .secondary,
            notes: ["Summaries of the 2025 act give different dollar amounts."]),
        .init(
            .WI,
            .stricterThanFederal,
            claimable: "Depository accounts used for personal purposes, up to $5,000 in all.",
            citations: [
                Citation("Wis. Stat. § 815.18(3)(k)"),
                Citation(
                    "Avvo guide by a Wisconsin attorney",
                    url: "https://www.avvo.com/legal-guides/ugc/are-funds-in-my-bank-account-depository-account-exempt-from-garnishment-and-execution-in-wi-1"),
            ],
            confidence: .secondary,
            notes: ["Older summaries give $1,000; the statute text was not read."]),
        .init(
            .WY,
            .stricterThanFederal,
            claimable: "Exempt earnings stay exempt in a bank account when deposited near the writ.",
            citations: [
                Citation(
                    "Wyo. Stat. § 1-15-408",
                    url:
                        "https://e.casetext.com/statute/wyoming-statutes/title-40-trade-and-commerce/chapter-14-wyoming-uniform-consumer-credit-code/article-5-remedies-and-penalties/section-40-14-505-limitation-on-garnishment"
                )
            ],
            confidence: .statute),
    ]
}
