import CaseModel

// Deficiency after residential foreclosure: group A of legal-notes-states.md
// (AL, AK, AR, CO, CT, DE, DC, HI, ID, IN, IA, KS, KY, LA, ME, MD, MN). Values only; no logic.

extension StateDeficiencyRule {
    /// Group A of the per-state notes.
    static let groupA: [StateDeficiencyRule] = [
        StateDeficiencyRule(
            .AL,
            summary: "Deficiency allowed, usually by separate suit after a power-of-sale foreclosure; no anti-deficiency or fair-value statute found.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "the lender may sue for the deficiency; a bid far below value can be attacked under the lender's duty of fairness and good faith.",
                    citations: [
                        Citation("Ala. Code § 35-10-1 et seq."),
                        Citation(
                            "Nolo, Deficiency Judgment Laws in Alabama",
                            url: "http://www.nolo.com/legal-encyclopedia/deficiency-judgments-after-foreclosure-alabama.html"),
                    ],
                    confidence: .secondary)
            ],
            citations: [
                Citation("Ala. Code § 35-10-1 et seq."),
                Citation(
                    "Nolo, Deficiency Judgment Laws in Alabama",
                    url: "http://www.nolo.com/legal-encyclopedia/deficiency-judgments-after-foreclosure-alabama.html"),
            ],
            confidence: .secondary,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .AK,
            summary: "No deficiency after a non-judicial trustee's sale; possible only through judicial foreclosure or a suit on the note.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    explanation:
                        "after a trustee's sale under a deed of trust no further action or judgment is allowed on the secured debt against the maker, a surety or a guarantor.",
                    citations: [
                        Citation("AS 34.20.100", url: "https://www.elfaonline.org/advocacy/state-issues/state-law-compendium/alaska/deeds-of-trust"),
                        Citation("AS 34.20.070(a)"),
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "a lender that forecloses judicially (and then cannot use the power of sale) may seek a deficiency.",
                    citations: [
                        Citation(
                            "AS 34.20.070(a)",
                            url:
                                "https://e.casetext.com/statute/alaska-statutes/title-34-property/chapter-3420-mortgages-and-trust-deeds/article-02-deeds-of-trust/section-3420070-sale-by-trustee"
                        )
                    ],
                    confidence: .statute),
            ],
            citations: [Citation("AS 34.20.100; AS 34.20.070(a)")],
            confidence: .statute,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .AR,
            summary: "Deficiency allowed; after a statutory (non-judicial) sale it is capped by fair market value and suit must come within 12 months.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency may be sought; in a judicial action the court may order the sale and a personal judgment in one decree.",
                    citations: [
                        Citation(
                            "Ark. Code § 18-49-103(c)", url: "https://law.justia.com/codes/arkansas/2018/title-18/subtitle-4/chapter-49/section-18-49-103/"),
                        Citation("Ark. Code § 18-50-112"),
                    ],
                    confidence: .secondary)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial],
                    explanation: "after a statutory sale the deficiency is capped at the debt plus costs minus the fair market value.",
                    citations: [
                        Citation("Ark. Code § 18-50-112"),
                        Citation(
                            "AllLaw, Arkansas Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-arkansas.html"),
                    ],
                    confidence: .secondary)
            ],
            deadlines: [
                DeadlineRule(
                    12, .months, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [
                        Citation("Ark. Code § 18-50-112"),
                        Citation(
                            "AllLaw, Arkansas Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-arkansas.html"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("Ark. Code §§ 18-50-112, 18-49-103(c)")],
            confidence: .secondary,
            notes: ["§ 18-50-112 text not retrieved.", "A two-thirds minimum-bid rule is reported in conflicting versions (unconfirmed)."]),

        StateDeficiencyRule(
            .CO,
            summary:
                "Deficiency allowed after a public-trustee sale; the borrower may defend if the lender bid below its good-faith estimate of fair market value.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "the lender may seek a deficiency after the sale.",
                    citations: [
                        Citation("C.R.S. § 38-38-106", url: "https://colorado.public.law/statutes/crs_38-38-106"),
                        Citation(
                            "myforeclosureoptions, Colorado Deficiency Judgment Law",
                            url: "http://www.myforeclosureoptions.net/colorado-deficiency-judgment-law/"),
                    ],
                    confidence: .secondary)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, saleTypes: [.nonjudicial], conditions: [.debtorMustRaiseIt],
                    explanation:
                        "the holder must bid at least its good-faith estimate of fair market value less costs and senior liens; failing that is a defence the borrower may raise in a deficiency suit.",
                    citations: [
                        Citation("C.R.S. § 38-38-106(6)"),
                        Citation(
                            "myforeclosureoptions, Colorado Deficiency Judgment Law",
                            url: "http://www.myforeclosureoptions.net/colorado-deficiency-judgment-law/"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("C.R.S. § 38-38-106")],
            confidence: .secondary,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .CT,
            summary: "Deficiency allowed with a court valuation credit; motion within 30 days after the redemption period (law day) ends.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "after strict foreclosure a party may move for a deficiency, which the court limits to the debt minus its valuation of the property.",
                    citations: [
                        Citation("C.G.S. § 49-14(a)", url: "https://codes.findlaw.com/ct/title-49-mortgages-and-liens/ct-gen-st-sect-49-14/"),
                        Citation("C.G.S. § 49-28", url: "https://instalawyer.io/laws/connecticut-general-statutes/section-49-28-when-proceeds"),
                    ],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation:
                        "the court holds a hearing, sets the property's value and awards only the debt minus that valuation; after a foreclosure by sale below the court appraisal, no deficiency is enforced until half the gap has been credited.",
                    citations: [
                        Citation("C.G.S. § 49-14(a)", url: "https://codes.findlaw.com/ct/title-49-mortgages-and-liens/ct-gen-st-sect-49-14/"),
                        Citation("C.G.S. § 49-28"),
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    30, .days, after: .endOfRedemptionPeriod, action: "move for a deficiency judgment",
                    citations: [Citation("C.G.S. § 49-14(a)", url: "https://codes.findlaw.com/ct/title-49-mortgages-and-liens/ct-gen-st-sect-49-14/")],
                    confidence: .statute,
                    note: "Otherwise the foreclosure bars further action on the debt (C.G.S. § 49-1).")
            ],
            citations: [Citation("C.G.S. §§ 49-14(a), 49-28, 49-1")],
            confidence: .statute),

        StateDeficiencyRule(
            .DE,
            summary:
                "Not confirmed: foreclosure is judicial (scire facias, in rem); sources conflict on whether a deficiency can be had by a separate suit on the note.",
            availability: [
                AvailabilityRule(
                    .unknown,
                    explanation: "secondary sources conflict on whether a deficiency is available (usually said to need a separate suit on the note or bond).",
                    citations: [
                        Citation("10 Del. C. § 5061", url: "https://delcode.delaware.gov/title10/c049/sc11/"),
                        Citation("ActiveRain, Delaware Foreclosure Process", url: "https://activerain.com/blogsview/672750/delaware--de--foreclosure-process"),
                    ],
                    confidence: .unknown)
            ],
            citations: [Citation("10 Del. C. § 5061 et seq.")],
            confidence: .unknown,
            notes: ["Whether a deficiency is available at all is unconfirmed; no anti-deficiency statute was found."]),

        StateDeficiencyRule(
            .DC,
            summary:
                "Deficiency allowed: in a judicial sale the court may enter a personal decree for the remainder; after a non-judicial sale the lender must sue separately.",
            availability: [
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "in a judicial foreclosure by sale the court may enter a personal decree for the unpaid remainder.",
                    citations: [Citation("D.C. Code § 42-816", url: "https://instalawyer.io/laws/district-of-columbia-code/42-816-sale-of-property")],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed, saleTypes: [.nonjudicial],
                    explanation: "after a non-judicial sale under a deed of trust the lender must file a separate suit.",
                    citations: [
                        Citation(
                            "Nolo, Summary of D.C. Foreclosure Laws",
                            url: "http://www.nolo.com/legal-encyclopedia/summary-district-columbias-foreclosure-laws.html")
                    ],
                    confidence: .secondary),
            ],
            citations: [Citation("D.C. Code §§ 42-815, 42-816")],
            confidence: .statute,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .HI,
            summary:
                "No deficiency after a non-judicial power-of-sale foreclosure of an owner-occupant's residential property; judicial foreclosure may leave one.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial], ownerOccupied: true,
                    question:
                        "Was the home your primary residence for at least 200 continuous days before the notice of default, with no other collateral securing the debt?",
                    explanation:
                        "no deficiency after a Part II power-of-sale foreclosure of residential property against an owner-occupant, unless other collateral also secures the debt.",
                    citations: [
                        Citation("HRS § 667-38", url: "https://lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_667-38"), Citation("HRS § 667-1"),
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed, saleTypes: [.judicial],
                    explanation: "after judicial foreclosure (Part IA) a deficiency is available.",
                    citations: [
                        Citation("HRS ch. 667 Part IA"),
                        Citation(
                            "Monalim v. HawaiiUSA FCU, cert. appendix",
                            url: "http://www.supremecourt.gov/DocketPDF/20/20-509/157433/20201012233118342_MONALIM%20CERT%20APPENDIX%201-5.pdf"),
                    ],
                    confidence: .secondary),
            ],
            citations: [Citation("HRS §§ 667-38, 667-1")],
            confidence: .statute,
            notes: ["No special lender deadline found; the general limitations period is in GeneralLimitation."]),

        StateDeficiencyRule(
            .ID,
            summary:
                "Deficiency allowed but limited to the debt minus fair market value (trustee's sale) or reasonable value (judicial); suit within 3 months after a trustee's sale.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation: "a deficiency may be sought, subject to the value limits.",
                    citations: [
                        Citation("Idaho Code §§ 45-1512, 6-101, 6-108"),
                        Citation(
                            "AllLaw, Idaho Laws on Post-Foreclosure Deficiency Judgments",
                            url: "https://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-idaho.html"),
                    ],
                    confidence: .secondary)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue,
                    explanation:
                        "the judgment cannot exceed the debt minus the fair market value at the sale (trustee's sale) or the reasonable value the court finds (judicial).",
                    citations: [
                        Citation("Idaho Code §§ 45-1512, 6-108"),
                        Citation(
                            "Thompson v. Kirsch (Idaho App. 1984)",
                            url: "https://www.studicata.com/summaries/court-of-appeals-of-idaho/thompson-v-kirsch-1984-o1w12y"),
                    ],
                    confidence: .secondary)
            ],
            deadlines: [
                DeadlineRule(
                    3, .months, after: .sale, action: "sue for the deficiency", saleTypes: [.nonjudicial],
                    citations: [
                        Citation("Idaho Code § 45-1512"),
                        Citation(
                            "AllLaw, Idaho Laws on Post-Foreclosure Deficiency Judgments",
                            url: "https://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-idaho.html"),
                    ],
                    confidence: .secondary)
            ],
            citations: [Citation("Idaho Code §§ 45-1512, 6-101, 6-108")],
            confidence: .secondary),

        StateDeficiencyRule(
            .IN,
            summary:
                "Deficiency allowed as part of the judicial foreclosure judgment; barred if the borrower waived the pre-sale waiting period with the lender's consent.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question: "Did you, with the lender's consent, waive the statutory waiting period before the sale?",
                    explanation: "a lender that agreed to the borrower's waiver of the waiting period may not get a deficiency.",
                    citations: [
                        Citation("IC 32-29-7-5"),
                        Citation(
                            "AllLaw, Indiana Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-indiana.html"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "the personal judgment on the note is entered in the foreclosure judgment, and the sheriff's sale price is credited against it.",
                    citations: [
                        Citation("IC 32-30-10-5"),
                        Citation(
                            "Indiana Commercial Foreclosure Law blog",
                            url:
                                "https://commercialforeclosureblog.typepad.com/indiana_commercial_forecl/2016/07/an-indiana-deficiency-judgment-arises-out-of-the-foreclosure-judgment-itself-not-a-separate-action.html"
                        ),
                    ],
                    confidence: .secondary),
            ],
            citations: [Citation("IC 32-30-10-5; 32-29-7-3, -5")],
            confidence: .secondary),

        StateDeficiencyRule(
            .IA,
            summary:
                "Deficiency sharply limited for homes: none after voluntary non-judicial foreclosure or foreclosure without redemption; a residential judgment dies 2 years after entry.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    question: "Was it a voluntary non-judicial foreclosure under Iowa Code 654.18?",
                    explanation: "the voluntary non-judicial procedure requires the lender to waive any deficiency.",
                    citations: [Citation("Iowa Code § 654.18", url: "https://instalawyer.io/laws/iowa-code/section-65418-alternative-nonjudicial")],
                    confidence: .statute),
                AvailabilityRule(
                    .barred, ownerOccupied: true,
                    question:
                        "Was it a foreclosure without redemption (Iowa Code 654.20) of your one- or two-family residence, and did you NOT demand a delayed sale?",
                    explanation:
                        "in a foreclosure without redemption of the borrower's one- or two-family residence, no deficiency may be entered unless the borrower demanded a delayed sale.",
                    citations: [Citation("Iowa Code § 654.20", url: "http://ia.elaws.us/code/654.20")],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "otherwise a deficiency may be entered, subject to the two-year limit on residential judgments.",
                    citations: [
                        Citation("Iowa Code §§ 615.1, 654.6", url: "https://legalfix.com/statutes/state-codes/iowa/title-xv/chapter-615/section-615-1")
                    ],
                    confidence: .statute),
            ],
            deadlines: [
                DeadlineRule(
                    2, .years, after: .judgmentEntry, party: .enforcementEnds, action: "enforce the foreclosure judgment",
                    condition: "a one- or two-family dwelling that is the mortgagor's residence, or agricultural land",
                    citations: [
                        Citation("Iowa Code § 615.1", url: "https://legalfix.com/statutes/state-codes/iowa/title-xv/chapter-615/section-615-1"),
                        Citation("Iowa Code § 615.3", url: "https://instalawyer.io/laws/iowa-code/section-6153-future-judgments"),
                    ],
                    confidence: .statute,
                    note: "The judgment becomes void; time stayed by bankruptcy or court order is excluded.")
            ],
            citations: [Citation("Iowa Code §§ 615.1, 615.3, 654.18, 654.20")],
            confidence: .statute),

        StateDeficiencyRule(
            .KS,
            summary: "Deficiency allowed in the judicial foreclosure, but not against a borrower served only by publication.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question: "Were you served only by publication?",
                    explanation: "a personal deficiency is not available against a borrower served only by publication.",
                    citations: [
                        Citation(
                            "AllLaw, Kansas Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-kansas.html")
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .allowed, explanation: "the court confirms the sale and may refuse if the bid is substantially inadequate.",
                    citations: [
                        Citation("K.S.A. §§ 60-2410, 60-2415"),
                        Citation(
                            "AllLaw, Kansas Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-kansas.html"),
                    ],
                    confidence: .secondary),
            ],
            citations: [Citation("K.S.A. §§ 60-2410, 60-2414, 60-2415")],
            confidence: .secondary,
            notes: [
                "The deficiency is part of the foreclosure judgment. No special lender deadline found; the general limitations period is in GeneralLimitation."
            ]),

        StateDeficiencyRule(
            .KY,
            summary: "Deficiency allowed in the judicial foreclosure, but not against a borrower only constructively summoned who did not appear.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question: "Were you only constructively summoned (warning order) and did you NOT appear?",
                    explanation: "no personal judgment against a borrower who was only constructively summoned and did not appear.",
                    citations: [
                        Citation("KRS § 454.165"),
                        Citation(
                            "AllLaw, Kentucky Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-kentucky.html"),
                    ],
                    confidence: .secondary),
                AvailabilityRule(
                    .allowed, explanation: "a deficiency may be entered in the foreclosure action.",
                    citations: [
                        Citation("KRS § 426.005"),
                        Citation(
                            "AllLaw, Kentucky Laws on Post-Foreclosure Deficiency Judgments",
                            url: "http://www.alllaw.com/articles/nolo/foreclosure/deficiency-laws-in-kentucky.html"),
                    ],
                    confidence: .secondary),
            ],
            citations: [Citation("KRS §§ 426.005, 454.165, 426.530")],
            confidence: .secondary,
            notes: [
                "If the sale brings less than 2/3 of appraised value the borrower may redeem within 1 year (KRS 426.530) [secondary].",
                "No special lender deadline found; the general limitations period is in GeneralLimitation.",
            ]),

        StateDeficiencyRule(
            .LA,
            summary: "Deficiency allowed only with an appraisal: a sale without appraisal fully discharges the personal obligation.",
            availability: [
                AvailabilityRule(
                    .barred,
                    question: "Was the property sold at the judicial sale without an appraisal (waiver of appraisement)?",
                    explanation: "a sale without appraisal discharges any unpaid balance as a personal obligation.",
                    citations: [
                        Citation("La. R.S. 13:4106", url: "https://lawserver.com/law/state/louisiana/la-codes/louisiana_revised_statutes_13-4106"),
                        Citation("La. R.S. 13:4108"),
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "with a proper appraisal the creditor may seek the deficiency by converting to an ordinary proceeding or by separate suit.",
                    citations: [
                        Citation("La. R.S. 13:4106"),
                        Citation(
                            "Loyola Pro Bono Desk Manual § 7.4", url: "https://probonodeskmanual.loyno.edu/defending-homeownership/74-deficiency-judgments"),
                    ],
                    confidence: .statute),
            ],
            citations: [Citation("La. R.S. 13:4106–13:4108")],
            confidence: .statute,
            notes: [
                "Per a desk manual an untimely appraisal has the same effect (13:4107) [secondary].",
                "No special lender deadline found; the general limitations period is in GeneralLimitation.",
            ]),

        StateDeficiencyRule(
            .ME,
            summary: "Deficiency allowed after the judicial sale; if the lender bought, measured against fair market value by independent appraisal.",
            availability: [
                AvailabilityRule(
                    .allowed, explanation: "any deficiency is assessed against the mortgagor after the report of sale.",
                    citations: [Citation("14 M.R.S. § 6324", url: "https://statutes.laws.com/maine/title14/title14ch713sec0/title14sec6324")],
                    confidence: .statute)
            ],
            fairValue: [
                FairValueRule(
                    .greaterOfSalePriceAndFairMarketValue, conditions: [.lenderBoughtProperty],
                    explanation:
                        "when the mortgagee bought, the deficiency is the debt plus sale expenses minus the fair market value at the sale date, set by an independent appraisal.",
                    citations: [
                        Citation("14 M.R.S. § 6324"),
                        Citation("Rice v. Flynn, 628 A.2d 139 (Me. 1993)", url: "https://app.midpage.ai/document/rice-v-flynn-4949423"),
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    30, .days, after: .reportOfSaleReceived, party: .debtor, action: "contest the report of sale by motion",
                    citations: [Citation("14 M.R.S. § 6324", url: "https://statutes.laws.com/maine/title14/title14ch713sec0/title14sec6324")],
                    confidence: .statute)
            ],
            citations: [Citation("14 M.R.S. §§ 6323, 6324")],
            confidence: .statute,
            notes: ["The lender's own deadline is unconfirmed."]),

        StateDeficiencyRule(
            .MD,
            summary: "Deficiency allowed by motion within 3 years after final ratification of the auditor's report.",
            availability: [
                AvailabilityRule(
                    .allowed,
                    explanation:
                        "after the sale and the auditor's account are ratified, the secured party may move for a deficiency; for owner-occupied homes that motion is the only remedy on the note.",
                    citations: [
                        Citation(
                            "Md. Rule 14-216(b)",
                            url:
                                "https://d1tvxue8o4w0fl.cloudfront.net/rule/maryland-court-rules/title-14-sales-of-property/chapter-200-foreclosure-of-lien-instruments/rule-14-216-proceeds-of-sale"
                        ), Citation("Md. Real Prop. § 7-105.17", url: "https://lexace.ai/us/statute/maryland/RP-7-105.17"),
                    ],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    3, .years, after: .auditorReportRatified, action: "move for a deficiency judgment",
                    citations: [
                        Citation("Md. Rule 14-216(b)"),
                        Citation("Perry v. Burson (Md. Ct. Spec. App. 2017)", url: "https://print.casetext.com/case/perry-v-burson"),
                    ],
                    confidence: .statute,
                    note: "Perry v. Burson reads the date from the docket entry.")
            ],
            citations: [Citation("Md. Rule 14-216(b); Real Prop. § 7-105.17")],
            confidence: .statute),

        StateDeficiencyRule(
            .MN,
            summary:
                "No deficiency after foreclosure by advertisement with a 6-month (or 5-week abandoned) redemption period; otherwise capped at the debt minus the sale proceeds.",
            availability: [
                AvailabilityRule(
                    .barred, saleTypes: [.nonjudicial],
                    question: "Was the redemption period 6 months (or 5 weeks for abandoned property)?",
                    explanation: "no deficiency after foreclosure by advertisement with a 6-month redemption period or the 5-week abandoned-property period.",
                    citations: [
                        Citation("Minn. Stat. § 582.30 subd. 1", url: "https://www.revisor.mn.gov/statutes/?year=2006&id=582.30"),
                        Citation("Minn. Stat. §§ 580.23, 582.032"),
                    ],
                    confidence: .statute),
                AvailabilityRule(
                    .allowed,
                    explanation: "in other cases (such as foreclosure by action) a deficiency is allowed, capped at the debt minus the sale proceeds.",
                    citations: [Citation("Minn. Stat. § 582.30", url: "https://www.revisor.mn.gov/statutes/?year=2006&id=582.30")],
                    confidence: .statute),
            ],
            fairValue: [
                FairValueRule(
                    .salePrice,
                    explanation: "the deficiency is capped at the debt minus the sale proceeds.",
                    citations: [Citation("Minn. Stat. § 582.30", url: "https://www.revisor.mn.gov/statutes/?year=2006&id=582.30")],
                    confidence: .statute)
            ],
            deadlines: [
                DeadlineRule(
                    90, .days, after: .sale, action: "sue for the deficiency (fair market value found by a jury unless waived)",
                    condition: "agricultural mortgages made after March 22, 1986",
                    citations: [Citation("Minn. Stat. § 582.30 subds. 2–3", url: "https://www.revisor.mn.gov/statutes/?year=2006&id=582.30")],
                    confidence: .statute, requires: [.agricultural])
            ],
            citations: [Citation("Minn. Stat. §§ 582.30, 580.23, 582.032")],
            confidence: .statute,
            notes: ["Read in the 2006 text of 582.30; check the current version.", "That 6 months is the usual residential redemption period is unconfirmed."]),
    ]
}
