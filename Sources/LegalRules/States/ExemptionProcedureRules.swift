import CaseModel

// How each state's exemption claim is made, in the state's own words, one entry per jurisdiction by
// USPS code. Computed deadlines stay in `ExemptionClaimRule`; this is what a claim form prints.

extension ExemptionProcedureRule {
    private static let notFound = [Citation("no state procedure confirmed (see docs/legal-rules.md)")]

    /// Every jurisdiction's procedure, sorted by USPS code.
    public static let all: [ExemptionProcedureRule] = [
        .init(
            .AK, officers: .generic,
            filingPlace:
                "Household goods and other limited-value property (AS 09.38.020): file a written objection, with its grounds, with the clerk of the court that issued the order. Bank accounts and wages: not confirmed.",
            deadline: "Limited-value property: the date the court's order fixes, no more than 15 days after the order issues.",
            hearing: .setOnFiling("For limited-value property, no writ of execution issues until a hearing on the filed claim is held (form CIV-536)."),
            forms: ["Order to Debtor and Notice of Exemption Rights (CIV-536)", "Judgment Debtor Booklet (CIV-511)"],
            verification: .unknown,
            citations: [
                Citation(
                    "AS 09.38.075",
                    url:
                        "https://casetext.com/statute/alaska-statutes/title-09-code-of-civil-procedure/chapter-0938-alaska-exemptions-act/section-0938075-special-procedures-relating-to-limited-value-exemptions-burden-of-proof"
                ),
                Citation(
                    "Alaska form CIV-536", url: "https://forms.justia.com/alaska/statewide/civil/order-to-debtor-and-notice-of-exemption-rights-70458.html"),
            ],
            confidence: .statute,
            notes: [
                "Only the limited-value property procedure was read; the claim steps for a bank account or wages (in the CIV-511 booklet) were not retrieved."
            ]),
        .init(
            .AL,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace:
                "Garnishment: file a written claim, verified by oath, in the court where the garnishment is pending, with a statement of your personal property, money and choses in action, their location and value (§ 6-10-29). Levy on other property: file the verified claim with the officer who made the levy.",
            deadline:
                "Garnishment: before the judgment of condemnation, if you had notice of the garnishment. Levy: any time after the levy and before the sale.",
            hearing: .ifCreditorObjects(
                "Garnishment: if the creditor does not contest within 15 days after the claim is filed, the garnishment is dismissed or modified; a contest is set for hearing within 7 days. Levy: the creditor has 10 days after notice to contest, or the levy is discharged."
            ),
            verification: UnswornDeclaration(
                .notaryRequired, citation: Citation("Ala. Code § 6-10-37; Ala. R. Civ. P. 64B (claim verified by oath)"), confidence: .statute),
            citations: [
                Citation("Ala. Code § 6-10-37", url: "http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/6-10-37.htm"),
                Citation(
                    "Ala. R. Civ. P. 64B",
                    url:
                        "http://18wheeleraccidentlawyer.co/statutes/73762/Rule-64B-Contest-of-claim-of-exemption----Garnishment-of-money-choses-in-action-or-personal-property.html"
                ),
                Citation("Ala. Code § 6-10-26", url: "https://law.justia.com/codes/alabama/2017/title-6/chapter-10/article-1/division-2/section-6-10-26/"),
            ],
            confidence: .statute,
            notes: [
                "Rule 64B's 15-day and 7-day periods were read in an unofficial copy; § 6-10-37 (which the rule replaces) was read on the legislature's site."
            ]),
        .init(
            .AR, officers: .generic,
            filingPlace:
                "Give the creditor (or its agent or attorney) 5 days' written notice, then file a schedule of all your property, verified by affidavit and marking what you claim exempt, with the judge or clerk who issued the execution or garnishment. Wages: a sworn statement filed with the court that issued the process (§ 16-66-208).",
            deadline: "No deadline in § 16-66-211 (the schedule stays the sale once filed).",
            hearing: .ifCreditorObjects(
                "The court orders a hearing if the creditor asks for one within 5 days after receiving your notice; if the claim is upheld, a supersedeas stays the sale and the property is returned."
            ),
            verification: UnswornDeclaration(
                .notaryRequired, citation: Citation("Ark. Code § 16-66-211(a)(1) (schedule verified by affidavit)"), confidence: .statute),
            citations: [
                Citation("Ark. Code § 16-66-211", url: "https://instalawyer.io/laws/arkansas-code/16-66-211-claiming-exemptions"),
                Citation("Ark. Code § 16-66-214", url: "https://instalawyer.io/laws/arkansas-code/16-66-214-effect-of-filing"),
                Citation("Ark. Code § 16-66-208"),
            ],
            confidence: .statute,
            notes: ["A separate schedule of all property is due within 45 days after any final judgment (§ 16-66-221)."]),
        .init(
            .AZ,
            officers: OfficerWords.generic,
            filingPlace:
                "File the written objection and Request for Hearing (the form served with the notice to judgment debtor) with the court, and deliver a copy to all parties to the writ.",
            deadline: "10 days after receiving the garnishee's answer or the nonexempt earnings statement.",
            hearing: .debtorMustRequest("The hearing starts within 10 days after the court receives the request, and no later than 15."),
            forms: ["Initial Notice to Judgment Debtor and Request for Hearing (A.R.S. § 12-1598.16)"],
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation(
                    "Ariz. R. Civ. P. 80(c)",
                    url:
                        "https://govt.westlaw.com/azrules/Document/N039B437253BF11EE9FFDC84BD602A834?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)"
                ), wording: "I declare under penalty of perjury that the foregoing is true and correct. Executed on ________________.", confidence: .statute),
            citations: [
                Citation("A.R.S. § 12-1598.07", url: "http://statutes.laws.com/arizona/title12/12-1598.07"),
                Citation("A.R.S. § 12-1580", url: "https://lawserver.com/law/state/arizona/az-laws/arizona_laws_12-1580"),
            ],
            confidence: .statute),
        .init(
            .CA,
            officers: OfficerWords(enforcingOfficer: "levying officer", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace: "The levying officer (sheriff or marshal) who served the levy or earnings withholding order, not the court.",
            deadline: "Bank levy: 15 days after personal service of the notice of levy, 20 days if mailed; wages: no fixed deadline found.",
            hearing: .ifCreditorObjects(
                "The creditor may file a notice of opposition and notice of motion; the court then sets a hearing. Without opposition the levying officer releases the property."
            ),
            forms: ["Claim of Exemption (EJ-160)", "Financial Declaration (EJ-165)", "Claim of Exemption (WG-006)", "Financial Statement (WG-007)"],
            formRequired: true,
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation("Cal. Civ. Proc. Code § 2015.5", url: "https://scocal.stanford.edu/opinion/kulshreshta-v-first-union-33434"),
                wording: "I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.",
                confidence: .statute),
            citations: [
                Citation("Cal. Civ. Proc. Code §§ 703.520, 703.540", url: "https://california.public.law/codes/ca_civ_proc_code_section_703.540"),
                Citation("Cal. Civ. Proc. Code §§ 706.105, 706.123", url: "https://pars.lasd.org/Viewer/Manuals/12547/Content/20476"),
            ],
            confidence: .statute),
        .init(
            .CO,
            officers: OfficerWords.generic,
            filingPlace: "The clerk of the court that issued the writ, with a copy to the creditor by certified mail.",
            deadline: "14 days after the notice is served (bank levy).",
            hearing: .unknown,
            forms: ["C.R.C.P. Form 29 (Writ with Notice of Exemption and Pending Levy)", "C.R.C.P. Form 28 (Objection)"],
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation(
                    "C.R.S. §§ 13-27-104, 13-27-106",
                    url: "https://getpocketlaw.com/law/state_colorado/section-13-27-106-form-of-unsworn-declaration_ed82007e8d83"),
                wording:
                    "I declare under penalty of perjury under the law of Colorado that the foregoing is true and correct. Executed on the ___ day of ______, ____, at ______ (city or other location, and state or country).",
                confidence: .statute),
            citations: [
                Citation(
                    "C.R.S. § 13-54.5-108(1)",
                    url:
                        "https://getpocketlaw.com/law/state_colorado/section-13-54-5-108-judgment-debtor-to-file-written-objection-or-claim-of-exemption_6530c33831e2"
                ), Citation("C.R.C.P. 103"),
            ],
            confidence: .statute),
        .init(
            .CT,
            officers: OfficerWords.generic,
            filingPlace: "Return the exemption claim form the bank mails.",
            deadline: "15 days after the bank mails the notice.",
            hearing: .unknown,
            forms: ["JD-CV-24A Exemption Claim Form (Financial Institution Execution)"],
            verification: .unknown,
            citations: [Citation("C.G.S. § 52-367b")],
            confidence: .secondary),
        .init(
            .DC, officers: .generic,
            filingPlace:
                "Non-wage attachment (such as a bank account): file a Motion for Claim of Exemption and Request for Hearing with the Superior Court clerk's office named on the notice (a sample motion is available there).",
            deadline: nil,
            hearing: .debtorMustRequest("The Motion for Claim of Exemption and Request for Hearing asks the court for a hearing."),
            forms: ["Notice to Debtor of Non-Wage Garnishment and Exemptions (Superior Court)", "Motion for Claim of Exemption and Request for Hearing"],
            verification: .unknown,
            citations: [
                Citation(
                    "D.C. Superior Court, Notice to Debtor of Non-Wage Garnishment and Exemptions (copy)",
                    url: "https://info.5y1.org/notice-of-garnishment-form_2_e616f9.html"),
                Citation("D.C. Code § 16-572.01"),
            ],
            confidence: .secondary,
            notes: [
                "Read in a copy of the court's notice, cut off before any deadline; wages: a motion to exempt for undue hardship (D.C. Code § 16-572.01) with no filing deadline seen."
            ]),
        .init(
            .DE, officers: .generic, filingPlace: nil, deadline: nil, hearing: .unknown,
            verification: .unknown, citations: notFound, confidence: .unknown,
            notes: ["Not confirmed in the searches recorded in docs/legal-rules.md (section \"Searches that ended in unknown\")."]),
        .init(
            .FL,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace:
                "File the Claim of Exemption and Request for Hearing with the clerk's office, and mail or deliver a copy to the plaintiff and the garnishee at the addresses on the writ.",
            deadline: "20 days after receiving the notice.",
            hearing: .debtorMustRequest("The statutory form is a claim and a request for hearing; the hearing is held as soon as possible after the request."),
            forms: ["Claim of Exemption and Request for Hearing (Fla. Stat. § 77.041)"],
            formRequired: true,
            verification: UnswornDeclaration(
                .notaryRequired,
                citation: Citation("Fla. Stat. § 77.041(1) (the notice says to have the claim notarized; § 92.525 declarations are not named)"),
                confidence: .secondary),
            citations: [Citation("Fla. Stat. § 77.041", url: "http://statutes.laws-info.com/florida/TitleVI/chapter77/77_041")],
            confidence: .secondary,
            notes: ["Read in a mirror that may predate amendments; the notice there says to have the form notarized."]),
        .init(
            .GA,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace:
                "File the Defendant's Claim form (attached to the Notice to Defendant of Right Against Garnishment) with the clerk of the court that issued the summons.",
            deadline: nil,
            hearing: .unknown,
            forms: [
                "Notice to Defendant of Right Against Garnishment of Money, Including Wages, and Other Property (O.C.G.A. § 18-4-82)", "Defendant's Claim form",
            ],
            formRequired: true,
            verification: .unknown,
            citations: [
                Citation(
                    "O.C.G.A. § 18-4-82",
                    url:
                        "https://casetext.com/statute/code-of-georgia/title-18-debtor-and-creditor/chapter-4-garnishment-proceedings/article-4-forms/section-18-4-82-notice-to-defendant-of-right-against-garnishment-of-money-including-wages-and-other-property"
                ),
                Citation(
                    "O.C.G.A. § 18-4-6(d)",
                    url:
                        "https://casetext.com/statute/code-of-georgia/title-18-debtor-and-creditor/chapter-4-garnishment-proceedings/article-1-general-provisions/section-18-4-6-exemption-from-garnishment"
                ),
            ],
            confidence: .statute,
            notes: ["The claim deadline and hearing timing (O.C.G.A. § 18-4-15) were not read."]),
        .init(
            .HI, officers: .generic,
            filingPlace:
                "Apply to the court that issued the process for the release and return of the exempt property (with or without a bond).",
            deadline: nil,
            hearing: .debtorMustRequest(
                "The application asks the court to decide whether the property is exempt; on an approved bond the court may order it returned at once."),
            verification: .unknown,
            citations: [
                Citation("HRS § 651-64", url: "https://www.legalfix.com/statutes/state-codes/hawaii/title-36/chapter-651/section-651-64"),
                Citation("HRS § 651-68", url: "https://instalawyer.io/laws/hawaii-revised-statutes/651-68-proceedings-on-execution-appraisers"),
            ],
            confidence: .statute,
            notes: [
                "If the creditor does not apply for an appraisal within 60 days after levying on property of an exempt kind, the execution's lien ends (HRS § 651-68). No filing deadline for the debtor was found; the garnishment chapter (652) gave no claim step."
            ]),
        .init(
            .IA,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace: "File a motion or other appropriate pleading claiming the exemption with the court that entered the judgment.",
            deadline: nil,
            hearing: .debtorMustRequest(
                "The notice of garnishment and levy tells the debtor of the right to request and have a timely hearing before a judge."),
            forms: ["Notice of garnishment and levy (Iowa Code § 642.14A)"],
            verification: .unknown,
            citations: [
                Citation("Iowa Code § 642.14A", url: "https://instalawyer.io/laws/iowa-code/section-64214a-notice-to"),
                Citation("Iowa Code § 642.5", url: "http://ia.elaws.us/code/642"),
            ],
            confidence: .statute,
            notes: [
                "The creditor serves the notice within 7 business days after the sheriff files the garnishee's answers; the notice warns that without a motion the exemption may be lost. The debtor's own filing deadline was not found."
            ]),
        .init(
            .ID,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace: "The sheriff who levied.",
            deadline: "14 days after service (bank levy), by a court instruction sheet.",
            hearing: .ifCreditorObjects("The creditor has 5 business days to object; a hearing follows."),
            verification: .unknown,
            citations: [Citation("Idaho Supreme Court instruction sheet (copy)", url: "https://info.5y1.org/funds-exempt-from-garnishment_1_f15684.html")],
            confidence: .secondary),
        .init(
            .IL,
            officers: OfficerWords.generic,
            filingPlace:
                "Wage deduction: notify the clerk of the court in writing; the clerk gives a hearing date and the forms to send to the creditor and the employer.",
            deadline: "Wage deduction: on or before the return date on the Wage Deduction Notice.",
            hearing: .debtorMustRequest("Notify the clerk in writing to obtain a hearing date."),
            forms: ["Wage Deduction Notice (served with the summons)"],
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("735 ILCS 5/1-109", url: "https://ilga.gov/legislation/ilcs/documents/073500050K1-109.htm"),
                wording:
                    "Under penalties as provided by law pursuant to Section 1-109 of the Code of Civil Procedure, the undersigned certifies that the statements set forth in this instrument are true and correct, except as to matters therein stated to be on information and belief and as to such matters the undersigned certifies as aforesaid that he verily believes the same to be true.",
                confidence: .statute),
            citations: [
                Citation(
                    "Illinois Wage Deduction Notice (Clinton County form)",
                    url: "https://forms.justia.com/illinois/local-county/clinton/wage-deduction-notice-72267.html"), Citation("735 ILCS 5/12-805"),
            ],
            confidence: .statute),
        .init(
            .IN, officers: .generic,
            filingPlace:
                "Assert the exemptions in the court that holds the proceedings supplemental (Ind. Trial Rule 69(E)), at or before the hearing the creditor's motion sets; a court may not order payment out of exempt income.",
            deadline: "At or before the proceedings supplemental hearing (no separate filing deadline found).",
            hearing: .setOnFiling(
                "The court orders property or income applied to the judgment only after a hearing of which the debtor has been notified (IC 34-55-8-7)."),
            forms: ["Notice of Certain Exemptions and Your Right to a Prompt Hearing (IC 28-9-3-5(b), bank holds)"],
            verification: .unknown,
            citations: [
                Citation("IC 34-55-8-7", url: "https://lawserver.com/law/state/indiana/in-code/indiana_code_34-55-8-7"),
                Citation("Branham v. Varble (Ind. 2011)", url: "https://caseclips.courts.in.gov/2011/09/01/branham-v-varble-2"),
                Citation("IC 28-9-3-4, 28-9-3-5", url: "https://instalawyer.io/laws/indiana-code/28-9-3-4-adverse-claim-by-money"),
            ],
            confidence: .statute,
            notes: [
                "Branham (read in the court's own summary) holds the exemptions must generally be asserted by the debtor, but an unrepresented small-claims debtor does not forfeit them by not pleading them (Mims v. Commercial Credit Corp. (Ind. 1974))."
            ]),
        .init(
            .KS,
            officers: OfficerWords.generic,
            filingPlace: "The clerk of the court, with a copy delivered or mailed to the creditor.",
            deadline: "14 days after the notice is served (bank levy).",
            hearing: .debtorMustRequest("Request a hearing in the filing; it is held 7 to 14 days after the request."),
            verification: .unknown,
            citations: [Citation("K.S.A. § 60-735(b)", url: "https://instalawyer.io/laws/kansas-statutes/60-735-notice-to-judgment-debtor")],
            confidence: .statute),
        .init(
            .KY,
            officers: OfficerWords.generic,
            filingPlace: "The court, before the money is paid out.",
            deadline: "No time limit in the statute.",
            hearing: .debtorMustRequest("Appear and claim the exemption in court."),
            forms: ["AOC-150.2 Affidavit to Challenge Garnishment"],
            verification: .unknown,
            citations: [Citation("KRS § 425.501(4)", url: "https://lawserver.com/law/state/kentucky/ks-statutes/kentucky_statutes_425-501")],
            confidence: .statute),
        .init(
            .LA,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil, deadline: nil, hearing: .unknown,
            verification: .unknown,
            citations: [
                Citation("La. C.C.P. arts. 2411, 2412", url: "https://lawserver.com/law/state/louisiana/la-codes/louisiana_code_of_civil_procedure_2411")
            ],
            confidence: .unknown,
            notes: [
                "Only the words were confirmed: the sheriff serves the garnishment petition and notice of seizure (art. 2412), and the creditor must send the debtor written notice of the petition. How the debtor claims an exemption was not found."
            ]),
        .init(
            .MA,
            officers: OfficerWords(enforcingOfficer: "officer serving the trustee process", garnishee: "trustee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil,
            deadline: nil,
            hearing: .unknown,
            verification: .unknown,
            citations: [Citation("M.G.L. c. 246 § 28", url: "https://malegislature.gov/laws/generallaws/partiii/titleiv/chapter246/section28")],
            confidence: .unknown,
            notes: ["Only the word for the garnishee (trustee) was confirmed; the claim procedure was not found."]),
        .init(
            .MD,
            officers: OfficerWords.generic,
            filingPlace: "The court that issued the writ, by motion claiming the exemption, with copies to the creditor and the garnishee.",
            deadline: "Bank garnishment: the $6,000 election within 30 days of the attachment or levy; wages: a motion raising a defence at any time.",
            hearing: .unknown,
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("Md. Rule 1-304", url: "https://peoples-law.org/index.php/document-requirements-affidavit"),
                wording: "I solemnly affirm under the penalties of perjury and upon personal knowledge that the contents of the foregoing paper are true.",
                confidence: .secondary),
            citations: [
                Citation("Md. Rule 3-646(e)", url: "https://govt.westlaw.com/mdc/Document/NA328C5009CEA11DB9BCF9DAC28345A2A"),
                Citation(
                    "Md. Cts. & Jud. Proc. § 11-504(b)(5)",
                    url: "https://law.justia.com/codes/maryland/2019/courts-and-judicial-proceedings/title-11/subtitle-5/sect-11-504/"),
            ],
            confidence: .statute),
        .init(
            .ME,
            officers: OfficerWords(enforcingOfficer: "officer serving the trustee process", garnishee: "trustee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil, deadline: nil, hearing: .unknown,
            verification: .unknown,
            citations: [
                Citation("14 M.R.S. § 3125", url: "http://www.mainelegislature.org/legis/statutes/14/title14sec3125.html"),
                Citation("Me. R. Civ. P. 4B", url: "https://howtolegalhelp.com/rule-4b-trustee-process"),
            ],
            confidence: .unknown,
            notes: [
                "The garnishee is the trustee (Rule 4B, trustee process). Before any order against wages the debtor is heard under oath at a disclosure hearing (14 M.R.S. § 3125); the claim procedure after a bank trustee process was not found."
            ]),
        .init(
            .MI,
            officers: OfficerWords.generic,
            filingPlace: "File Objections to Garnishment with the court that issued the writ.",
            deadline: "14 days after the writ is served (by a secondary source).",
            hearing: .setOnFiling("The court schedules a hearing on the objections."),
            forms: ["Objections to Garnishment (MC 49)", "Request and Writ for Garnishment (MC 12)"],
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("MCR 1.109(D)(3)", url: "https://altiorlaw.com/?p=9071"),
                wording:
                    "I declare under the penalties of perjury that this claim has been examined by me and that its contents are true to the best of my information, knowledge, and belief.",
                confidence: .statute),
            citations: [
                Citation(
                    "Credit and Debt Management blog, Michigan garnishment",
                    url: "https://creditanddebtmanagement.blogspot.com/2004/03/state-garnishment-laws-in-michigan.html"),
                Citation(
                    "SCAO Guide to Garnishment of Periodic Payments",
                    url: "https://forms.justia.com/michigan/statewide/garnishment/guide-to-garnishment-of-periodic-payments-12735.html"),
            ],
            confidence: .secondary),
        .init(
            .MN,
            officers: OfficerWords.generic,
            filingPlace:
                "Bank levy: the exemption forms go to the bank and to the creditor's attorney, with 60 days of bank statements. Wages: serve an exemption claim during the 10-day notice.",
            deadline: "Bank levy: 14 days from the postmark; wages: within the 10 days' notice before the garnishment summons.",
            hearing: .ifCreditorObjects("Claimed funds are released 6 business days after the bank gets the claim unless the creditor objects."),
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation(
                    "Minn. Stat. § 358.116; Minn. Gen. R. Prac. 15",
                    url: "https://codes.findlaw.com/mn/court-and-filing-fees-attestations-ch-357-359/mn-st-sect-358-116.html"),
                wording:
                    "I declare under penalty of perjury that everything I have stated in this document is true and correct. (Date of signing; county and state where signed.)",
                confidence: .statute),
            citations: [
                Citation("Minn. Stat. §§ 571.912, 571.913", url: "https://instalawyer.io/laws/minnesota-statutes/section-571913-effect-of"),
                Citation("Minn. Stat. §§ 571.924, 571.925", url: "https://instalawyer.io/laws/minnesota-statutes/section-571924-garnishment-exemption"),
            ],
            confidence: .statute),
        .init(
            .MO,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace:
                "File the Judgment Debtor's Claim for Exemption (and, for wages, the head-of-family affidavit) with the court that issued the garnishment.",
            deadline: nil,
            hearing: .unknown,
            forms: ["Judgment Debtor's Claim for Exemption (CV96)", "Affidavit for Head of Family Exemption (CV95)"],
            verification: .unknown,
            citations: [
                Citation(
                    "Missouri form CV96 (copy)", url: "https://vdocuments.site/date-file-stamp-judgment-debtoras-claim-for-96-judgment-debtors-cl-judgment.html"
                ), Citation("Mo. Sup. Ct. R. 90.035"),
            ],
            confidence: .secondary,
            notes: [
                "The form's own verification reads: I swear/affirm under penalty of perjury that these facts are true according to my best knowledge and belief."
            ]),
        .init(
            .MS,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace:
                "Appear in the court that issued the writ of garnishment and assert the exemption; when the garnishee's answer says you claim an exemption, the clerk or justice of the peace summons you to do so.",
            deadline: "By the return of the summons issued on the garnishee's answer; a default judgment may rule the property not exempt.",
            hearing: .debtorMustRequest(
                "If you appear, the court on your motion has the exemption issue tried between you and the creditor; proceedings against the garnishee are stayed until then."
            ),
            verification: .unknown,
            citations: [Citation("Miss. Code § 11-35-33", url: "https://law.justia.com/codes/mississippi/2018/title-11/chapter-35/section-11-35-33/")],
            confidence: .statute,
            notes: ["Only the route through the garnishee's answer was read; a claim the debtor starts without that answer was not found."]),
        .init(
            .MT,
            officers: OfficerWords.generic,
            filingPlace: "The clerk of the court that issued the writ, with proof.",
            deadline: "10 days after the levy (a legal-aid site says 10 business days).",
            hearing: .unknown,
            verification: .unknown,
            citations: [Citation("MCA § 25-13-608 et seq.")],
            confidence: .secondary),
        .init(
            .NC,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace: "File the Motion to Claim Exempt Property (served with the Notice of Rights to Have Exemptions Designated) with the clerk of court.",
            deadline: "20 days after the notice is served (by secondary sources); exemptions not claimed are waived.",
            hearing: .unknown,
            forms: ["Notice of Rights to Have Exemptions Designated", "Motion to Claim Exempt Property"],
            verification: .unknown,
            citations: [
                Citation("N.C.G.S. § 1C-1603", url: "http://www.laws9.com/statutes/north-carolina/Chapter_1C/GS_1C-1603"),
                Citation(
                    "Raleigh Bankruptcy, Notice of Right to Have Exemptions Designated",
                    url: "https://www.raleighbankruptcy.com/the-sheriff-just-served-me-with-a-notice-of-right-to-have-exemptions-designated-what-do-i-do-now/"),
            ],
            confidence: .secondary),
        .init(
            .ND,
            officers: OfficerWords.generic,
            filingPlace: "Serve the claim of exemptions; a timely claim blocks execution on the claimed money until the court rules.",
            deadline: "20 days after service (wages).",
            hearing: .unknown,
            verification: .unknown,
            citations: [Citation("N.D.C.C. § 28-21-04.2", url: "https://lexace.ai/us/statute/north-dakota/28-21-04.2")],
            confidence: .statute),
        .init(
            .NE,
            officers: OfficerWords.generic,
            filingPlace: "The clerk of the court (written request for hearing).",
            deadline: "3 days after service, by a 2012 blog (statute not read).",
            hearing: .debtorMustRequest("File a written Request for Hearing with the clerk."),
            verification: .unknown,
            citations: [Citation("Neb. Rev. Stat. § 25-1011 (unconfirmed number)")],
            confidence: .secondary),
        .init(
            .NH,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "trustee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil, deadline: nil, hearing: .unknown,
            verification: .unknown,
            citations: [
                Citation("RSA 512:3", url: "https://www.gencourt.state.nh.us/rsa/html/LII/512/512-mrg.htm"),
                Citation("N.H. Cir. Ct. Dist. Div. R. 3.47", url: "https://www.courts.state.nh.us/rules/dmcr-civil-efile/dmcrcivil-IX-3-47-3-52.html"),
            ],
            confidence: .unknown,
            notes: [
                "Only the words were confirmed: the garnishee is the trustee (RSA ch. 512, trustee process) and attachments are served by the sheriff (Rule 3.47). The post-judgment exemption claim was not found; RSA 511-A's objection and 14-day hearing cover pre-judgment attachments only."
            ]),
        .init(
            .NJ,
            officers: OfficerWords(enforcingOfficer: "court officer or sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace:
                "Bank levy: a written claim to the clerk of the court and to the person who ordered the levy. Wage execution: a written objection or application for a reduction filed with the clerk, with a copy to the creditor's attorney (or the creditor).",
            deadline:
                "Bank levy: mailed within 10 days of service of the Notice to Debtor; wage execution: at any time (to the application for a wage execution, within 10 days of the notice).",
            hearing: .setOnFiling("A hearing is held within 7 days after the objection is filed."),
            forms: ["Notice to Debtor (N.J. Court Rules Appendix VI)"],
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation("N.J. Ct. R. 1:4-4(b)", url: "http://www.courtcaddy.com/nj-court-rules-allow-pdf-affidavits-and-certifications/"),
                wording:
                    "I certify that the foregoing statements made by me are true. I am aware that if any of the foregoing statements made by me are wilfully false, I am subject to punishment.",
                confidence: .statute),
            citations: [
                Citation(
                    "N.J. Court Rules Appendix VI, Notice to Debtor (R. 4:59-1(g), 6:7-1(b)) (copy)",
                    url: "http://www.docstoc.com/docs/51985104/APPENDIX-VI-NOTICE-TO-DEBTOR-(Rules-459-1(g)-and-67-1(b))"),
                Citation(
                    "N.J. Court Rules Appendix XI-J (wage execution form, copy)", url: "http://civiljury.blogspot.com/2009/08/appendix-xi-j-wage-execution.html"
                ), Citation("Rich Eich Law, wage executions", url: "https://richeichlaw.com/2019/07/08/post-judgment-remedies-in-new-jersey-wage-executions/"),
            ],
            confidence: .secondary),
        .init(
            .NM,
            officers: OfficerWords.generic,
            filingPlace: "The court (Claim of Exemptions on Execution).",
            deadline: "10 days after service (bank levy).",
            hearing: .unknown,
            forms: ["Form 4-803 Claim of Exemptions on Execution"],
            formRequired: true,
            verification: .unknown,
            citations: [Citation("NMRA 1-065.1; Form 4-803")],
            confidence: .statute),
        .init(
            .NV,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil,
            deadline: nil,
            hearing: .debtorMustRequest("The creditor's 180-day report must tell the debtor of the right to request a hearing under NRS 18.110."),
            verification: .unknown,
            citations: [Citation("NRS 31.296", url: "https://nevada.public.law/statutes/nrs_31.296")],
            confidence: .secondary,
            notes: ["The claim-of-exemption steps themselves (NRS 21.112) were not read."]),
        .init(
            .NY,
            officers: OfficerWords(enforcingOfficer: "sheriff or city marshal", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace:
                "Bank restraint: the completed Exemption Claim Form goes to both the bank and the creditor (or its attorney). Income execution: a motion to the court.",
            deadline: "Bank restraint: 20 days from the postmark on the bank's mailing of the exemption notice and forms.",
            hearing: .ifCreditorObjects("If the creditor objects it must move within 8 days; the hearing follows within 7 days of service."),
            forms: ["Exemption Claim Form (CPLR 5222-a)"],
            formRequired: true,
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("N.Y. CPLR 2106", url: "https://nysenate.gov/legislation/laws/CVP/2106"),
                wording:
                    "I affirm this ___ day of ______, ____, under the penalties of perjury under the laws of New York, which may include a fine or imprisonment, that the foregoing is true, and I understand that this document may be filed in an action or proceeding in a court of law.",
                confidence: .statute),
            citations: [
                Citation("N.Y. CPLR 5222-a", url: "https://www.nysenate.gov/legislation/laws/CVP/5222-A"),
                Citation("N.Y. CPLR 5231(b)", url: "https://nysenate.gov/legislation/laws/CVP/5231"),
            ],
            confidence: .secondary,
            notes: [
                "The officer words are from CPLR 5231 (sheriff) and a Utica case (city marshal); the timeline is from a law-firm summary consistent with the statute."
            ],
            wageMotion: WageMotion(
                title: "Order to show cause and affirmation in support of a motion to vacate or modify the income execution",
                how:
                    "A motion to the court that entered the judgment, usually brought by order to show cause: the judge signs the order, sets the hearing date and says how to serve it. The court may deny, limit, condition, regulate or modify any enforcement procedure (CPLR 5240), and the judgment debtor may move at any time for an order modifying an income execution (CPLR 5231).",
                citations: [
                    Citation("N.Y. CPLR 5240", url: "https://www.nysenate.gov/legislation/laws/CVP/5240"),
                    Citation("N.Y. CPLR 5231", url: "https://nysenate.gov/legislation/laws/CVP/5231"),
                    Citation(
                        "Nord v Berman, 2004 NY Slip Op 51150(U) (Dist. Ct. Nassau County)",
                        url: "https://law.justia.com/cases/new-york/other-courts/2004/2004-51150.html"),
                ],
                confidence: .secondary,
                notes: [
                    "CPLR 5240's words are quoted in Gilchrist v. Commercial Credit Corp., 66 Misc. 2d 791 (1971), and Nord v Berman (2004), which also says the notice 'as the court may require' contemplates an order to show cause.",
                    "The CPLR 5231 subdivision on modification was lettered (g) in opinions of 1967-1990 (Royal Business Funds v. Rooster Plastics; Midlantic v. Reif); its current letter (reported as (i)) was not confirmed against the current text, so it is cited without a subdivision.",
                ])),
        .init(
            .OH, officers: .generic,
            filingPlace:
                "Return the Request for Hearing served with the Notice to Judgment Debtor of Garnishment to the court that issued the garnishment (court forms and guidance; the statute's text was not read).",
            deadline: nil,
            hearing: .debtorMustRequest(
                "The judgment debtor may request a hearing to review the garnishment; the court notifies everyone of its date, time and place."),
            forms: ["Notice to Judgment Debtor of Garnishment of Property Other Than Personal Earnings", "Request for Hearing on Garnishment"],
            verification: UnswornDeclaration(
                .notaryRequired,
                citation: Citation(
                    "R.C. 2319.02; Toledo Bar Assn. v. Neller, 102 Ohio St.3d 1234 (2004); In re Disqualification of Donnelly (2011)",
                    url: "https://print.casetext.com/case/lisboa-v-kleinman-in-re-donnelly"), confidence: .statute),
            citations: [
                Citation("R.C. 2716.11 et seq."),
                Citation(
                    "S.D. Ohio, Attorney Instructions for Garnishment Other Than Personal Earnings (copy)",
                    url: "http://www.findforms.com/single_form.php/form/28808/Microsoft_Word_GarnishAtty_Court_Forms_Federal_Ohio"),
                Citation(
                    "Garfield Heights Municipal Court, Bank Account Attachment",
                    url: "https://ghmc.org/small-claims/collecting-on-judgment/bank-account-attachment"),
            ],
            confidence: .secondary,
            notes: [
                "The form names are from a federal court's instructions under R.C. 2716.11 et seq.; the hearing right from a municipal court's guidance. R.C. 2716.13's text (and any deadline in it) was not read: searches returned only bill histories."
            ]),
        .init(
            .OK, officers: .generic,
            filingPlace:
                "File the Claim for Exemption and Request for Hearing (served with the garnishment summons) with the court clerk (by secondary sources).",
            deadline: nil,
            hearing: .debtorMustRequest(
                "The statutory papers are a notice of garnishment and request for hearing and a claim for exemptions; the claim asks for the hearing."),
            forms: ["Notice of Garnishment and Exemptions (OSCN)", "Claim for Exemption and Request for Hearing"],
            formRequired: true,
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation(
                    "12 O.S. § 426", url: "https://getpocketlaw.com/law/state_oklahoma/section-12-426-statement-under-penalty-of-perjury_93e537e64ab1"),
                wording:
                    "I state under penalty of perjury under the laws of Oklahoma that the foregoing is true and correct. Signed on ________________ at ________________.",
                confidence: .statute),
            citations: [
                Citation(
                    "12 O.S. § 1173.4(D)",
                    url:
                        "http://print.casetext.com/statute/oklahoma-statutes/title-12-civil-procedure/chapter-21-garnishment-and-attachment/garnishment/section-11734-continuing-earnings-garnishment"
                ),
                Citation("12 O.S. § 1174"),
            ],
            confidence: .secondary,
            notes: [
                "§ 1173.4(D) (read) requires the notice and claim forms to be served with the summons; the filing place is from secondary pages, and their \"5 days\" deadline is not used (the 5-day objection in 12 O.S. 1172.1 is pre-judgment only)."
            ]),
        .init(
            .OR,
            officers: OfficerWords(enforcingOfficer: "garnishor", garnishee: "garnishee", clerk: "court administrator", confirmed: true),
            filingPlace:
                "Deliver the completed Challenge to Garnishment form, in person or by first-class mail, to the court administrator for the court named in the writ of garnishment, and a copy to the garnishor.",
            deadline:
                "30 days after a copy of the writ is delivered to the debtor; 120 days for an exemption claimed for wages from the garnishee employer.",
            hearing: .setOnFiling(
                "The court administrator immediately sets a hearing and notifies the garnishor, the garnishee and the debtor; it is held as soon as possible."),
            forms: ["Challenge to Garnishment (ORS 18.850)", "Notice of Exemptions (ORS 18.845)"],
            verification: .unknown,
            citations: [
                Citation(
                    "ORS 18.700",
                    url:
                        "https://e.casetext.com/statute/oregon-revised-statutes/title-2-procedure-in-civil-proceedings/chapter-18-judgments/writs-of-garnishment/challenge-to-garnishment/section-18700-manner-of-making-challenge-to-garnishment"
                ),
                Citation("ORS 18.710", url: "https://law.onecle.com/oregon/18-judgments/18.710.html"),
                Citation("ORS 18.658", url: "https://www.oregonlaws.org/ors/2007/18.658"),
            ],
            confidence: .statute,
            notes: ["No filing fee may be charged for a challenge (ORS 18.700(4)); the debtor must prove timely delivery (ORS 18.710(3))."]),
        .init(
            .PA,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "prothonotary", confirmed: true),
            filingPlace:
                "File the claim for exemption with the sheriff, substantially in the form of Pa.R.C.P. 3252(a); the sheriff notifies the plaintiff and the garnishee and presents it to the court.",
            deadline: "The $300 exemption may be claimed any time before the sale (Rule 3123); no other deadline was read.",
            hearing: .debtorMustRequest("Include a demand for a prompt hearing in the claim; the court hears it within 5 business days."),
            forms: ["Claim for Exemption (Pa.R.C.P. 3252(a))"],
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("42 Pa.C.S. § 6204; 18 Pa.C.S. § 4904", url: "https://self-law.org/code/pa/title-42/chapter-62/6204"),
                wording:
                    "I verify that the statements made in this claim are true and correct. I understand that false statements herein are made subject to the penalties of 18 Pa.C.S. § 4904, relating to unsworn falsification to authorities.",
                confidence: .secondary),
            citations: [
                Citation(
                    "Pa.R.C.P. 3123.1",
                    url: "https://pacodeandbulletin.gov/Display/pacode?d=reduce&file=%2Fsecure%2Fpacode%2Fdata%2F231%2Fchapter3000%2Fs3123.1.html"),
                Citation("Pa.R.C.P. 3123", url: "https://www.law.cornell.edu/regulations/pennsylvania/231-Pa-Code-r-3123"),
            ],
            confidence: .statute,
            notes: ["'Prothonotary' is the clerk's title in a county local rule (Franklin County) read here."]),
        .init(
            .RI,
            officers: OfficerWords(enforcingOfficer: "sheriff or constable", garnishee: "trustee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil, deadline: nil, hearing: .unknown,
            verification: .unknown,
            citations: [
                Citation(
                    "R.I. Dist. Ct. R. Civ. P. 69",
                    url:
                        "https://casetext.com/rule/rhode-island-court-rules/rhode-island-district-court-rules-of-civil-procedure/provisional-and-final-remedies-and-special-proceedings/rule-69-execution-supplementary-proceedings-attachment-and-trustee-process-after-judgment-wage-attachment"
                ),
                Citation("R.I. Gen. Laws ch. 10-17", url: "http://webserver.rilin.state.ri.us/Statutes/TITLE10/10-17/10-17-7.HTM"),
            ],
            confidence: .unknown,
            notes: [
                "Only the words were confirmed: a sheriff or constable serves the execution (Rule 69) and the garnishee is the trustee (ch. 10-17). The debtor's exemption claim was not found."
            ]),
        .init(
            .SC,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace: nil, deadline: nil, hearing: .unknown,
            verification: .unknown,
            citations: [
                Citation(
                    "S.C. Bench Book for Summary Court Judges, Enforcement of Civil Judgments",
                    url: "https://sccourts.org/summaryCourtBenchBook/displaychapter.cfm?chapter=CivilI")
            ],
            confidence: .unknown,
            notes: [
                "Executions are directed to the sheriff (secondary pages); the debtor's claim of exemption after a levy was not found."
            ]),
        .init(
            .SD,
            officers: OfficerWords(enforcingOfficer: "officer making the levy", garnishee: "garnishee", clerk: "clerk of court", confirmed: true),
            filingPlace: nil,
            deadline: nil,
            hearing: .ifCreditorObjects(
                "Property claimed exempt is released if the creditor does not answer the claim; a creditor's answer names the disputed facts and values (SDCL 21-19-18, 21-19-19, section titles)."
            ),
            verification: UnswornDeclaration(.notaryRequired, citation: Citation("SDCL 21-19-11 (verification of claim required)"), confidence: .secondary),
            citations: [
                Citation("SDCL ch. 21-19", url: "https://sdlegislature.gov/Statutes/21-19"),
                Citation("SDCL 21-19-10", url: "http://www.lawserver.com/law/state/south-dakota/sd-laws/south_dakota_laws_21-19-10"),
                Citation("SDCL 21-19-17", url: "https://lexace.ai/us/statute/south-dakota/21-19-17"),
            ],
            confidence: .secondary,
            notes: [
                "Read in full: the claim sets out the facts and a schedule of all the debtor's property with values, marking what is claimed exempt (21-19-10); on 3 days' notice to the creditor the claimant may ask the court to release money, bank accounts and earnings at once (21-19-17). The time allowed (21-19-9) and the verification (21-19-11) were seen as section titles only; where the claim is filed was not read."
            ]),
        .init(
            .TN,
            officers: OfficerWords(enforcingOfficer: "sheriff", garnishee: "garnishee", clerk: "clerk of court", confirmed: false),
            filingPlace:
                "File a motion claiming the exemption with the court clerk's office named in the Notice to Judgment Debtor (the clerk may supply the form).",
            deadline: "20 days from the date the notice was mailed or given to the debtor.",
            hearing: .setOnFiling("A timely motion must be heard and decided promptly, no later than 14 days after filing; the clerk sets the hearing."),
            forms: ["Notice to Judgment Debtor (Tenn. Code § 26-2-404)"],
            verification: .unknown,
            citations: [
                Citation("Tenn. Code § 26-2-404", url: "https://instalawyer.io/laws/2021-tennessee-code/26-2-404-contents-of-notice"),
                Citation(
                    "Tenn. Code § 26-2-403",
                    url:
                        "https://law.uslawyerdatabase.com/us-law/2021-tennessee-code/title-26-execution/chapter-2-exemptions-garnishment/part-4-executions-and-garnishments-in-aid-of-executions"
                ),
            ],
            confidence: .statute),
        .init(
            .TX,
            officers: OfficerWords.generic,
            filingPlace:
                "A sworn motion to dissolve or modify the writ in the court that issued it; for personal-property exemptions, the information of the Supreme Court's Personal Property Claim Form (Tex. R. Civ. P. 664a, 679b).",
            deadline: "No filing deadline in Rule 664a.",
            hearing: .setOnFiling("A motion must be heard promptly and decided within 10 days after it is filed; filing stays the writ."),
            forms: ["Personal Property Claim Form (Supreme Court of Texas)"],
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation(
                    "Tex. Civ. Prac. & Rem. Code § 132.001",
                    url: "https://lawserver.com/law/state/texas/tx-codes/texas_civil_practice_and_remedies_code_132-001"),
                wording:
                    "My name is (first) (middle) (last), my date of birth is (date), and my address is (street), (city), (state), (ZIP code), (country). I declare under penalty of perjury that the foregoing is true and correct. Executed in (county) County, State of (state), on the (day) day of (month), (year).",
                confidence: .secondary),
            citations: [Citation("Tex. R. Civ. P. 664a", url: "https://www.stcl.edu/lib/TexasRulesProject/TRCP657-679/rule664a2022.html")],
            confidence: .statute),
        .init(
            .UT,
            officers: OfficerWords.generic,
            filingPlace: "Reply to the court's Notice of Garnishment and Exemptions.",
            deadline: "14 days after service.",
            hearing: .debtorMustRequest("Request a hearing on the reply form."),
            forms: ["Notice of Garnishment and Exemptions (1508DCJ)"],
            formRequired: true,
            verification: UnswornDeclaration(
                .unswornDeclaration,
                citation: Citation("Utah Code §§ 78B-18a-104, 78B-18a-106", url: "https://self-law.org/code/ut/title-78b/chapter-18a/78b-18a-104"),
                wording:
                    "I declare under criminal penalty under the law of Utah that the foregoing is true and correct. Signed on the ___ day of ______, ____, at ______.",
                confidence: .secondary),
            citations: [Citation("Utah R. Civ. P. 64D", url: "http://www.utcourts.gov/resources/rules/urcp/urcp064d.html")],
            confidence: .statute),
        .init(
            .VA,
            officers: OfficerWords.generic,
            filingPlace: "The court clerk (Request for Hearing – Garnishment/Lien Exemption Claim).",
            deadline: "No fixed filing deadline in the statute.",
            hearing: .debtorMustRequest("File the Request for Hearing; the hearing is held within 7 business days."),
            forms: ["Request for Hearing – Garnishment/Lien Exemption Claim (reportedly DC-454)"],
            formRequired: true,
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("Va. Code § 8.01-4.3", url: "https://lawserver.com/law/state/virginia/va-code/virginia_code_8-01-4-3"),
                wording: "I declare under penalty of perjury that the foregoing is true and correct.", confidence: .statute),
            citations: [Citation("Va. Code §§ 8.01-512.4, 8.01-512.5", url: "https://instalawyer.io/laws/code-of-virginia/801-5124-notice-of-exemptions")],
            confidence: .statute),
        .init(
            .VT,
            officers: OfficerWords(enforcingOfficer: "officer serving the trustee process", garnishee: "trustee", clerk: "clerk of court", confirmed: true),
            filingPlace:
                "Wages: the court that rendered the judgment gives notice and holds a hearing on the creditor's motion before any trustee process against earnings; the exemption is raised there. Bank accounts: not confirmed.",
            deadline: nil,
            hearing: .unknown,
            verification: .unknown,
            citations: [
                Citation("12 V.S.A. § 3168", url: "https://law.justia.com/codes/vermont/2012/title12/chapter121/section3168/"),
                Citation(
                    "Vt. R. Civ. P. 4.2",
                    url:
                        "https://casetext.com/rule/vermont-court-rules/vermont-rules-of-civil-procedure/ii-commencement-of-action-service-of-process-pleadings-motions-and-orders/rule-42-trustee-process"
                ),
            ],
            confidence: .statute,
            notes: ["The garnishee is the trustee (12 V.S.A. ch. 121). The claim procedure after trustee process on a bank account was not found."]),
        .init(
            .WA, officers: .generic,
            filingPlace: "File the exemption claim (the claim form mailed with the writ) with the court, and mail a copy to the creditor.",
            deadline: "28 days after the date stated on the writ of garnishment (by a Senate bill report).",
            hearing: .ifCreditorObjects("If the creditor objects to the claimed exemptions, the court holds a hearing on them."),
            verification: UnswornDeclaration(
                .unswornDeclaration, citation: Citation("RCW 9A.72.085; RCW 5.50.030", url: "http://apps.leg.wa.gov/RCW/default.aspx?cite=9A.72.085"),
                wording:
                    "I declare under penalty of perjury under the laws of the State of Washington that the foregoing is true and correct. Signed on ________________ at ________________.",
                confidence: .statute),
            citations: [
                Citation("RCW 6.27.160", url: "http://apps.leg.wa.gov/rcw/default.aspx?Cite=6.27"),
                Citation(
                    "Senate Bill Report SB 1525 (2021)",
                    url: "https://lawfilesext.leg.wa.gov/Biennium/2021-22/Htm/Bill%20Reports/Senate/1525%20SBA%20LAW%2021.htm"),
            ],
            confidence: .secondary,
            notes: [
                "RCW 6.27.160's text was not read; the steps are from a legislative bill report's summary of current law, which also says the deadline may be extended up to 21 days."
            ]),
        .init(
            .WI,
            officers: OfficerWords.generic,
            filingPlace: "Wages: deliver or mail the debtor's answer to the employer.",
            deadline: "Wages: any time during the 13-week garnishment.",
            hearing: .unknown,
            verification: .unknown,
            citations: [Citation("Wis. Stat. §§ 812.37, 812.44", url: "https://docs.legis.wisconsin.gov/document/statutes/812.44(5)")],
            confidence: .statute),
        .init(
            .WV,
            officers: OfficerWords(enforcingOfficer: "officer holding the execution", garnishee: "suggestee", clerk: "clerk of court", confirmed: true),
            filingPlace:
                "Deliver to the officer holding the execution a list of all your personal property, item by item with its fair market value and any liens, verified by affidavit and stating what you claim exempt. Wages: a certificate of exemption delivered to the suggestee (employer), renewed for each new pay period.",
            deadline: nil,
            hearing: .unknown,
            verification: UnswornDeclaration(.notaryRequired, citation: Citation("W. Va. Code § 38-8-3 (list verified by affidavit)"), confidence: .statute),
            citations: [
                Citation("W. Va. Code § 38-8-3", url: "https://instalawyer.io/laws/west-virginia-code/38-8-3-method-of-claiming-exemption"),
                Citation("W. Va. Code § 38-5A-9"),
            ],
            confidence: .statute,
            notes: [
                "If no appraisement is demanded (§ 38-8-4), the property claimed is set apart as exempt. No deadline was found. § 38-5A-9 was read in a 1996 bill's text."
            ]),
        .init(
            .WY,
            officers: OfficerWords.generic,
            filingPlace: "The clerk of the court (written request for hearing).",
            deadline: "10 days after the levy.",
            hearing: .debtorMustRequest("File a written request for hearing; the hearing is held within 5 business days."),
            verification: .unknown,
            citations: [Citation("Wyo. Stat. § 1-17-102", url: "https://codes.findlaw.com/wy/title-1-code-of-civil-procedure/wy-st-sect-1-17-102/")],
            confidence: .statute),
    ]
}
