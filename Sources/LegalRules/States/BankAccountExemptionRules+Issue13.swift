import CaseModel

// The states whose bank-account protection was still unknown before issue 13, each from the searches
// that docs/legal-rules.md records per state. An amount read only in a secondary source, or whose
// application to bank deposits was not read, grades the entry `.secondary`.

extension BankAccountExemptionRule {
    private static let searchLog = "docs/legal-rules.md, \"Bank accounts: what was searched, per state\""

    /// Issue 13's bank-account survey, one entry per state, sorted by USPS code.
    static let issue13Survey: [BankAccountExemptionRule] = [
        .init(
            .AK, .stricterThanFederal,
            claimable:
                "A debtor who is not paid weekly, semi-monthly or monthly may claim cash and other liquid assets, deposits included, up to a monthly dollar limit; the current limit was not confirmed.",
            citations: [
                Citation("AS 09.38.030(b)", url: "https://www.akleg.gov/basis/Bill/Text/18?Hsid=SB0158B"),
                Citation("Alaska Exemptions Act, AS 09.38 (section list)", url: "https://policyrisk.com/states/alaska/statutes?chapter=38&title=09"),
            ],
            confidence: .secondary,
            notes: [
                "AS 09.38.030(b) was read only as quoted in a 1993 bill (CSSB 158), which showed $1,400 in force and proposed $1,000; the current amount, and whether a wage earner's deposited earnings stay exempt, were not read."
            ]),
        .init(
            .AL, .stricterThanFederal,
            wildcard:
                "Personal property of the debtor's choosing, wages excepted, up to the amount in § 6-10-6; Alabama legal aid gives $7,750 (for debts incurred after June 11, 2015) and counts bank accounts in it.",
            citations: [
                Citation("Ala. Code § 6-10-6", url: "https://law.onecle.com/alabama/title-6/chapter-10/index.html"),
                Citation(
                    "Legal Services Alabama, Alabama Debtor Exemption Laws", url: "https://www.alabamalegalhelp.org/resource/alabama-debtor-exemption-laws"),
            ],
            confidence: .secondary,
            notes: [
                "Copies of § 6-10-6 disagree on the amount (an older copy says $3,000); the current text was not read, so the $7,750 figure rests on legal aid."
            ]),
        .init(
            .AR, .stricterThanFederal,
            wildcard:
                "Personal property of the debtor's choosing up to $500 for a married person or head of a family, or $200 otherwise, against debts by contract.",
            citations: [
                Citation("Ark. Const. art. 9, §§ 1-2", url: "https://www.legalconsumer.com/bankruptcy/bankruptcy-citation.php?CitationID=487&ST=AR"),
                Citation("Ark. Code § 16-66-218(b)(1)-(2)", url: "https://instalawyer.io/laws/arkansas-code/16-66-218-exemptions-from-execution"),
            ],
            confidence: .secondary,
            notes: [
                "The constitution speaks of \"specific articles to be selected\"; that money in a bank account can be selected was read only in secondary summaries calling it a wild card."
            ]),
        .init(
            .CT, .noneFound,
            citations: [
                Citation("Conn. Gen. Stat. § 52-352b", url: "https://instalawyer.io/laws/connecticut-general-statutes/section-52-352b-exempt-property"),
                Citation(
                    "Conn. Gen. Stat. § 52-367b (annotations: Cadle Co. v. Fletcher, 324 Conn. 228)",
                    url:
                        "http://print.casetext.com/statute/general-statutes-of-connecticut/title-52-civil-actions/chapter-906-postjudgment-procedures/section-52-367b-execution-against-debts-due-from-financial-institution-natural-person-as-judgment-debtor"
                ),
                Citation(
                    "Exemption Claim Form JD-CV-24A (copy)",
                    url: "https://forms.justia.com/connecticut/statewide/civil/exemption-claim-form-financial-institution-31124.html"),
            ],
            confidence: .secondary,
            notes: [
                "No general amount was confirmed: § 52-352b was read only through (17), so its later general item is not used. Wages paid into an account are not exempt as wages (324 Conn. 228, by the annotation). The bank's form reports \"readily identifiable exempt funds not removed\"; benefit-source exemptions still apply."
            ]),
        .init(
            .DC, .stricterThanFederal,
            wildcard:
                "The debtor's interest in any property up to $850, plus up to $8,075 of the unused residence exemption, for a head of a family or householder.",
            citations: [Citation("D.C. Code § 15-501(a)(3)", url: "https://code.dccouncil.gov/us/dc/council/code/titles/15/chapters/5/index.full.html")],
            confidence: .statute,
            notes: [
                "§ 15-501(a) covers a head of a family or householder living or earning most of a living in the District; whether a person living alone qualifies was not checked."
            ]),
        .init(
            .DE, .stricterThanFederal,
            wildcard: "A head of a family may select other personal property up to $500, beyond the listed articles.",
            citations: [Citation("10 Del. C. § 4903", url: "https://lawserver.com/law/state/delaware/de-code/delaware_code_title_10_4903")],
            confidence: .statute,
            notes: ["The larger amounts of 10 Del. C. § 4914 apply only in a bankruptcy or state insolvency proceeding, not to a levy."]),
        .init(
            .HI, .unknown, citations: [Citation("no state rule confirmed (see \(searchLog))")], confidence: .unknown,
            notes: [
                "Searched: HRS 651-121 and Hawaii garnishment exemptions; only benefit-source and wage rules came back, no bank-account amount or tracing rule (\(searchLog))."
            ]),
        .init(
            .IA, .unknown, citations: [Citation("no state rule confirmed (see \(searchLog))")], confidence: .unknown,
            notes: [
                "Searched: Iowa Code § 627.6; secondary summaries disagree on a $1,000 wages-and-tax-refunds item and a cash item (subsections (9), (10), (13)), and the statute was read only to subsection 6 (\(searchLog))."
            ]),
        .init(
            .ID, .stricterThanFederal,
            claimable:
                "Exempt wages stay exempt when deposited, up to an accumulation of $7,500; exempt benefits (Social Security, public assistance, unemployment, pensions, workers' compensation) stay exempt without limit, and support-type funds stay exempt; commingling does not defeat the exemption, and first-in, first-out tracing is used.",
            citations: [Citation("Idaho Code § 11-713", url: "https://legislature.idaho.gov/statutesrules/idstat/Title11/T11CH7/SECT11-713")],
            confidence: .statute),
        .init(
            .IN, .stricterThanFederal,
            claimable:
                "Intangible personal property, deposit accounts and cash included, up to an amount the statute set at $300 and the Department of Financial Institutions adjusts by rule; the current figure was not confirmed.",
            citations: [
                Citation("IC 34-55-10-2(c)(3)", url: "https://www.legalfix.com/statutes/state-codes/indiana/title-34/article-55/chapter-10/section-34-55-10-2"),
                Citation(
                    "Bymaster Bankruptcy, Indiana intangible exemption",
                    url: "http://www.bymasterbankruptcy.com/indiana-bankruptcy-cash-exemption-how-to-understand-the-intangible-exemption/"),
            ],
            confidence: .secondary,
            notes: ["Secondary sources disagree on the adjusted figure ($350, $400); only the statute's $300 base was read."]),
        .init(
            .KS, .noneFound,
            citations: [
                Citation("K.S.A. 60-2304", url: "http://www.bankruptcyhq.com/bankruptcy-state-bankruptcy-laws/bankruptcy-kansas-state-bankruptcy-exemptions"),
                Citation("K.S.A. ch. 60, art. 23 (section list)", url: "http://www.kscoplaw.com/KSAs/Ch60Art23.htm"),
            ],
            confidence: .secondary,
            notes: [
                "The exemption article (60-2301 to 60-2315, titles read) and § 60-2304's list name no cash, deposit or general exemption; no rule keeping wages exempt after deposit was found. Benefit-source exemptions still apply."
            ]),
        .init(
            .KY, .noneFound,
            citations: [
                Citation("KRS 427.160", url: "https://www.lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_427-160"),
                Citation("KRS 427.010(1)", url: "https://www.lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_427-010"),
            ],
            confidence: .secondary,
            notes: [
                "KRS 427.160's $1,000 general exemption applies \"solely\" in a federal bankruptcy case, so it does not protect an account from a levy; § 427.010(1) lists no cash or deposits. Brown v. Commonwealth, 40 S.W.3d 873 (Ky. App. 1999), on wages in checking accounts, was not read past its introduction."
            ]),
        .init(
            .LA, .noneFound,
            citations: [
                Citation("La. R.S. 13:3881", url: "https://louisianacreditlaw.com/?p=23"),
                Citation("CCH summary, Louisiana asset protection laws", url: "http://dchcpas.com/content/bot/louisiana-asset-protection-laws.html"),
            ],
            confidence: .secondary,
            notes: [
                "Only § 13:3881(A)(1) (wages) was read; secondary summaries list no cash, deposit or general exemption. No rule keeping wages exempt after deposit was found."
            ]),
        .init(
            .ME, .stricterThanFederal,
            claimable:
                "A cash exemption of $3,000 added in 2021 (by a law firm's summary); § 4422 amounts are adjusted for inflation every three years from April 1, 2024, so the current figure may be higher.",
            citations: [
                Citation(
                    "14 M.R.S. § 4422",
                    url:
                        "https://e.casetext.com/statute/maine-statutes/title-14-court-procedure-civil/part-5-provisional-remedies-security/chapter-507-attachments/subchapter-2-personal-property/article-7-exemptions/section-4422-effective-until-892024-exempt-property"
                ),
                Citation(
                    "P.L. 2021, c. 382 (L.D. 737)",
                    url: "https://fastdemocracy.com/bill-summary/?billsummary_state=me&billsummary_id=MEB00009277&billsummary_session=130"),
                Citation("Eaton Peabody, Amendments to State Exemptions (LD 737)", url: "https://www.eatonpeabody.com/state-exemptions/"),
            ],
            confidence: .secondary,
            notes: [
                "The subsection holding the cash exemption, and whether it reaches deposit accounts, were not read; the inflation paragraph was read in the statute text."
            ]),
        .init(
            .MI, .noneFound,
            citations: [
                Citation("MCL 600.6023 (statute list, Michigan Poverty Law Program)", url: "http://www.mplp.org/Resources/mplpresource.2006-06-02.9657814494"),
                Citation(
                    "Senate Fiscal Agency, S.B. 408 (2023) analysis",
                    url: "https://www.legislature.mi.gov/documents/2023-2024/billanalysis/Senate/htm/2023-SFA-0408-G.htm"),
            ],
            confidence: .secondary,
            notes: [
                "Secondary sources list only benefit-source exemptions for Michigan bank garnishments; no cash or general amount outside bankruptcy was found. S.B. 408 (2023) would change the exemptions; whether it was enacted was not confirmed."
            ]),
        .init(
            .MN, .stricterThanFederal,
            claimable:
                "Funds exempt under Minn. Stat. § 550.37 subds. 9, 10, 11, 15, 22 and 24, and workers' compensation, stay exempt after deposit in a single or joint account when traceable to the exempt source (first in, first out).",
            citations: [
                Citation(
                    "Minn. Stat. § 550.37 subd. 20",
                    url: "https://www.revisor.mn.gov/bills/text.php?number=SF1822&version=1&session=ls83&session_year=2004&session_number=0"),
                Citation(
                    "LawHelpMN, Property and income protected from creditors",
                    url: "https://lawhelpmn.org/self-help-library/fact-sheet/property-and-income-protected-creditors"),
            ],
            confidence: .secondary,
            notes: [
                "Subdivision 20 was read as quoted in a 2004 bill, not in the current statute. Legal aid says earnings are protected \"for a limited period of time\"; that period was not read. A 2025 bill for a $1,000 depository-account exemption was found only as a bill."
            ]),
        .init(
            .MS, .stricterThanFederal,
            wildcard: "Tangible personal property of the debtor's choosing, \"cash on hand\" included, up to $10,000 in all (wages excepted).",
            citations: [Citation("Miss. Code § 85-3-1(a)", url: "https://www.legalconsumer.com/bankruptcy/bankruptcy-citation.php?CitationID=1111")],
            confidence: .secondary,
            notes: ["The statute lists \"cash on hand\" as tangible personal property; whether money in a bank account counts was not confirmed."]),
        .init(
            .ND, .stricterThanFederal,
            wildcard:
                "By a secondary summary: any property up to $7,500 in lieu of the homestead, and for a head of a family up to $5,000 of personal property of choice; claimed within ten days.",
            citations: [
                Citation("N.D.C.C. §§ 28-22-03, 28-22-03.1, 28-22-06 (section list)", url: "https://ndlegis.gov/cencode/t28c22.html"),
                Citation("CCH summary, North Dakota asset protection laws", url: "http://dchcpas.com/content/bot/north-dakota-asset-protection-laws.html"),
            ],
            confidence: .secondary,
            notes: ["Only the section titles were read; the same summary also says \"Wild Card: None\", so its amounts are used as secondary only."]),
        .init(
            .NE, .stricterThanFederal,
            wildcard:
                "$5,000 of personal property of the debtor's choosing (wages excepted), claimed with the request for hearing and a list of the debtor's property; adjusted by the Department of Revenue every fifth year from 2023.",
            citations: [
                Citation("Neb. Rev. Stat. § 25-1552", url: "https://nebraskalegislature.gov/laws/statutes.php?statute=25-1552&print=true"),
                Citation(
                    "Nebraska Debt & Bankruptcy Blog, How to Stop a Bank Account Garnishment",
                    url: "http://www.nebraskadebtbankruptcyblog.com/2012/07/how-to-stop-a-bank-account-garnishment/"),
            ],
            confidence: .statute,
            notes: ["Older summaries give $2,500 (before Laws 2018, LB105); the figure after the 2023 adjustment was not confirmed."]),
        .init(
            .NH, .stricterThanFederal,
            wildcard:
                "$1,000 of any property, plus up to $7,000 of unused amounts of listed exemptions (furniture, provisions, books, automobile, jewelry, tools).",
            citations: [
                Citation("RSA 511:2, XVIII", url: "https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_511_2"),
                Citation(
                    "FreeAdvice, New Hampshire bankruptcy exemptions",
                    url: "https://bankruptcy-law.freeadvice.com/bankruptcy-law/bankruptcy-law/new-hampshire-bankruptcy-exemptions.htm"),
            ],
            confidence: .secondary,
            notes: ["RSA 511:2 was read only to the first words of paragraph XVIII; the amounts are from secondary summaries."]),
        .init(
            .OK, .noneFound,
            citations: [
                Citation(
                    "31 O.S. § 1(A)",
                    url: "https://instalawyer.io/laws/oklahoma-statutes/title-31-homestead-and-exemptions-31-1-property-exempt-from-attachment"),
                Citation("Wallace Law Firm, Oklahoma exemptions", url: "http://wallacelawfirmpc.us/Bankruptcy/Oklahoma-Exemptions"),
            ],
            confidence: .secondary,
            notes: [
                "31 O.S. § 1(A) lists no cash, deposit or general exemption; item (18), 75% of wages earned in the last 90 days (read in a law firm's copy), may reach deposited wages, but that was not confirmed."
            ]),
        .init(
            .RI, .noneFound,
            citations: [Citation("R.I. Gen. Laws § 9-26-4", url: "http://webserver.rilin.state.ri.us/Statutes/TITLE9/9-26/9-26-4.HTM")],
            confidence: .secondary,
            notes: [
                "§ 9-26-4, read through (9), lists no cash, deposit or general exemption; wages are exempt only up to $50 (fully for a year after public relief). A 2025 bill summary mentions a $6,500 exemption for debtors in bankruptcy only. Later subdivisions were not read."
            ]),
        .init(
            .SD, .stricterThanFederal,
            wildcard:
                "A head of a family may select personal property, money included, up to $7,000; any other debtor up to $5,000, chosen and appraised as the law provides.",
            citations: [Citation("SDCL 43-45-4", url: "https://instalawyer.io/laws/south-dakota-codified-laws/section-43-45-4-additional-property")],
            confidence: .statute),
        .init(
            .UT, .noneFound,
            citations: [
                Citation(
                    "Utah Code §§ 78B-5-505 to 78B-5-507",
                    url:
                        "https://law.uslawyerdatabase.com/category/us-law/2022-utah-code/title-78b-judicial-code/chapter-5-procedure-and-evidence/part-5-utah-exemptions-act"
                ), Citation("Chp7.com, Utah exemptions", url: "https://chp7.com/utah/"),
            ],
            confidence: .secondary,
            notes: [
                "The Utah Exemptions Act (read in part) and a secondary summary list no cash, deposit or general exemption; § 78B-5-507 traces proceeds of exempt property, but no rule for deposited wages was found."
            ]),
        .init(
            .VT, .stricterThanFederal,
            claimable: "Deposit accounts up to $700 (§ 2740(15), by secondary summaries).",
            wildcard:
                "$400 of any property, plus up to $7,000 of unused amounts of the motor vehicle, tools, jewelry, household goods and growing-crops exemptions.",
            citations: [
                Citation("12 V.S.A. § 2740(7), (15)", url: "https://legislature.vermont.gov/statutes/section/12/111/02740"),
                Citation("BCS Alliance, Vermont exemptions", url: "http://bcsalliance.com/debt1_vermont.html"),
            ],
            confidence: .secondary,
            notes: ["§ 2740(7) was read in the statute text; the $700 deposit-account item only in secondary summaries."]),
        .init(
            .WV, .stricterThanFederal,
            claimable:
                "Funds on deposit in a federally insured financial institution up to $1,100, which the debtor may set apart as exempt; with a motor vehicle, household goods and tools, no more than $15,000 in all.",
            citations: [Citation("W. Va. Code § 38-8-1(a)(4), (b)", url: "https://code.wvlegislature.gov/email/38-8")],
            confidence: .statute,
            notes: ["The $800 \"wildcard\" of § 38-10-4(e) in bankruptcy summaries is listed there as a bankruptcy exemption; it is not used for a levy."]),
    ]
}
