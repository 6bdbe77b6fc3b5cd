import CaseModel

// State debt-collection laws beyond the FDCPA, one entry per jurisdiction by USPS code. `.unknown`
// entries name the recorded searches that found nothing.

extension StateCollectionLawRule {
    private static let notFound = [Citation("no state law confirmed (see docs/legal-rules.md)")]

    /// Every jurisdiction's entry, sorted by USPS code.
    public static let all: [StateCollectionLawRule] = [
        .init(
            .AK, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .AL, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .AR,
            lawName: "Arkansas Fair Debt Collection Practices Act",
            reachesOriginalCreditors: false,
            addedDuties: ["Collection agencies must be licensed"],
            citations: [
                Citation("Ark. Code §§ 17-24-101 et seq."),
                Citation(
                    "Protecting Consumer Rights, Arkansas",
                    url: "https://protectingconsumerrights.com/debt-collection-problems/fair-debt-collection-practices-act/states/arkansas/"),
            ],
            confidence: .secondary),
        .init(
            .AZ, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .CA,
            lawName: "Rosenthal Fair Debt Collection Practices Act",
            reachesOriginalCreditors: true,
            reachesAttorneys: false,
            addedDuties: ["Applies to creditors collecting their own consumer debts", "Incorporates most FDCPA duties (Civ. Code 1788.17)"],
            citations: [Citation("Cal. Civ. Code §§ 1788.2(c), 1788.17", url: "https://caclf.com/rosenthal-act/amp/")],
            confidence: .statute),
        .init(
            .CO,
            lawName: "Colorado Fair Debt Collection Practices Act",
            reachesOriginalCreditors: nil,
            citations: [
                Citation("C.R.S. § 5-16-103", url: "https://colorado.public.law/statutes/crs_5-16-103"),
                Citation("Nolo, Colorado fair debt collection laws", url: "http://www.nolo.com/legal-encyclopedia/colorado-fair-debt-collection-laws.html"),
            ],
            confidence: .unknown,
            notes: [
                "The act excludes a creditor's employees collecting in the creditor's name; Nolo says the Colorado Uniform Consumer Credit Code separately restricts original creditors, which was not read."
            ]),
        .init(
            .CT,
            lawName: "Creditors' Collection Practices Act",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A creditor may not use abusive, harassing, fraudulent, deceptive or misleading practices (36a-646; Regs. 36a-647-5, -647-6)",
                "Actual damages plus up to $1,000 (36a-648)",
            ],
            citations: [
                Citation("C.G.S. §§ 36a-645, 36a-646, 36a-648", url: "http://statutes.laws-info.com/connecticut/title36a/chap669/Sec36a-648"),
                Citation(
                    "Conn. Agencies Regs. § 36a-647-6",
                    url:
                        "https://casetext.com/regulation/connecticut-administrative-code/title-36a-the-banking-law-of-connecticut/collection-practices-of-creditors/transferred-from-section-36-243c/section-36a-647-5-conduct"
                ),
            ],
            confidence: .statute,
            notes: ["Collection agencies answer to separate rules (36a-800 et seq., Regs. 36a-809)."]),
        .init(
            .DC,
            lawName: "D.C. debt collection law (D.C. Code § 28-3814)",
            reachesOriginalCreditors: true,
            addedDuties: [
                "Covers a creditor holding a claim as well as collectors and debt buyers (2022 amendments)", "At most 4 calls per account in any 7 days",
            ],
            citations: [
                Citation("D.C. Code § 28-3814", url: "https://getpocketlaw.com/law/state_district_of_columbia/section-28-3814-debt-collection_287350bd2656"),
                Citation(
                    "Consumer Financial Services Blog, DC expands debt collection law (2021)",
                    url: "https://consumerfsblog.com/2021/09/dc-expands-debt-collection-law-to-cover-more-creditors-debt-types/?share=twitter"),
            ],
            confidence: .secondary,
            notes: ["Loans directly secured on real estate and direct motor-vehicle installment loans are outside § 28-3814."]),
        .init(
            .DE, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .FL,
            lawName: "Florida Consumer Collection Practices Act",
            reachesOriginalCreditors: true,
            addedDuties: ["Its prohibited practices (559.72) apply to any person collecting a consumer debt", "Private right of action (559.77)"],
            citations: [
                Citation("Fla. Stat. §§ 559.55, 559.72, 559.77", url: "https://docobook.com/ix-florida-consumer-collection-practices-act.html"),
                Citation("Ave Maria Law, FCCPA case law (Kelliher v. Target)", url: "https://avemarialaw.libguides.com/FCCPA/Caselaw"),
            ],
            confidence: .statute),
        .init(
            .GA, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .HI,
            lawName: "Collection practices law (HRS ch. 480D)",
            reachesOriginalCreditors: nil,
            citations: [
                Citation("HRS § 480D-3", url: "https://lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_480d-3"),
                Citation("HRS ch. 443B (collection agencies)", url: "https://www.burtcollect.com/debt-collection-laws-state/hawaii/"),
            ],
            confidence: .unknown,
            notes: ["The 480D-2 definition of 'debt collector' was not read; secondary sources conflict on whether creditors are covered."]),
        .init(
            .IA,
            lawName: "Iowa Debt Collection Practices Act",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A debt collector is anyone collecting, whether for itself or others (537.7102)",
                "Prohibits threats, harassment and false statements (537.7103)",
            ],
            citations: [
                Citation("Iowa Code §§ 537.7102, 537.7103", url: "https://www.burtcollect.com/debt-collection-laws-state/iowa/"),
                Citation("Iowa Attorney General, debt collectors", url: "http://www.state.ia.us/government/ag/protecting_consumers/ICCC_cover.html"),
            ],
            confidence: .statute),
        .init(
            .ID, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .IL,
            lawName: "Collection Agency Act",
            reachesOriginalCreditors: false,
            addedDuties: ["Licensed collection agencies and debt buyers must follow its communication and validation rules (205 ILCS 740/9.1-9.3)"],
            citations: [
                Citation("205 ILCS 740/2, 740/3", url: "https://ilga.gov/legislation/ilcs/documents/020507400K2.htm"),
                Citation("Sharp-Hundley summary of the exemptions", url: "https://online.flipbuilder.com/egps/ezms/files/basic-html/page20.html"),
            ],
            confidence: .secondary,
            notes: [
                "Banks, lending institutions and businesses whose collection is incidental to another business are exempt (2.03, read only in summaries); a creditor using a fictitious name is covered (3(e))."
            ]),
        .init(
            .IN, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .KS, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .KY, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .LA,
            lawName: "Louisiana collection practices law (R.S. 9:3562)",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A creditor may not discuss the debt with anyone outside the debtor's household except credit grantors and credit bureaus",
                "After a written cease request sent by registered or certified mail: at most one mailed notice a month and four personal contacts",
            ],
            citations: [Citation("La. R.S. 9:3562", url: "https://www.legis.la.gov/Legis/LawPrint.aspx?d=107679")],
            confidence: .statute),
        .init(
            .MA,
            lawName: "Attorney General's Debt Collection Regulations (940 CMR 7.00)",
            reachesOriginalCreditors: true,
            addedDuties: [
                "At most two calls per debt in any 7 days at home, and two in 30 days elsewhere", "No calls at work after the debtor asks",
                "The caller must give the creditor's name and their own",
            ],
            citations: [
                Citation("940 CMR 7.04-7.06", url: "https://regulations.justia.com/states/massachusetts/940-cmr/title-940-cmr-7-00/section-7-04"),
                Citation(
                    "insideARM on the 940 CMR 7.03 'creditor' definition",
                    url: "http://www.insidearm.com/news/00044658-massachusetts-debt-collection-regulations/"),
            ],
            confidence: .statute,
            notes: ["The Division of Banks reads its own rule (209 CMR 18.00) as governing third-party collectors."]),
        .init(
            .MD,
            lawName: "Maryland Consumer Debt Collection Act",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A collector may not claim or threaten to enforce a right it knows does not exist (14-202(8))",
                "Collection without a required licence is a violation (14-202(10))",
            ],
            citations: [
                Citation(
                    "Md. Com. Law §§ 14-201, 14-202",
                    url: "http://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gcl&section=14-202&enactments=False&archived=False"),
                Citation("Nolo, Maryland fair debt collection laws", url: "https://www.nolo.com/legal-encyclopedia/maryland-fair-debt-collection-laws.html"),
            ],
            confidence: .statute),
        .init(
            .ME,
            lawName: "Maine Fair Debt Collection Practices Act",
            reachesOriginalCreditors: false,
            addedDuties: ["Collectors must be licensed; a creditor using another name is covered"],
            citations: [Citation("32 M.R.S. § 11002", url: "https://statutes.laws.com/maine/title32/title32ch109-Asec0/title32sec11002")],
            confidence: .statute),
        .init(
            .MI,
            lawName: "Regulation of Collection Practices Act",
            reachesOriginalCreditors: true,
            addedDuties: [
                "No telling the debtor's employer or others about the debt without written consent, except to find the debtor (445.252)",
                "Calls only between 8 a.m. and 9 p.m. unless the debtor agrees in writing",
            ],
            citations: [
                Citation("MCL §§ 445.251, 445.252", url: "http://laws9.com/statutes/michigan/chapter-445/act-70-of-1981/section-445-251"),
                Citation(
                    "Michigan Poverty Law Program, Michigan's debt protection statutes", url: "http://www.mplp.org/Resources/mplpresource.2006-04-07.9278796794"
                ),
            ],
            confidence: .secondary,
            notes: [
                "It covers 'regulated persons' who are not collection agencies under MCL 339.901 (creditors, banks, attorneys), by secondary sources; the 445.251 definition was read only in part."
            ]),
        .init(
            .MN, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .MO, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .MS, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .MT, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .NC,
            lawName: "North Carolina Debt Collection Act",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A debt collector is any person collecting from a consumer, except collection agencies, which answer to the Collection Agency Act (58-70) instead"
            ],
            citations: [
                Citation("N.C.G.S. § 75-50", url: "https://www3.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_75/GS_75-50.html"),
                Citation("N.C.G.S. § 58-70-15", url: "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_58/GS_58-70-15.html"),
            ],
            confidence: .statute),
        .init(
            .ND, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .NE, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .NH,
            lawName: "Unfair, Deceptive or Unreasonable Collection Practices Act (RSA 358-C)",
            reachesOriginalCreditors: true,
            addedDuties: ["Anyone enforcing a consumer-credit obligation, directly or indirectly, is a debt collector (358-C:1, VIII)"],
            citations: [
                Citation("RSA 358-C:1", url: "http://burtcollect.com/debt-collection-laws-state/new-hampshire"),
                Citation("N.H. Department of Justice Consumer Sourcebook", url: "https://www.doj.nh.gov/consumer/sourcebook/credit-debt-collection.htm"),
            ],
            confidence: .statute),
        .init(
            .NJ, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .NM, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .NV, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .NY,
            lawName: "General Business Law Article 29-H",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A principal creditor may not tell the debtor's employer about the debt before a judgment (601(4))",
                "No threat of action the creditor does not usually take (601(7))", "No claim of a right it knows does not exist (601(8))",
            ],
            citations: [Citation("N.Y. Gen. Bus. Law §§ 600, 601", url: "https://newyork.public.law/laws/n.y._general_business_law_section_601")],
            confidence: .statute,
            notes: ["New York City's own rules for collection agencies were not researched."]),
        .init(
            .OH, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .OK, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .OR,
            lawName: "Unlawful Debt Collection Practices Act",
            reachesOriginalCreditors: true,
            addedDuties: ["Anyone collecting for a creditor or debt buyer is a debt collector (646.639(1)(h))"],
            citations: [Citation("ORS 646.639", url: "https://oregon.public.law/statutes/ors_646.639")],
            confidence: .statute,
            notes: [
                "Whether a creditor collecting in its own name is covered turns on the words 'owed to a creditor'; read as covered by older text ('commercial creditor')."
            ]),
        .init(
            .PA,
            lawName: "Fair Credit Extension Uniformity Act",
            reachesOriginalCreditors: true,
            addedDuties: ["Applies to creditors as well as debt collectors"],
            citations: [Citation("73 P.S. §§ 2270.1-2270.6"), Citation("NCLC appendix summary", url: "https://library.nclc.org/search?page=193")],
            confidence: .secondary),
        .init(
            .RI, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .SC, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .SD, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .TN, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .TX,
            lawName: "Texas Debt Collection Act",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A debt collector is anyone who directly or indirectly collects consumer debts (392.001(6))",
                "It may not use threats or coercion, harassment or abuse, unfair or unconscionable means, or fraudulent, deceptive or misleading representations (392.301–392.306)",
            ],
            thirdPartyDuties: ["A third-party debt collector must file a surety bond (392.101)"],
            thirdPartyCitations: [Citation("Tex. Fin. Code § 392.101", url: "http://www.statutes.legis.state.tx.us/docs/fi/htm/fi.392.htm")],
            citations: [Citation("Tex. Fin. Code §§ 392.001(6), 392.301–392.306", url: "http://www.statutes.legis.state.tx.us/docs/fi/htm/fi.392.htm")],
            confidence: .statute),
        .init(
            .UT, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .VA, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .VT,
            lawName: "Consumer Protection Rule CP 104 (debt collection)",
            reachesOriginalCreditors: true,
            addedDuties: ["Unfair threats, coercion and harassment in collecting a consumer debt are unfair trade practices (CP 104.01, 104.02)"],
            citations: [
                Citation(
                    "Vt. Code R. 06-031-004 (Rule CF/CP 104)",
                    url:
                        "https://casetext.com/regulation/vermont-administrative-code/agency-06-office-of-the-attorney-general/subagency-031-consumer-protection-division/chapter-004-rule-cf-104-debt-collection/section-06-031-004-rule-cf-104-debt-collection"
                ), Citation("SoloSuit, Debt collection laws in Vermont", url: "http://solosuit.com/posts/debt-collection-laws-vermont"),
            ],
            confidence: .secondary,
            notes: ["That the 104.07 definition includes creditors was read only in secondary summaries."]),
        .init(
            .WA,
            lawName: "Collection Agency Act (RCW 19.16)",
            reachesOriginalCreditors: false,
            addedDuties: ["Licensed collection agencies and debt buyers; a creditor using another name is covered"],
            citations: [Citation("RCW 19.16.100", url: "https://instalawyer.io/laws/revised-code-of-washington/1916100-definitions")],
            confidence: .statute),
        .init(
            .WI,
            lawName: "Wisconsin Consumer Act, ch. 427",
            reachesOriginalCreditors: true,
            addedDuties: [
                "A merchant collecting its own debt must follow ch. 427", "Prohibited practices (427.104); damages include emotional distress (427.105)",
            ],
            citations: [
                Citation("Wis. Stat. §§ 427.103, 427.104", url: "https://docs.legis.wisconsin.gov/document/statutes/ch.%20427"),
                Citation(
                    "Wisconsin DFI, debt collection", url: "https://dfi.wi.gov/Pages/ConsumerServices/WisconsinConsumerAct/DebtCollectionGeneralPractices.aspx"),
            ],
            confidence: .statute),
        .init(
            .WV,
            lawName: "West Virginia Consumer Credit and Protection Act",
            reachesOriginalCreditors: true,
            reachesAttorneys: false,
            addedDuties: ["Covers any person collecting claims, including creditors; excludes West Virginia attorneys collecting in their own name"],
            citations: [Citation("W. Va. Code § 46A-2-122", url: "https://instalawyer.io/laws/west-virginia-code/46a-2-122-definitions")],
            confidence: .statute),
        .init(
            .WY, lawName: nil, reachesOriginalCreditors: nil, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
    ]
}
