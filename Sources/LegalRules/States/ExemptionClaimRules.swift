import CaseModel

// Exemption-claim procedures and deadlines after a levy or garnishment (legal-notes §2.6 and the
// state tables, "Table 3"). Only states with something confirmed are listed; the rest report unknown.

extension ExemptionClaimRule {
    /// Every catalogued rule.
    public static let all: [ExemptionClaimRule] = [
        ExemptionClaimRule(
            .CA, .bankLevy,
            procedure: "File a sworn claim of exemption with the levying officer, in person or by mail.",
            deadline: DeadlineRule(
                15, .days, after: .noticeServed, party: .debtor, action: "file the claim of exemption",
                citations: [
                    Citation(
                        "Cal. Civ. Proc. Code § 703.520(a)",
                        url:
                            "https://casetext.com/statute/california-codes/california-code-of-civil-procedure/part-2-of-civil-actions/title-9-enforcement-of-judgments/division-2-enforcement-of-money-judgments/chapter-4-exemptions/article-2-procedure-for-claiming-exemptions-after-levy/section-703520-filing-claim-time-information-included"
                    )
                ],
                confidence: .statute,
                note: "That is for personal service; if the notice of levy was served by mail the period is 20 days. The older 10-day text is out of date."),
            // The same subsection's 20 days for service by mail (legal-notes §2.6 [C]).
            mailedDeadline: DeadlineRule(
                20, .days, after: .noticeMailed, party: .debtor, action: "file the claim of exemption",
                citations: [
                    Citation(
                        "Cal. Civ. Proc. Code § 703.520(a)",
                        url:
                            "https://casetext.com/statute/california-codes/california-code-of-civil-procedure/part-2-of-civil-actions/title-9-enforcement-of-judgments/division-2-enforcement-of-money-judgments/chapter-4-exemptions/article-2-procedure-for-claiming-exemptions-after-levy/section-703520-filing-claim-time-information-included"
                    )
                ],
                confidence: .statute),
            forms: ["Claim of Exemption (EJ-160)", "Financial Declaration (EJ-165)"],
            citations: [Citation("Cal. Civ. Proc. Code §§ 703.520, 703.540", url: "https://california.public.law/codes/ca_civ_proc_code_section_703.540")],
            confidence: .statute),
        ExemptionClaimRule(
            .CA, .wageGarnishment,
            procedure:
                "File a Claim of Exemption and a Financial Statement with the levying officer (not the court); no fixed filing deadline was found, so file as soon as possible.",
            deadline: nil, forms: ["Claim of Exemption (WG-006)", "Financial Statement (WG-007)"],
            citations: [Citation("Cal. Civ. Proc. Code §§ 706.105, 706.123", url: "https://pars.lasd.org/Viewer/Manuals/12547/Content/20476")],
            confidence: .statute),
        ExemptionClaimRule(
            .NY, .bankLevy,
            procedure: "Send the completed Exemption Claim Form to both the bank and the creditor (or its attorney).",
            deadline: DeadlineRule(
                20, .days, after: .noticeMailed, party: .debtor, action: "send the exemption claim form",
                citations: [
                    Citation("N.Y. CPLR 5222-a", url: "https://www.nysenate.gov/legislation/laws/CVP/5222-A"),
                    Citation("Georgiou Law, Bank Restraints In New York", url: "https://georgioulawpllc.com/bank-restraints"),
                ],
                confidence: .secondary, note: "Counted from the bank's postmark."),
            forms: ["Exemption Claim Form (CPLR 5222-a)"],
            citations: [Citation("N.Y. CPLR 5222-a(b)", url: "https://www.nysenate.gov/legislation/laws/CVP/5222-A")], confidence: .secondary),
        ExemptionClaimRule(
            .CO, .bankLevy,
            procedure: "File a written claim of exemption with the clerk and send a copy to the creditor by certified mail.",
            deadline: DeadlineRule(
                14, .days, after: .noticeServed, party: .debtor, action: "file the claim of exemption",
                citations: [
                    Citation(
                        "C.R.S. § 13-54.5-108(1)",
                        url:
                            "https://getpocketlaw.com/law/state_colorado/section-13-54-5-108-judgment-debtor-to-file-written-objection-or-claim-of-exemption_6530c33831e2"
                    )
                ], confidence: .statute),
            forms: ["C.R.C.P. Form 29 (Writ with Notice of Exemption and Pending Levy)"],
            citations: [Citation("C.R.S. § 13-54.5-108(1)"), Citation("C.R.C.P. 103")], confidence: .statute),
        ExemptionClaimRule(
            .CO, .wageGarnishment,
            procedure: "Try to settle a miscalculation with the employer, then file a written objection.",
            deadline: DeadlineRule(
                7, .days, after: .noticeServed, party: .debtor, action: "resolve the miscalculation with the employer before objecting",
                citations: [
                    Citation(
                        "C.R.C.P. 103",
                        url:
                            "https://casetext.com/rule/colorado-court-rules/colorado-rules-of-civil-procedure/chapter-13-seizure-of-person-or-property/rule-103-garnishment"
                    )
                ], confidence: .statute),
            forms: ["C.R.C.P. Form 28 (Objection)"], citations: [Citation("C.R.C.P. 103")], confidence: .statute),
        ExemptionClaimRule(
            .CT, .bankLevy,
            procedure: "Return the Exemption Claim Form the bank mails you.",
            deadline: DeadlineRule(
                15, .days, after: .noticeMailed, party: .debtor, action: "return the exemption claim to the bank",
                citations: [Citation("C.G.S. § 52-367b"), Citation("Connecticut Law Tribune case note", url: "http://www.ctlawtribune.com/id=1202588241033")],
                confidence: .secondary),
            forms: ["JD-CV-24A Exemption Claim Form (Financial Institution Execution)"],
            citations: [
                Citation("C.G.S. § 52-367b"),
                Citation("Form JD-CV-24A", url: "https://forms.justia.com/connecticut/statewide/civil/exemption-claim-form-financial-institution-31124.html"),
            ], confidence: .secondary),
        ExemptionClaimRule(
            .KS, .bankLevy,
            procedure: "Request a hearing with the clerk and deliver or mail a copy to the creditor; the hearing is held 7–14 days after the request.",
            deadline: DeadlineRule(
                14, .days, after: .noticeServed, party: .debtor, action: "request an exemption hearing",
                citations: [Citation("K.S.A. § 60-735(b)", url: "https://instalawyer.io/laws/kansas-statutes/60-735-notice-to-judgment-debtor")],
                confidence: .statute),
            citations: [Citation("K.S.A. § 60-735(b)")], confidence: .statute),
        ExemptionClaimRule(
            .MN, .bankLevy,
            procedure: "Sign the exemption forms the bank mails and send one to the bank and one to the creditor's attorney, with 60 days of bank statements.",
            deadline: DeadlineRule(
                14, .days, after: .noticeMailed, party: .debtor, action: "send the exemption claim",
                citations: [Citation("Minn. Stat. § 571.913", url: "https://instalawyer.io/laws/minnesota-statutes/section-571913-effect-of")],
                confidence: .statute,
                note: "Counted from the postmark; claimed funds are released 6 business days after the bank gets the claim unless the creditor objects."),
            citations: [Citation("Minn. Stat. §§ 571.912, 571.913")], confidence: .statute),
        ExemptionClaimRule(
            .MN, .wageGarnishment,
            procedure: "The creditor must give 10 days' notice before serving the garnishment summons; serve an exemption claim within that time.",
            deadline: DeadlineRule(
                10, .days, after: .noticeServed, party: .debtor, action: "serve the exemption claim",
                citations: [
                    Citation("Minn. Stat. §§ 571.924, 571.925", url: "https://instalawyer.io/laws/minnesota-statutes/section-571924-garnishment-exemption")
                ], confidence: .statute),
            citations: [Citation("Minn. Stat. §§ 571.924, 571.925")], confidence: .statute),
        ExemptionClaimRule(
            .ID, .bankLevy,
            procedure: "Deliver the claim of exemption to the sheriff; the creditor then has 5 business days to object.",
            deadline: DeadlineRule(
                14, .days, after: .noticeServed, party: .debtor, action: "deliver the claim to the sheriff",
                citations: [Citation("Idaho Supreme Court instruction sheet (copy)", url: "https://info.5y1.org/funds-exempt-from-garnishment_1_f15684.html")],
                confidence: .secondary),
            citations: [Citation("Idaho Code § 11-203 (unconfirmed cite)")], confidence: .secondary),
        ExemptionClaimRule(
            .KY, .bankLevy,
            procedure: "The statute sets no time limit: appear and claim the exemption before the funds are paid out.",
            deadline: nil, forms: ["AOC-150.2 Affidavit to Challenge Garnishment"],
            citations: [Citation("KRS § 425.501(4)", url: "https://lawserver.com/law/state/kentucky/ks-statutes/kentucky_statutes_425-501")],
            confidence: .statute),
        ExemptionClaimRule(
            .MD, .wageGarnishment,
            procedure: "A motion raising a defence may be filed at any time.",
            deadline: nil, citations: [Citation("Md. Rule 3-646(e)", url: "https://govt.westlaw.com/mdc/Document/NA328C5009CEA11DB9BCF9DAC28345A2A")],
            confidence: .statute),
        ExemptionClaimRule(
            .NY, .wageGarnishment,
            procedure:
                "Move the court that entered the judgment, usually by order to show cause, for an order vacating or modifying the income execution; the judgment debtor may so move at any time.",
            deadline: nil,
            citations: [
                Citation("N.Y. CPLR 5231", url: "https://nysenate.gov/legislation/laws/CVP/5231"),
                Citation("N.Y. CPLR 5240", url: "https://www.nysenate.gov/legislation/laws/CVP/5240"),
            ],
            confidence: .secondary),
        ExemptionClaimRule(
            .MT, .bankLevy,
            procedure: "File a claim of exemption with the clerk of the court that issued the writ, with proof.",
            deadline: DeadlineRule(
                10, .days, after: .seizure, party: .debtor, action: "file the claim of exemption",
                citations: [
                    Citation("MCA § 25-13-608 et seq."),
                    Citation(
                        "Heenan Law Firm, Reclaiming exempt funds in Montana",
                        url: "https://www.billingsbankruptcylawyer.org/billings-montana-bankruptcy-blog/reclaiming-exempt-funds-in-montana"),
                ],
                confidence: .secondary, note: "A legal-aid site says 10 business days; count conservatively."),
            citations: [Citation("MCA § 25-13-608 et seq.")], confidence: .secondary),
        ExemptionClaimRule(
            .NE, .bankLevy,
            procedure: "File a written Request for Hearing with the clerk.",
            deadline: DeadlineRule(
                3, .days, after: .noticeServed, party: .debtor, action: "request a hearing",
                citations: [
                    Citation(
                        "Nebraska Debt & Bankruptcy Blog (2012)",
                        url: "http://www.nebraskadebtbankruptcyblog.com/2012/07/how-to-stop-a-bank-account-garnishment/")
                ], confidence: .secondary,
                note: "From a 2012 blog; the statute (likely Neb. Rev. Stat. 25-1011) was not read."),
            citations: [Citation("Neb. Rev. Stat. § 25-1011 (unconfirmed number)")], confidence: .secondary),
        ExemptionClaimRule(
            .NM, .bankLevy,
            procedure: "File a Claim of Exemptions on Execution.",
            deadline: DeadlineRule(
                10, .days, after: .noticeServed, party: .debtor, action: "file the claim of exemptions",
                citations: [Citation("NMRA Form 4-803", url: "https://www.nmonesource.com/nmos/forms/en/item/15615/index.do?iframe=true")], confidence: .statute
            ),
            forms: ["Form 4-803 Claim of Exemptions on Execution"], citations: [Citation("NMRA 1-065.1; Form 4-803")], confidence: .statute),
        ExemptionClaimRule(
            .ND, .wageGarnishment,
            procedure: "Serve a claim of exemptions; a timely claim blocks execution on the claimed money until the court rules.",
            deadline: DeadlineRule(
                20, .days, after: .noticeServed, party: .debtor, action: "serve the claim of exemptions",
                citations: [Citation("N.D.C.C. § 28-21-04.2", url: "https://lexace.ai/us/statute/north-dakota/28-21-04.2")], confidence: .statute),
            citations: [Citation("N.D.C.C. §§ 28-21-04.2, 32-09.1-22")], confidence: .statute),
        ExemptionClaimRule(
            .OR, .bankLevy,
            procedure:
                "Deliver the Challenge to Garnishment form to the court administrator for the court named in the writ, and a copy to the garnishor; the court sets a hearing at once.",
            deadline: DeadlineRule(
                30, .days, after: .noticeServed, party: .debtor, action: "deliver the challenge to garnishment",
                citations: [
                    Citation(
                        "ORS 18.700(2)(b)",
                        url:
                            "https://e.casetext.com/statute/oregon-revised-statutes/title-2-procedure-in-civil-proceedings/chapter-18-judgments/writs-of-garnishment/challenge-to-garnishment/section-18700-manner-of-making-challenge-to-garnishment"
                    )
                ], confidence: .statute, note: "Counted from the day a copy of the writ of garnishment is delivered to the debtor."),
            forms: ["Challenge to Garnishment (ORS 18.850)"], citations: [Citation("ORS 18.700, 18.710")], confidence: .statute),
        ExemptionClaimRule(
            .OR, .wageGarnishment,
            procedure:
                "Deliver the Challenge to Garnishment form to the court administrator for the court named in the writ, and a copy to the garnishor; the court sets a hearing at once.",
            deadline: DeadlineRule(
                120, .days, after: .noticeServed, party: .debtor, action: "deliver the challenge to garnishment",
                citations: [
                    Citation(
                        "ORS 18.700(2)(a)",
                        url:
                            "https://e.casetext.com/statute/oregon-revised-statutes/title-2-procedure-in-civil-proceedings/chapter-18-judgments/writs-of-garnishment/challenge-to-garnishment/section-18700-manner-of-making-challenge-to-garnishment"
                    )
                ], confidence: .statute,
                note:
                    "For an exemption claimed for wages earned from the garnishee employer; counted from the day a copy of the writ is delivered to the debtor."
            ),
            forms: ["Challenge to Garnishment (ORS 18.850)"], citations: [Citation("ORS 18.700, 18.710")], confidence: .statute),
        ExemptionClaimRule(
            .UT, .bankLevy,
            procedure: "Reply or request a hearing using the court's Notice of Garnishment and Exemptions.",
            deadline: DeadlineRule(
                14, .days, after: .noticeServed, party: .debtor, action: "object and request a hearing",
                citations: [Citation("Utah R. Civ. P. 64D", url: "http://www.utcourts.gov/resources/rules/urcp/urcp064d.html")], confidence: .statute),
            forms: ["Notice of Garnishment and Exemptions (1508DCJ)"], citations: [Citation("Utah R. Civ. P. 64D")], confidence: .statute),
        ExemptionClaimRule(
            .VA, .bankLevy,
            procedure:
                "File the Request for Hearing – Garnishment/Lien Exemption Claim with the court clerk; the statute sets no fixed filing deadline, and the hearing is held within 7 business days after filing.",
            deadline: nil, forms: ["Request for Hearing – Garnishment/Lien Exemption Claim (reportedly DC-454)"],
            citations: [Citation("Va. Code §§ 8.01-512.4, 8.01-512.5", url: "https://instalawyer.io/laws/code-of-virginia/801-5124-notice-of-exemptions")],
            confidence: .statute),
        ExemptionClaimRule(
            .WI, .wageGarnishment,
            procedure: "Deliver or mail the debtor's answer form to the employer at any time before or during the garnishment's 13-week period.",
            deadline: nil, citations: [Citation("Wis. Stat. §§ 812.37, 812.44", url: "https://docs.legis.wisconsin.gov/document/statutes/812.44(5)")],
            confidence: .statute),
        ExemptionClaimRule(
            .FL, .bankLevy,
            procedure: "File the Claim of Exemption and Request for Hearing with the clerk, and mail or deliver a copy to the plaintiff and the garnishee.",
            deadline: DeadlineRule(
                20, .days, after: .noticeServed, party: .debtor, action: "file the claim of exemption and request for hearing",
                citations: [Citation("Fla. Stat. § 77.041(1)", url: "http://statutes.laws-info.com/florida/TitleVI/chapter77/77_041")], confidence: .secondary,
                note: "Counted from the day the notice is received; read in a mirror that may predate amendments."),
            forms: ["Claim of Exemption and Request for Hearing (Fla. Stat. § 77.041)"],
            citations: [Citation("Fla. Stat. § 77.041")], confidence: .secondary),
        ExemptionClaimRule(
            .FL, .wageGarnishment,
            procedure: "File the Claim of Exemption and Request for Hearing with the clerk, and mail or deliver a copy to the plaintiff and the garnishee.",
            deadline: DeadlineRule(
                20, .days, after: .noticeServed, party: .debtor, action: "file the claim of exemption and request for hearing",
                citations: [Citation("Fla. Stat. § 77.041(1)", url: "http://statutes.laws-info.com/florida/TitleVI/chapter77/77_041")], confidence: .secondary,
                note: "Counted from the day the notice is received; read in a mirror that may predate amendments."),
            forms: ["Claim of Exemption and Request for Hearing (Fla. Stat. § 77.041)"],
            citations: [Citation("Fla. Stat. §§ 77.041, 222.11")], confidence: .secondary),
        ExemptionClaimRule(
            .NC, .bankLevy,
            procedure: "File the Motion to Claim Exempt Property with the clerk of court; exemptions not claimed in time are waived.",
            deadline: DeadlineRule(
                20, .days, after: .noticeServed, party: .debtor, action: "file the motion to claim exempt property",
                citations: [Citation("N.C.G.S. § 1C-1603", url: "http://www.laws9.com/statutes/north-carolina/Chapter_1C/GS_1C-1603")], confidence: .secondary),
            forms: ["Notice of Rights to Have Exemptions Designated", "Motion to Claim Exempt Property"],
            citations: [Citation("N.C.G.S. § 1C-1603")], confidence: .secondary),
        ExemptionClaimRule(
            .NJ, .bankLevy,
            procedure: "Send a written claim to the clerk of the court and to the person who ordered the levy, giving the reasons the money is exempt.",
            deadline: DeadlineRule(
                10, .days, after: .noticeServed, party: .debtor, action: "mail the written claim of exemption",
                citations: [
                    Citation(
                        "N.J. Court Rules Appendix VI, Notice to Debtor (R. 4:59-1(g))",
                        url: "http://www.docstoc.com/docs/51985104/APPENDIX-VI-NOTICE-TO-DEBTOR-(Rules-459-1(g)-and-67-1(b))")
                ], confidence: .secondary),
            forms: ["Notice to Debtor (N.J. Court Rules Appendix VI)"],
            citations: [Citation("N.J. Ct. R. 4:59-1(g), 6:7-1(b)")], confidence: .secondary),
        ExemptionClaimRule(
            .TN, .bankLevy,
            procedure: "File a motion claiming the exemption with the court clerk's office named in the Notice to Judgment Debtor.",
            deadline: DeadlineRule(
                20, .days, after: .noticeServed, party: .debtor, action: "file the motion claiming the exemption",
                citations: [Citation("Tenn. Code § 26-2-404", url: "https://instalawyer.io/laws/2021-tennessee-code/26-2-404-contents-of-notice")],
                confidence: .statute,
                note: "Counted from the day the notice was mailed or given; a timely motion is decided within 14 days of filing."),
            forms: ["Notice to Judgment Debtor (Tenn. Code § 26-2-404)"],
            citations: [Citation("Tenn. Code §§ 26-2-403, 26-2-404")], confidence: .statute),
        ExemptionClaimRule(
            .WY, .bankLevy,
            procedure: "File a written request for hearing with the clerk; the hearing is held within 5 business days.",
            deadline: DeadlineRule(
                10, .days, after: .seizure, party: .debtor, action: "request a hearing",
                citations: [Citation("Wyo. Stat. § 1-17-102", url: "https://codes.findlaw.com/wy/title-1-code-of-civil-procedure/wy-st-sect-1-17-102/")],
                confidence: .statute),
            citations: [Citation("Wyo. Stat. § 1-17-102")], confidence: .statute),
    ]
}
