import CaseModel

// Deficiency after residential foreclosure: group B of legal-notes-states.md (MS, MO, MT, NE, NH,
// NM, ND, OK, RI, SC, SD, UT, VT, VA, WV, WI, WY). Values only; no logic.
// A court holding read without the statute text ([C-case]) is graded .secondary.

extension StateDeficiencyRule {
    /// Group B of the per-state notes.
    static let groupB: [StateDeficiencyRule] = [
        StateDeficiencyRule(
            .MS,
            summary: "Deficiency allowed; no fair-value statute; suit within 1 year after the sale.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "the lender may sue for the deficiency; courts test the bid for reasonableness, and a lender-buyer's price far below value can defeat it.",
                    citations: [
                        Citation("Miss. Code § 89-1-55"),
                        Citation(
                            "AllLaw, Mississippi Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-mississippi.html"),
                    ],
                    confidence: .secondary)
            ],
            deadlines: [
                DeadlineRule(
                    1, .years, after: .sale, action: "sue for the deficiency",
                    citations: [
                        Citation("Miss. Code § 15-1-23"),
                        Citation("Underwood Law Firm, Mississippi Foreclosure Issues", url: "http://underwoodlawfirm.com/id5.html"),
                    ],
                    confidence: .secondary,
                    note: "Four consistent secondary sources; § 15-1-23 text not retrieved.")
            ],
            citations: [Citation("Miss. Code §§ 89-1-55, 15-1-23")],
            confidence: .secondary),

        StateDeficiencyRule(
            .MO,
            summary: "Deficiency allowed by separate suit, measured by the foreclosure price, not fair market value.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "the lender may sue on the note after a trustee's sale; the sale can be attacked only for fraud, unfair dealing, mistake or a price that shocks the conscience.",
                    citations: [
                        Citation(
                            "First Bank v. Fischer & Frichtel (Mo. 2012)",
                            url: "http://natlawreview.com/article/supreme-court-missouri-upholds-lenders-rights-to-obtain-full-deficiency-judgment")
                    ],
                    confidence: .secondary)
            ],
            fairValue: [
                FairValueRule(
                    .salePrice,
                    explanation: "the deficiency is the debt minus the foreclosure price, not the fair market value.",
                    citations: [
                        Citation(
                            "First Bank v. Fischer & Frichtel (Mo. 2012)",
                            url: "http://natlawreview.com/article/supreme-court-missouri-upholds-lenders-rights-to-obtain-full-deficiency-judgment")
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("First Bank v. Fischer & Frichtel (Mo. 2012); RSMo ch. 443")],
            confidence: .secondary,
            notes: ["No foreclosure-specific deadline found; a 10-year limit (RSMo 516.110) is suggested by one source only."]),

        StateDeficiencyRule(
            .MT,
            summary:
                "No deficiency on Small Tract Financing Act trust indentures (even if foreclosed judicially) or on purchase-money mortgages; other cases unconfirmed.",
            availability: [
                AvailabilityRule(
                    .barred, loanTypes: [.purchaseMoneyFirstMortgage],
                    explanation: "no deficiency on a purchase-money mortgage.",
                    citations: [
                        Citation("MCA § 71-1-232"),
                        Citation("Swenson v. Ramage (Mont. 1988)", url: "http://cases.laws-info.com/montana/montana-swenson-v-ramage"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .barred,
                    question: "Was the loan secured by a trust indenture under the Small Tract Financing Act (property of 40 acres or less)?",
                    explanation: "no deficiency on a Small Tract Financing Act trust indenture, even if the lender forecloses judicially.",
                    citations: [
                        Citation("MCA § 71-1-317"),
                        Citation(
                            "First State Bank of Forsyth v. Chunkapura, 734 P.2d 1203 (Mont. 1987)",
                            url: "https://app.midpage.ai/document/first-state-bank-of-forsyth-v-chunkapura-879646"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .unknown,
                    explanation: "other mortgages foreclosed in court may leave a deficiency, but the details are not confirmed.",
                    citations: [Citation("MCA § 71-1-317")], confidence: .unknown),
            ],
            citations: [Citation("MCA §§ 71-1-317, 71-1-232")],
            confidence: .secondary,
            notes: ["Holdings read in court opinions; statute text and later amendments not retrieved."]),

        StateDeficiencyRule(
            .NE,
            summary:
                "Deficiency allowed after a trustee's sale, limited to the debt minus the greater of fair market value and price; suit within 3 months after the sale.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the lender may sue; the court must find the fair market value.",
                    citations: [Citation("Neb. Rev. Stat. § 76-1013", url: "http://nebraskalegislature.gov/laws/statutes.php?statute=76-1013")],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial],
                    explanation: "the judgment cannot exceed the debt plus costs minus the fair market value, nor the debt minus the sale price.",
                    citations: [Citation("Neb. Rev. Stat. § 76-1013", url: "http://nebraskalegislature.gov/laws/statutes.php?statute=76-1013")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    3, .months, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [
                        Citation("Neb. Rev. Stat. § 76-1013", url: "http://nebraskalegislature.gov/laws/statutes.php?statute=76-1013"),
                        Citation(
                            "First Nat'l Bank of Omaha v. Davey, 285 Neb. 835 (2013)", url: "https://cetient.com/case/906377/first-nat-bank-of-omaha-v-davey"),
                    ],
                    confidence: .statute,
                    note: "Does not apply after a judicial foreclosure of a trust deed (Davey).")
            ],
            citations: [Citation("Neb. Rev. Stat. § 76-1013")],
            confidence: .statute),

        StateDeficiencyRule(
            .NH,
            summary: "Deficiency allowed after judicial or power-of-sale foreclosure by separate suit; no fair-value statute found.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the lender may sue, and must show good faith and a fair, reasonable price.",
                    citations: [
                        Citation("RSA 479:25"),
                        Citation(
                            "AllLaw, New Hampshire deficiency laws",
                            url: "https://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-new-hampshire.html"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("RSA 479:25")],
            confidence: .secondary,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .NM,
            summary:
                "After a trustee's sale, suit within 6 years for the debt minus the sale price (no fair-value credit); barred for loans to low-income households.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    question: "Was the loan made to a low-income household, or does the deed of trust itself bar a deficiency?",
                    explanation: "recovery after a trustee's sale is barred for loans to low-income households, and a deed of trust may itself bar it.",
                    citations: [
                        Citation("NMSA § 48-10-17", url: "https://legalfix.com/statutes/state-codes/new-mexico/chapter-48/article-10/section-48-10-17")
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed, saleTypes: [.nonjudicial],
                    explanation: "the lender may sue for the debt (plus prior liens) minus the sale price.",
                    citations: [
                        Citation("NMSA § 48-10-17", url: "https://legalfix.com/statutes/state-codes/new-mexico/chapter-48/article-10/section-48-10-17")
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "a deficiency is normally entered in the judicial foreclosure judgment.",
                    citations: [
                        Citation(
                            "AllLaw, New Mexico deficiency laws", url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-new-mexico.html")
                    ],
                    confidence: .secondary),
            ],
            fairValue: [
                FairValueRule(
                    .salePrice, saleTypes: [.nonjudicial],
                    explanation: "after a trustee's sale the deficiency is the debt minus the sale price, with no fair-value credit.",
                    citations: [
                        Citation("NMSA § 48-10-17", url: "https://legalfix.com/statutes/state-codes/new-mexico/chapter-48/article-10/section-48-10-17")
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    6, .years, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [
                        Citation("NMSA § 48-10-17", url: "https://legalfix.com/statutes/state-codes/new-mexico/chapter-48/article-10/section-48-10-17")
                    ],
                    confidence: .statute,
                    note: "If no suit is filed in time, the sale counts as full satisfaction.")
            ],
            citations: [Citation("NMSA § 48-10-17")],
            confidence: .statute),

        StateDeficiencyRule(
            .ND,
            summary: "No deficiency on an owner-occupied homestead of 1–4 units on up to 40 acres; other property is credited with appraised or market value.",
            availability: [
                AvailabilityRule(
                    .barred, ownerOccupied: true,
                    question: "Is the property residential (1–4 units) on up to 40 contiguous acres, occupied as your homestead?",
                    explanation:
                        "no deficiency on residential property of one to four units, on up to 40 contiguous acres, occupied by the owner as a homestead.",
                    citations: [Citation("N.D.C.C. § 32-19-03", url: "https://law.justia.com/codes/north-dakota/2019/title-32/chapter-32-19/")],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "for other property a deficiency may be sought, limited by the value found.",
                    citations: [Citation("N.D.C.C. § 32-19-03", url: "https://law.justia.com/codes/north-dakota/2019/title-32/chapter-32-19/")],
                    confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation:
                        "the deficiency is the debt minus the value set by a court-appointed licensed appraiser (fair market value for agricultural land over 40 acres).",
                    citations: [Citation("N.D.C.C. § 32-19-03", url: "https://law.justia.com/codes/north-dakota/2019/title-32/chapter-32-19/")],
                    confidence: .statute)
            ],
            citations: [Citation("N.D.C.C. § 32-19-03")],
            confidence: .statute,
            notes: [
                "The deficiency is sought in the foreclosure action itself: the complaint must state whether one will be sought and against whom (N.D.C.C. § 32-19-04).",
                "No special lender deadline found for non-homestead property; the general limitations period is in GeneralLimitation.",
            ]),

        StateDeficiencyRule(
            .OK,
            summary:
                "Judicial foreclosure: deficiency allowed with a fair-market-value credit, moved for within 90 days after the sale; a homestead owner can avoid it in a power-of-sale foreclosure.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    question: "Was the home your homestead, and did you give the lender timely notice electing to block a deficiency?",
                    explanation:
                        "in a power-of-sale foreclosure a homestead owner can, by timely notice, force a judicial foreclosure or let the sale go ahead without a deficiency.",
                    citations: [
                        Citation("46 O.S. § 43", url: "https://govt.westlaw.com/okjc/Document/N77C59980CDA811DB8F04FB3E68C8F4C5"),
                        Citation(
                            "Nolo, Deficiency Judgment Laws in Oklahoma",
                            url: "https://www.nolo.com/legal-encyclopedia/deficiency-judgments-after-foreclosure-oklahoma.html"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "the creditor may move for leave to enter a deficiency.",
                    citations: [Citation("12 O.S. § 686", url: "https://law.justia.com/cases/oklahoma/court-of-appeals-civil/1997/50609.html")],
                    confidence: .statute),
                AvailabilityRule(
                    .unknown, saleTypes: [.nonjudicial],
                    explanation: "the deficiency terms of the Power of Sale Act (46 O.S. 43) were not retrieved.",
                    citations: [Citation("46 O.S. § 43")], confidence: .unknown),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.judicial],
                    explanation: "the court sets the fair and reasonable market value as of the sale date and credits it.",
                    citations: [Citation("12 O.S. § 686", url: "https://law.justia.com/cases/oklahoma/court-of-appeals-civil/1997/50609.html")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    90, .days, after: .sale, action: "move for leave to enter a deficiency judgment", saleTypes: [.judicial],
                    citations: [
                        Citation("12 O.S. § 686"),
                        Citation(
                            "First United Bank & Trust Co. v. Wiley, 2008 OK CIV APP 39",
                            url: "https://cetient.com/case/2581268/first-united-bank-and-trust-co-v-wiley"),
                    ],
                    confidence: .statute,
                    note: "Or together with the motion to confirm the sale; a late motion loses the deficiency.")
            ],
            citations: [Citation("12 O.S. § 686; 46 O.S. §§ 41, 43")],
            confidence: .statute),

        StateDeficiencyRule(
            .RI,
            summary: "Deficiency allowed after judicial or power-of-sale foreclosure by separate suit; no fair-value statute found.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the lender may sue for the deficiency.",
                    citations: [
                        Citation("R.I. Gen. Laws § 34-27-1 et seq."),
                        Citation(
                            "AllLaw, Rhode Island deficiency laws", url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-rhode-island.html"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("R.I. Gen. Laws §§ 34-27-1 et seq., 34-11-22")],
            confidence: .secondary,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .SC,
            summary:
                "Deficiency sought in the judicial foreclosure; the debtor may petition for an appraisal within 30 days after the sale and is credited with the appraised value.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the deficiency is sought in the foreclosure action.",
                    citations: [
                        Citation(
                            "S.C. Code § 29-3-680",
                            url: "https://getpocketlaw.com/law/state_south_carolina/section-29-3-680-application-for-order-of-appraisal_f61b6fc78b13")
                    ],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.debtorMustRaiseIt],
                    explanation:
                        "on the debtor's timely petition the appraised value is credited, and the judgment is wiped out if the value covers the deficiency; the right cannot be waived for a dwelling or a consumer credit transaction.",
                    citations: [
                        Citation("S.C. Code §§ 29-3-680, 29-3-740", url: "https://lawserver.com/law/state/south-carolina/sc-code/south_carolina_code_29-3-740")
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    30, .days, after: .sale, party: .debtor, action: "petition the clerk for an appraisal",
                    citations: [
                        Citation(
                            "S.C. Code § 29-3-680",
                            url: "https://getpocketlaw.com/law/state_south_carolina/section-29-3-680-application-for-order-of-appraisal_f61b6fc78b13")
                    ],
                    confidence: .statute)
            ],
            citations: [Citation("S.C. Code §§ 29-3-680, 29-3-740")],
            confidence: .statute),

        StateDeficiencyRule(
            .SD,
            summary: "Deficiency allowed; when the mortgagee bought at a foreclosure by advertisement it must prove the sale brought true market value.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "a deficiency may be sought, subject to proof of value.",
                    citations: [Citation("SDCL § 21-48-14", url: "https://sdlegislature.gov/api/Statutes/Statute/21-48-14")],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial], conditions: [.lenderBoughtProperty],
                    explanation:
                        "before any deficiency the mortgagee-buyer must prove the true market value; the deficiency is reduced by any gap between that value and the price.",
                    citations: [Citation("SDCL § 21-48-14", url: "https://sdlegislature.gov/api/Statutes/Statute/21-48-14")],
                    confidence: .statute)
            ],
            citations: [Citation("SDCL §§ 21-48-14, 21-47-15 to -17")],
            confidence: .statute,
            notes: [
                "Judicial-foreclosure substance is from secondary sources; no special lender deadline found; the general limitations period is in GeneralLimitation."
            ]),

        StateDeficiencyRule(
            .UT,
            summary: "Deficiency allowed after a trustee's sale with a fair-market-value offset; suit within 3 months after the sale.",
            availability: [
                AvailabilityRule(
                    .allowed, saleTypes: [.nonjudicial], explanation: "the lender may sue after a trustee's sale, limited by fair market value.",
                    citations: [
                        Citation("Utah Code § 57-1-32"),
                        Citation("Machock v. Fink, 137 P.3d 779 (Utah 2006)", url: "https://www.casetext.com/case/machock-v-fink-1"),
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .unknown, saleTypes: [.judicial], explanation: "the judicial-foreclosure rule was not confirmed.",
                    citations: [Citation("Utah Code § 57-1-32")], confidence: .unknown),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial],
                    explanation: "recovery is limited to the debt minus the fair market value at the sale date.",
                    citations: [
                        Citation("Utah Code § 57-1-32"),
                        Citation("Machock v. Fink, 137 P.3d 779 (Utah 2006)", url: "https://www.casetext.com/case/machock-v-fink-1"),
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    3, .months, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [
                        Citation("Utah Code § 57-1-32"),
                        Citation("Cox v. Green, 696 P.2d 1207 (Utah 1985)", url: "http://law.justia.com/cases/utah/supreme-court/1985/19192-0.html"),
                    ],
                    confidence: .statute)
            ],
            citations: [Citation("Utah Code § 57-1-32")],
            confidence: .statute),

        StateDeficiencyRule(
            .VT,
            summary: "Deficiency allowed after court foreclosure (strict foreclosure or judicial sale); no fair-value deficiency rule found.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "a deficiency may be sought after the court foreclosure.",
                    citations: [
                        Citation("12 V.S.A. §§ 4941–4954", url: "https://self-law.org/code/vt/title-12/chapter-172/4941"),
                        Citation(
                            "Nolo, Deficiency Judgments After Foreclosure in Vermont",
                            url: "http://www.nolo.com/legal-encyclopedia/deficiency-judgments-after-foreclosure-vermont.html"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("12 V.S.A. §§ 4941–4954; V.R.C.P. 80.1")],
            confidence: .secondary,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .VA,
            summary: "Deficiency allowed after a trustee's sale (separate suit) or judicial foreclosure; no anti-deficiency or fair-value statute found.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the lender may sue for the deficiency.",
                    citations: [
                        Citation(
                            "Nolo, Deficiency Judgments After Foreclosure in Virginia",
                            url: "https://www.nolo.com/legal-encyclopedia/deficiency-judgments-after-foreclosure-virginia.html")
                    ],
                    confidence: .secondary)
            ],
            citations: [
                Citation(
                    "Nolo, Deficiency Judgments After Foreclosure in Virginia",
                    url: "https://www.nolo.com/legal-encyclopedia/deficiency-judgments-after-foreclosure-virginia.html")
            ],
            confidence: .secondary,
            notes: [
                "Statute text not checked (Nolo cites Va. Code 8.01-241); No special lender deadline found; the general limitations period is in GeneralLimitation."
            ]),

        StateDeficiencyRule(
            .WV,
            summary: "Deficiency allowed by separate suit after a trustee's sale; the debtor may ask the court to credit fair market value.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the lender may sue for the deficiency.",
                    citations: [
                        Citation(
                            "Sostaric v. Marshall, 234 W. Va. 449 (2014)", url: "https://cetient.com/case/2750596/nancy-and-stjepan-sostaric-v-sally-marshall")
                    ],
                    confidence: .secondary)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.debtorMustRaiseIt],
                    explanation:
                        "if the debtor raises it, the court finds the fair market value (less surviving liens) and offsets any excess over the sale price; otherwise the sale price is used.",
                    citations: [
                        Citation(
                            "Sostaric v. Marshall, 234 W. Va. 449 (2014)", url: "https://cetient.com/case/2750596/nancy-and-stjepan-sostaric-v-sally-marshall")
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("Sostaric v. Marshall, 234 W. Va. 449 (2014)"), Citation("W. Va. Code §§ 38-1-3 to -15")],
            confidence: .secondary,
            notes: [
                "Holding read in the opinion; statute text not retrieved; No special lender deadline found; the general limitations period is in GeneralLimitation."
            ]),

        StateDeficiencyRule(
            .WI,
            summary:
                "Deficiency allowed in the judicial foreclosure only after the court is satisfied fair value was credited; lenders may waive it for an earlier sale.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question: "Did the lender waive the deficiency in its foreclosure complaint (to get an earlier sale)?",
                    explanation: "a lender that waived the deficiency in its complaint cannot recover one.",
                    citations: [
                        Citation("Wis. Stat. §§ 846.101, 846.103", url: "https://www.legalfix.com/statutes/state-codes/wisconsin/chapter-846/section-846-101")
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed, explanation: "a deficiency may be entered at confirmation of the sale.",
                    citations: [
                        Citation(
                            "Wis. Stat. § 846.165(2)", url: "http://realestatelawinwisconsin.blogspot.com/2015/02/confirmation-of-sheriffs-sale-in-wi.html")
                    ],
                    confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation:
                        "no sale may be confirmed and no deficiency entered until the court is satisfied the fair value of the premises was credited to the debt.",
                    citations: [
                        Citation(
                            "Wis. Stat. § 846.165(2)", url: "http://realestatelawinwisconsin.blogspot.com/2015/02/confirmation-of-sheriffs-sale-in-wi.html")
                    ],
                    confidence: .statute)
            ],
            citations: [Citation("Wis. Stat. §§ 846.101, 846.103, 846.165(2)")],
            confidence: .statute,
            notes: ["No separate time limit found beyond confirmation (unconfirmed)."]),

        StateDeficiencyRule(
            .WY,
            summary: "Deficiency allowed by suit on the note after foreclosure by advertisement or judicial foreclosure; no fair-value statute found.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "the lender may sue on the note or covenant.",
                    citations: [
                        Citation("Wyo. Stat. § 34-4-101 et seq."),
                        Citation("gottrouble.org, Wyoming foreclosure law", url: "https://gottrouble.org/wyoming-foreclosure-law"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("Wyo. Stat. §§ 34-4-101 et seq., 1-18-101 et seq.")],
            confidence: .secondary,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),
    ]
}
