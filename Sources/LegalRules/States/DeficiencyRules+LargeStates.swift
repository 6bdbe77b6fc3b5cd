import CaseModel

// Deficiency after residential foreclosure: the states whose rule text was read for
// legal-notes.md §3.2 (the largest states plus MA, NV, OR). Values only; no logic.
// Grades: [C] in the notes → .statute; [S] → .secondary; UNCONFIRMED → .unknown.

extension StateDeficiencyRule {
    /// The states researched against statute text in legal-notes.md §3.2 (Virginia is in group B).
    static let largeStates: [StateDeficiencyRule] = [
        StateDeficiencyRule(
            .CA,
            summary:
                "No deficiency after a trustee's (non-judicial) sale or on an owner-occupied purchase-money loan; otherwise only after a judicial sale, measured against the greater of fair value and price, sought within 3 months.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    explanation: "no deficiency judgment may follow a sale under a power of sale in a deed of trust or mortgage, whatever the loan type.",
                    citations: [
                        Citation("Cal. Civ. Proc. Code § 580d", url: "https://experts123.com/q/does-california-have-an-anti-deficiency-judgment-statute.html"),
                        Citation(
                            "Simon v. Superior Court (1992) 4 Cal.App.4th 63", url: "https://law.justia.com/cases/california/court-of-appeal/4th/4/63.html"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .barred, loanTypes: [.purchaseMoneyFirstMortgage], ownerOccupied: true,
                    explanation:
                        "no deficiency judgment lies on a purchase-money loan used to buy the home the buyer occupies (the statute's limit to dwellings for not more than four families is unconfirmed).",
                    citations: [
                        Citation("Cal. Civ. Proc. Code § 580b", url: "https://lawyersrealtygroup.com/blog/2012/september/california-purchase-money-protections")
                    ],
                    confidence: .secondary, requires: [.maxUnits(4)]),
                AvailabilityRule(
                    .barred, loanTypes: [.refinance], ownerOccupied: true,
                    explanation:
                        "no deficiency is owed or collected on a refinance, executed on or after January 1, 2013, of a purchase-money loan on an owner-occupied dwelling for not more than four families, except for new money the refinance advanced beyond the old loan and its costs.",
                    citations: [
                        Citation("Cal. Civ. Proc. Code § 580b(b)", url: "https://legiscan.com./CA/text/SB1069/id/658884/California-2011-SB1069-Chaptered.html"),
                        Citation("Stats. 2012, ch. 64 (SB 1069)"), Citation("Stats. 2013 (SB 426)"),
                    ],
                    confidence: .secondary, requires: [.maxUnits(4), .refinancedOnOrAfterWithoutNewMoney(CalendarDate(year: 2013, month: 1, day: 1)!)]),
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "after a judicial foreclosure of a loan that is not protected purchase money, the court may award a deficiency.",
                    citations: [
                        Citation("Cal. Civ. Proc. Code § 726(b)"),
                        Citation("Cal. Civ. Proc. Code § 580a", url: "http://san-diego-short-sales.blogspot.com/2008"),
                    ],
                    confidence: .secondary),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation: "a deficiency is limited to the debt minus the greater of the property's fair value and the sale price.",
                    citations: [
                        Citation("Cal. Civ. Proc. Code § 726(b)"),
                        Citation("Cal. Civ. Proc. Code § 580a", url: "http://san-diego-short-sales.blogspot.com/2008"),
                    ],
                    confidence: .secondary)
            ],
            deadlines: [
                DeadlineRule(
                    3, .months, after: .sale, action: "apply for a deficiency judgment", saleTypes: [.judicial],
                    citations: [
                        Citation("Cal. Civ. Proc. Code § 726(b)"),
                        Citation("Cal. Civ. Proc. Code § 580a", url: "http://san-diego-short-sales.blogspot.com/2008"),
                        Citation(
                            "Citrus State Bank v. McKendrick (1989) 215 Cal.App.3d 941",
                            url: "http://law.justia.com/cases/california/court-of-appeal/3d/215/941.html"),
                    ],
                    confidence: .secondary,
                    note: "The 3-month period was read in § 580a and applied in Citrus State Bank; the § 726(b) wording itself was not retrieved.")
            ],
            citations: [Citation("Cal. Civ. Proc. Code §§ 580a, 580b, 580d, 726")],
            confidence: .secondary,
            notes: [
                "§ 580b(b) (refinances executed on or after 2013-01-01, Stats. 2012 ch. 64) was read in the chaptered bill's digest and secondary summaries, not in the current code text; SB 426 (2013) added \"no deficiency shall be owed or collected\".",
                "§ 580d was read only in a secondary summary; § 726(b) wording was not retrieved.",
                "Seller carry-back loans are also covered by § 580b; the case model has no seller-financing field yet.",
            ]),

        StateDeficiencyRule(
            .TX,
            summary:
                "Deficiency allowed; on request the debtor gets a fair-market-value offset; suit within 2 years after a non-judicial sale; home-equity loans are non-recourse.",
            availability: [
                AvailabilityRule(
                    .barred, loanTypes: [.refinance, .secondMortgageOrHELOC, .other],
                    explanation: "Texas home-equity loans are non-recourse.",
                    citations: [
                        Citation("Tex. Const. art. XVI § 50(a)(6)(C)"),
                        Citation(
                            "Cross Stone, Collection of Deficiency Owed After Foreclosure",
                            url: "https://crossstone.com/collection-of-deficiency-owed-after-foreclosure/"),
                    ],
                    confidence: .secondary, requires: [.texasHomeEquity]),
                AvailabilityRule(
                    .allowed,
                    explanation: "the lender may sue for the deficiency, subject to the fair-market-value offset.",
                    citations: [Citation("Tex. Prop. Code § 51.003", url: "https://codes.findlaw.com/tx/property-code/prop-sect-51-003/")],
                    confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.debtorMustRaiseIt],
                    explanation:
                        "if the debtor asks, the court sets the fair market value at the sale date; if that value (less liens the sale did not extinguish) exceeds the sale price, the debtor gets an offset for the difference. Private mortgage insurance proceeds are credited first.",
                    citations: [Citation("Tex. Prop. Code § 51.003(b)–(d)", url: "https://codes.findlaw.com/tx/property-code/prop-sect-51-003/")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    2, .years, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [Citation("Tex. Prop. Code § 51.003(a)", url: "https://codes.findlaw.com/tx/property-code/prop-sect-51-003/")],
                    confidence: .statute),
                DeadlineRule(
                    90, .days, after: .sale, party: .debtor, action: "bring a suit to determine fair market value", saleTypes: [.judicial],
                    citations: [Citation("Tex. Prop. Code § 51.004", url: "https://www.lawserver.com/law/state/texas/tx-codes/texas_property_code_51-004")],
                    confidence: .statute),
            ],
            citations: [Citation("Tex. Prop. Code §§ 51.003–51.005")],
            confidence: .statute,
            notes: [
                "Home-equity non-recourse point is from a secondary source.",
                "A guarantor has 90 days from the sale or actual notice (§ 51.005); not modelled.",
            ]),

        StateDeficiencyRule(
            .FL,
            summary:
                "Deficiency allowed at the court's discretion; for owner-occupied homes capped at the debt minus fair market value on the sale date; 1 year for 1–4 family residential.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "the court may enter a deficiency judgment, and the lender may also sue at common law unless the foreclosure court already ruled on a deficiency.",
                    citations: [Citation("Fla. Stat. § 702.06", url: "http://www.flsenate.gov/Laws/Statutes/2013/0702.06")],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.ownerOccupied],
                    explanation:
                        "for owner-occupied residential property the deficiency may not exceed the amount of the foreclosure judgment minus the fair market value on the sale date; a tax-homestead is presumed owner-occupied.",
                    citations: [Citation("Fla. Stat. § 702.06", url: "http://www.flsenate.gov/Laws/Statutes/2013/0702.06")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    1, .years, after: .certificateOfTitle, action: "bring an action for the deficiency",
                    condition: "1–4 family residential property",
                    citations: [
                        Citation("Fla. Stat. § 95.11(5)(h)", url: "https://ablawfl.com/4th-dca-applies-1-year-statute-of-limitations-for-deficiency-judgment/"),
                        Citation("Accardi v. Regions Bank, 309 So. 3d 672 (Fla. 4th DCA 2020)"),
                    ],
                    confidence: .secondary,
                    note:
                        "The period starts the day after the clerk issues the certificate of title (or after a deed in lieu is accepted), and also covers a motion in the foreclosure case (Accardi).",
                    requires: [.maxUnits(4)])
            ],
            citations: [Citation("Fla. Stat. §§ 702.06, 95.11(5)(h)")],
            confidence: .statute),

        StateDeficiencyRule(
            .NY,
            summary:
                "Deficiency allowed in the judicial foreclosure; measured against the greater of fair market value and the sale price; motion within 90 days after the deed is delivered.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "the court may award a deficiency on a motion in the foreclosure action.",
                    citations: [Citation("N.Y. RPAPL § 1371", url: "http://www.laws9.com/statutes/new-york/rpa/article-13/1371")],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation:
                        "the deficiency is the judgment amount plus interest, prior liens, costs and referee fees, minus the greater of the fair market value on the auction date and the sale price.",
                    citations: [
                        Citation("N.Y. RPAPL § 1371(2)", url: "http://www.laws9.com/statutes/new-york/rpa/article-13/1371"),
                        Citation(
                            "Freiberger Haber, Second Department Calculates Deficiency Judgment",
                            url: "https://fhnylaw.com/second-department-calculates-deficiency-judgment-in-mortgage-foreclosure-action/"),
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    90, .days, after: .deedDelivery, action: "move for a deficiency judgment",
                    citations: [
                        Citation("N.Y. RPAPL § 1371(2)", url: "http://www.laws9.com/statutes/new-york/rpa/article-13/1371"),
                        Citation("JDRMDBP-SM v. Hossain, 2023 NY Slip Op 06033"),
                    ],
                    confidence: .statute,
                    note: "If no motion is made in time, the sale proceeds are treated as full satisfaction of the debt.")
            ],
            citations: [Citation("N.Y. RPAPL §§ 1371, 1301")],
            confidence: .statute),

        StateDeficiencyRule(
            .PA,
            summary: "Deficiency allowed after a sheriff's sale; if the creditor bought, it must petition to fix fair market value within 6 months.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency may be sought, but a debtor not named and served in the petition to fix fair market value is discharged.",
                    citations: [
                        Citation(
                            "42 Pa.C.S. § 8103",
                            url:
                                "https://d1tvxue8o4w0fl.cloudfront.net/statute/pennsylvania-statutes/consolidated-statutes/title-42-pacs-judiciary-and-judicial-procedure/part-vii-civil-actions-and-proceedings/chapter-81-judgments-and-other-liens/subchapter-a-general-provisions/section-8103-deficiency-judgments"
                        )
                    ],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.lenderBoughtProperty],
                    explanation:
                        "when the property is sold to the judgment creditor, the creditor must petition the court to fix its fair market value, which is credited against the debt.",
                    citations: [Citation("42 Pa.C.S. § 8103 (Deficiency Judgment Act)")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    6, .months, after: .deedDelivery, action: "petition to fix fair market value",
                    condition: "when the property was sold to the judgment creditor",
                    citations: [
                        Citation("42 Pa.C.S. § 8103"),
                        Citation("Fidelity Bank v. Bourger (Pa. Super. 1995)", url: "https://print.casetext.com/case/fidelity-bank-na-v-bourger"),
                    ],
                    confidence: .statute,
                    note: "Counted from execution and delivery of the sheriff's deed; the limitations section (42 Pa.C.S. 5522(b)(2)) was not retrieved.",
                    requires: [.lenderBought])
            ],
            citations: [Citation("42 Pa.C.S. § 8103")],
            confidence: .statute),

        StateDeficiencyRule(
            .IL,
            summary: "Deficiency allowed in the judicial foreclosure if the borrower was personally served or appeared.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question: "Were you NOT personally served, and did you NOT appear, in the foreclosure case?",
                    explanation:
                        "a personal deficiency judgment needs personal service on the borrower or an appearance; otherwise only an in rem deficiency, which does not bind the borrower personally.",
                    citations: [
                        Citation("735 ILCS 5/15-1508(e)"),
                        Citation(
                            "Nolo/AllLaw, Illinois Laws on Deficiency Judgments",
                            url: "https://www.alllaw.com/articles/nolo/foreclosure/illinois-deficiency-judgments.html"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .allowed,
                    explanation: "the deficiency can be entered in the foreclosure judgment or the order confirming the sale.",
                    citations: [
                        Citation("735 ILCS 5/15-1508(e)"),
                        Citation(
                            "Nolo/AllLaw, Illinois Laws on Deficiency Judgments",
                            url: "https://www.alllaw.com/articles/nolo/foreclosure/illinois-deficiency-judgments.html"),
                    ],
                    confidence: .secondary),
            ],
            citations: [Citation("735 ILCS 5/15-1508(e)")],
            confidence: .secondary,
            notes: [
                "Entered with confirmation of the sale; no separate deadline. A secondary source says the judgment is enforceable for 7 years (not modelled)."
            ]),

        StateDeficiencyRule(
            .OH,
            summary:
                "Deficiency allowed after judicial sale; on a 1–2 family dwelling or homestead it becomes unenforceable 2 years after confirmation of the sale.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency judgment may be entered after the judicial sale.",
                    citations: [Citation("Ohio Rev. Code § 2329.08", url: "https://law.justia.com/codes/ohio/2006/orc/jd_232908-8fa7.html")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    2, .years, after: .confirmationOfSale, party: .enforcementEnds, action: "enforce the deficiency judgment",
                    condition: "debt secured by a one- or two-family dwelling, homestead or homesite",
                    citations: [Citation("Ohio Rev. Code § 2329.08", url: "https://law.justia.com/codes/ohio/2006/orc/jd_232908-8fa7.html")],
                    confidence: .statute,
                    note: "Collection started within the 2 years may continue; read in the 2006 text, later amendments not checked.")
            ],
            citations: [Citation("Ohio Rev. Code § 2329.08")],
            confidence: .statute),

        StateDeficiencyRule(
            .GA,
            summary:
                "After a non-judicial sale a deficiency is allowed only if a court confirms the sale (true market value) on a report filed within 30 days.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    question: "Was the sale NOT reported to the superior court and confirmed?",
                    explanation:
                        "without a court's confirmation of a non-judicial sale (finding that the property brought its true market value), no deficiency judgment may be obtained.",
                    citations: [
                        Citation(
                            "O.C.G.A. § 44-14-161", url: "https://law.justia.com/codes/georgia/2022/title-44/chapter-14/article-7/part-1/section-44-14-161")
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency may be sought once the sale is confirmed.",
                    citations: [
                        Citation(
                            "O.C.G.A. § 44-14-161", url: "https://law.justia.com/codes/georgia/2022/title-44/chapter-14/article-7/part-1/section-44-14-161")
                    ],
                    confidence: .statute),
            ],
            deadlines: [
                DeadlineRule(
                    30, .days, after: .sale, action: "report the sale to the superior court for confirmation", saleTypes: [.nonjudicial],
                    citations: [
                        Citation(
                            "O.C.G.A. § 44-14-161(a)", url: "https://law.justia.com/codes/georgia/2022/title-44/chapter-14/article-7/part-1/section-44-14-161")
                    ],
                    confidence: .statute,
                    note: "The debtor must get at least 5 days' notice of the confirmation hearing; the court may order a resale.")
            ],
            citations: [Citation("O.C.G.A. § 44-14-161")],
            confidence: .statute),

        StateDeficiencyRule(
            .NC,
            summary:
                "Deficiency allowed except on seller-financed purchase-money notes; a debtor may offset when the lender bought at a power-of-sale sale below true value.",
            availability: [
                AvailabilityRule(
                    .barred, loanTypes: [.purchaseMoneyFirstMortgage],
                    question: "Was the loan seller-financed, with a note that shows on its face it is purchase money?",
                    explanation: "no deficiency judgment on a seller-financed purchase-money note.",
                    citations: [
                        Citation(
                            "N.C.G.S. § 45-21.38",
                            url: "https://poynerspruill.com/thought-leadership/north-carolinas-anti-deficiency-statute-for-seller-financed-real-estate")
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency may otherwise be sought.",
                    citations: [Citation("N.C.G.S. §§ 45-21.36, 45-21.38", url: "https://statutes.laws.com/north-carolina/Chapter_45/GS_45-21_36")],
                    confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial], conditions: [.lenderBoughtProperty, .debtorMustRaiseIt],
                    explanation:
                        "when the lender buys at a power-of-sale sale, the debtor may show as a defence or offset that the property was worth the debt or that the bid was substantially below its true value (not for court-ordered sales).",
                    citations: [Citation("N.C.G.S. § 45-21.36", url: "https://statutes.laws.com/north-carolina/Chapter_45/GS_45-21_36")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    1, .years, after: .sale, action: "sue for the deficiency",
                    citations: [
                        Citation("N.C.G.S. § 1-54(6)"),
                        Citation("First Citizens Bank & Trust Co. v. Martin, 44 N.C. App. 261 (1979)", url: "https://cite.case.law/nc-app/44/261/"),
                    ],
                    confidence: .secondary,
                    note:
                        "The statute, quoted in Martin, gives one year for a deficiency judgment after foreclosure of a mortgage or deed of trust on real estate; that it counts from the sale is not stated in the text read. Only a party with an interest in the mortgaged property may raise it (Martin)."
                )
            ],
            citations: [Citation("N.C.G.S. §§ 45-21.36, 45-21.38, 1-54(6)")],
            confidence: .statute,
            notes: ["Any broader 2009 protection (45-21.38A) unconfirmed."]),

        StateDeficiencyRule(
            .MI,
            summary:
                "Deficiency allowed by separate suit after foreclosure by advertisement; when the lender bought, the debtor may show the property was worth more.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "after foreclosure by advertisement the lender must sue for the deficiency.",
                    citations: [
                        Citation(
                            "MCL § 600.3280",
                            url:
                                "https://www.monroecountylawyers.com/blog/2020/10/can-the-lender-get-a-deficiency-judgment-after-a-foreclosure-sale-in-michigan/"
                        )
                    ],
                    confidence: .secondary)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial], conditions: [.lenderBoughtProperty, .debtorMustRaiseIt],
                    explanation:
                        "when the mortgagee bought at the sale, the debtor may show the property was worth the debt, or that the bid was substantially less than its true value, to defeat or reduce the deficiency (not when a third party bought).",
                    citations: [Citation("MCL § 600.3280", url: "http://www.myforeclosureoptions.net/michigan-deficiency-judgment-law/")],
                    confidence: .secondary)
            ],
            citations: [Citation("MCL §§ 600.3280, 600.3155")],
            confidence: .secondary,
            notes: ["Statute quoted on secondary pages only.", "No special lender deadline: see GeneralLimitation."]),

        StateDeficiencyRule(
            .NJ,
            summary: "Deficiency allowed only by separate suit, credited with fair market value if the debtor disputes it, within 3 months after the sale.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency needs a separate suit on the debt, and only defendants joined in the foreclosure can be sued.",
                    citations: [Citation("N.J.S.A. 2A:50-1, -2", url: "https://kyzerlex.com/law/njsa/2a/50-1")],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.debtorMustRaiseIt],
                    explanation: "if the debtor disputes the amount, the deficiency is the debt minus the fair market value.",
                    citations: [
                        Citation("N.J.S.A. 2A:50-3"), Citation("McCloskey v. M.P.J. Co. (1964)", url: "https://print.casetext.com/case/mccloskey-v-mpj-co"),
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    3, .months, after: .sale, action: "sue for the deficiency",
                    citations: [
                        Citation("N.J.S.A. 2A:50-2"),
                        Citation(
                            "Stark & Stark, Deficiency actions after foreclosure",
                            url: "https://stark-stark.com/blog/deficiency-actions-after-foreclosure-judgements"),
                    ],
                    confidence: .secondary,
                    note: "Counted from confirmation instead where confirmation is required.")
            ],
            citations: [Citation("N.J.S.A. 2A:50-1 to -3")],
            confidence: .statute),

        StateDeficiencyRule(
            .WA,
            summary:
                "No deficiency after a trustee's sale of a deed of trust (narrow commercial and guarantor exceptions); judicial foreclosure rule unconfirmed.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    explanation:
                        "no deficiency judgment may follow a trustee's sale under a deed of trust, apart from limited commercial-loan and guarantor cases that do not reach a borrower's principal residence.",
                    citations: [
                        Citation(
                            "RCW 61.24.100",
                            url: "https://instalawyer.io/laws/revised-code-of-washington/6124100-deficiency-judgments-foreclosure-trustees-sale-application")
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .unknown, saleTypes: [.judicial],
                    explanation: "whether a deficiency follows a judicial foreclosure was not confirmed.",
                    citations: [Citation("RCW 61.24.100")], confidence: .unknown),
            ],
            citations: [Citation("RCW 61.24.100")],
            confidence: .statute),

        StateDeficiencyRule(
            .AZ,
            summary:
                "No deficiency on a home of up to 2.5 acres (one- or two-family dwelling) after a trustee's sale or a judicial foreclosure of a purchase-money loan; otherwise the greater of FMV or price, within 90 days.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    explanation:
                        "no deficiency after a trustee's sale of a deed of trust on property of 2.5 acres or less used for a single one- or two-family dwelling.",
                    citations: [Citation("A.R.S. § 33-814(G)", url: "https://www.lawserver.com/law/state/arizona/az-laws/arizona_laws_33-814")],
                    confidence: .statute, requires: [.smallDwelling(maxAcreThousandths: 2500, maxUnits: 2)]),
                AvailabilityRule(
                    .barred, loanTypes: [.purchaseMoneyFirstMortgage], saleTypes: [.judicial],
                    explanation:
                        "no deficiency after judicial foreclosure of a purchase-money mortgage on property of 2.5 acres or less used for a single one- or two-family dwelling.",
                    citations: [
                        Citation(
                            "A.R.S. § 33-729(A)",
                            url: "https://darylmanhart.wordpress.com/2015/05/20/arizona-anti-deficiency-statutes-and-cases-as-of-january-2015/")
                    ],
                    confidence: .statute, requires: [.smallDwelling(maxAcreThousandths: 2500, maxUnits: 2)]),
                AvailabilityRule(
                    .allowed,
                    explanation: "outside those protections a deficiency may be sought.",
                    citations: [Citation("A.R.S. §§ 33-729, 33-814")], confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial],
                    explanation:
                        "the deficiency is the amount owed minus the greater of the fair market value (net of prior liens) and the trustee's sale price.",
                    citations: [Citation("A.R.S. § 33-814(A)", url: "https://www.lawserver.com/law/state/arizona/az-laws/arizona_laws_33-814")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    90, .days, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [Citation("A.R.S. § 33-814(A)", url: "https://www.lawserver.com/law/state/arizona/az-laws/arizona_laws_33-814")],
                    confidence: .statute)
            ],
            citations: [Citation("A.R.S. §§ 33-729(A), 33-814(A), (G), (H)")],
            confidence: .statute,
            notes: ["For deeds of trust originated after 2014-12-31, § 33-814(H) removes protection for builder inventory and never-completed dwellings."]),

        StateDeficiencyRule(
            .TN,
            summary:
                "Deficiency allowed; measured against fair market value (the sale price is presumed to be it unless the debtor proves it materially less); 2 years after the sale.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency may be sought for sales on or after September 1, 2010.",
                    citations: [
                        Citation("Tenn. Code § 35-5-118", url: "https://law.justia.com/codes/tennessee/2019/title-35/chapter-5/section-35-5-118/index.html")
                    ],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.debtorMustRaiseIt],
                    explanation:
                        "the deficiency is the debt plus foreclosure costs minus the fair market value; the sale price is presumed to be the fair market value unless the debtor proves by a preponderance that it was materially less.",
                    citations: [
                        Citation("Tenn. Code § 35-5-118", url: "https://law.justia.com/codes/tennessee/2019/title-35/chapter-5/section-35-5-118/index.html")
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    2, .years, after: .sale, action: "bring the deficiency action",
                    citations: [
                        Citation("Tenn. Code § 35-5-118", url: "https://law.justia.com/codes/tennessee/2019/title-35/chapter-5/section-35-5-118/index.html")
                    ],
                    confidence: .statute,
                    note: "Or the contract or judgment limitation period if earlier (Tenn. Code 28-1-102, 28-2-111); time in bankruptcy is not counted.")
            ],
            citations: [Citation("Tenn. Code § 35-5-118")],
            confidence: .statute),

        StateDeficiencyRule(
            .MA,
            summary:
                "Deficiency allowed if a deficiency warning was sent by registered mail at least 21 days before the sale; suit within 2 years after the sale.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question:
                        "Did the lender fail to send, by registered mail with return receipt at least 21 days before the sale, a notice warning of liability for a deficiency?",
                    explanation: "a deficiency needs the statutory notice of intent to foreclose with a warning of deficiency liability.",
                    citations: [
                        Citation(
                            "M.G.L. c. 244 § 17B",
                            url:
                                "https://getpocketlaw.com/law/state_massachusetts/section-17b-notice-of-intention-to-foreclose-necessity-form-notice-and-affidavit_227253a0a6b6"
                        )
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "with proper notice a deficiency may be sought.",
                    citations: [Citation("M.G.L. c. 244 §§ 17A, 17B")], confidence: .statute),
            ],
            deadlines: [
                DeadlineRule(
                    2, .years, after: .sale, action: "sue for the deficiency",
                    citations: [
                        Citation("M.G.L. c. 244 § 17A", url: "https://getpocketlaw.com/law/state_massachusetts/section-17a-limitation-of-actions_78de7bdc7222")
                    ],
                    confidence: .statute)
            ],
            citations: [Citation("M.G.L. c. 244 §§ 17A, 17B")],
            confidence: .statute),

        StateDeficiencyRule(
            .NV,
            summary:
                "Limited: barred for certain owner-occupied purchase-money loans held by financial institutions; otherwise the greater of FMV or price, applied for within 6 months.",
            availability: [
                AvailabilityRule(
                    .barred, loanTypes: [.purchaseMoneyFirstMortgage], ownerOccupied: true,
                    question:
                        "Was the lender a financial institution, and does the loan meet NRS 40.455(3) (owner-occupied single-family purchase-money loan)?",
                    explanation:
                        "a financial institution may not obtain a deficiency in the owner-occupied single-family purchase-money cases of NRS 40.455(3).",
                    citations: [
                        Citation("NRS 40.455(3)", url: "https://law.justia.com/codes/nevada/chapter-40/statute-40-455"),
                        Citation("NRS 40.458", url: "http://nv.elaws.us/nrs/40.458"),
                    ],
                    confidence: .statute, requires: [.originatedOnOrAfter(CalendarDate(year: 2009, month: 10, day: 1)!)]),
                AvailabilityRule(
                    .allowed,
                    explanation: "the lender must apply for and prove a deficiency.",
                    citations: [Citation("NRS 40.455", url: "https://law.justia.com/codes/nevada/chapter-40/statute-40-455")], confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation:
                        "the judgment is limited to the debt minus the greater of the fair market value and the sale price, with interest from the sale; a debt buyer's recovery on a principal residence is capped using the price it paid.",
                    citations: [Citation("NRS 40.459", url: "https://legalfix.com/statutes/state-codes/nevada/chapter-40/statute-40-459")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    6, .months, after: .sale, action: "apply for a deficiency judgment",
                    citations: [
                        Citation("NRS 40.455", url: "https://law.justia.com/codes/nevada/chapter-40/statute-40-455"),
                        Citation("NRS 40.4639", url: "https://nevada.public.law/statutes/nrs_40.4639"),
                    ],
                    confidence: .statute,
                    note: "Up to 2 years when several parcels secure the debt; a junior lienholder must sue within 6 months (40.4639).")
            ],
            citations: [Citation("NRS 40.455, 40.458, 40.459, 40.4639")],
            confidence: .statute,
            notes: [
                "NRS 40.455(3) is applied to loans made on or after October 1, 2009 (NCLC; lvbankruptcy.com); the session-law applicability section was not read."
            ]),

        StateDeficiencyRule(
            .OR,
            summary: "No deficiency after a trustee's sale, or after judicial foreclosure of a residential trust deed.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    explanation: "no deficiency judgment after a trustee's sale.",
                    citations: [Citation("ORS 86.797", url: "https://www.oregonlaws.org/ors/86.797")], confidence: .statute),
                AvailabilityRule(
                    .barred, saleTypes: [.judicial],
                    question: "Was the loan secured by a residential trust deed?",
                    explanation:
                        "no deficiency after judicial foreclosure of a residential trust deed (this also protects same-day, same-lender purchase-money seconds).",
                    citations: [Citation("ORS 86.797", url: "https://www.oregonlaws.org/ors/86.797")], confidence: .statute),
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "a commercial judicial foreclosure can include a money award.",
                    citations: [Citation("ORS 86.797", url: "https://oregon.public.law/statutes/ors_86.797")], confidence: .statute),
            ],
            citations: [Citation("ORS 86.797 (formerly 86.770)")],
            confidence: .statute),
    ]
}
