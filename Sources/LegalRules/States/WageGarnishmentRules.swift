import CaseModel

// Wage garnishment for ordinary consumer judgments, per state (legal-notes §2.5 and the state
// tables). Values only. States not researched are `.unknown` with the notes cited as the source of
// that gap. Percentages are of disposable earnings unless a note says otherwise.

extension StateWageGarnishmentRule {
    /// For states not researched: the federal limit is the only confirmed rule.
    private static let notResearched = [Citation("15 U.S.C. § 1673(a)")]

    /// Every jurisdiction's rule, sorted by USPS code.
    public static let all: [StateWageGarnishmentRule] = [
        .init(
            .AL, .sameAsFederal, summary: "Consumer credit judgments: lesser of 25% or the excess over 30× the federal minimum wage, the same as federal.",
            citations: [Citation("Ala. Code § 5-19-15", url: "http://al.elaws.us/code/5-19-15"), Citation("Alabama AOC Form C-24A")], confidence: .statute,
            notes: [
                "Whether a mortgage deficiency is a 'consumer credit transaction' is unconfirmed.",
                "Non-consumer debts: Ala. Code 6-10-7 (75% exempt) unconfirmed.",
            ]),
        .init(
            .AK, .stricterNotComputed,
            summary: "A weekly net-earnings dollar exemption set by regulation; the employer protects the greater of it or 75% of net.",
            citations: [Citation("AS 09.38.030", url: "http://ak.elaws.us/as/09.38.030"), Citation("8 AAC 95.030"), Citation("Alaska form CIV-526")],
            confidence: .statute,
            notes: ["Current dollar amounts unconfirmed; do not print them."]),
        .init(
            .AZ, .formula(WageFormula(percentCap: 10, weeklyFloorMultiple: 60, wageBasis: .stateAboveFederal)),
            summary:
                "For wages earned from December 5, 2022 (Proposition 209): lesser of 10% or the excess over 60× the minimum wage; the court may cut it to 5% for hardship.",
            citations: [
                Citation("A.R.S. § 33-1131 (Proposition 209, 2022)"),
                Citation("Jaburg Wilk, Silence v. Betts on Prop 209", url: "https://www.jaburgwilk.com/news-publications/az-court-issues-clarity-prop-209"),
                Citation(
                    "CAI amicus summary of Prop 209", url: "https://caionline.org/advocacy/community-association-law-lawyers/amicus-curiae-briefs/august-2023"),
            ], confidence: .secondary,
            notes: ["Statute text not retrieved; the 60× multiple and the state-minimum-wage basis come from secondary summaries."]),
        .init(
            .AR, .stricterNotComputed,
            summary:
                "The first $25 a week of a laborer's or mechanic's net wages is always exempt, and up to 60 days' wages on a sworn statement; otherwise the federal cap.",
            citations: [Citation("Ark. Code § 16-66-208", url: "https://instalawyer.io/laws/arkansas-code/16-66-208-exemptions-wages")], confidence: .statute,
            notes: ["The constitutional amounts ($500 head of family / $200 single) are secondary."]),
        .init(
            .CA, .formula(WageFormula(percentCap: 20, weeklyFloorMultiple: 48, excessShare: 40, wageBasis: .highestApplicable)),
            summary: "Since September 1, 2023: lesser of 20% or 40% of the excess over 48× the state minimum wage (or the local minimum wage where higher).",
            citations: [
                Citation(
                    "Cal. Civ. Proc. Code § 706.050 (SB 1477)",
                    url: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=706.050.")
            ], confidence: .statute,
            notes: ["A debtor may claim more as necessary for support (CCP 706.051)."]),
        .init(
            .CO, .formula(WageFormula(percentCap: 20, weeklyFloorMultiple: 40, wageBasis: .highestApplicable)),
            summary:
                "For writs from October 1, 2020: lesser of 20% or the excess over 40× the applicable minimum wage; a hardship exemption may cut it further.",
            citations: [Citation("C.R.S. § 13-54-104(2) (HB19-1189)", url: "https://open.pluralpolicy.com/co/bills/2019A/HB19-1189")], confidence: .secondary,
            notes: ["Which minimum wage applies is unconfirmed; C.R.S. 5-5-106 still reads 25%/30× on a mirror."]),
        .init(
            .CT, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, wageBasis: .higherOfFederalOrState)),
            summary: "Lesser of 25% or the excess over 40× the higher of the federal or Connecticut minimum wage; only after an unobeyed installment order.",
            citations: [Citation("C.G.S. § 52-361a", url: "http://laws9.com/statutes/connecticut/title52/chap906/Sec52-361a")], confidence: .statute),
        .init(
            .DE, .formula(WageFormula(percentCap: 15, weeklyFloorMultiple: nil)),
            summary: "85% of wages exempt, so at most 15%; one wage attachment at a time.",
            citations: [
                Citation(
                    "10 Del. C. § 4913",
                    url:
                        "http://casetext.com/statute/delaware-code/title-10-courts-and-judicial-procedures/part-iii-procedure/chapter-49-executions/subchapter-i-subjects-of-execution-exemptions/section-4913-exemption-and-attachment-of-wages"
                )
            ], confidence: .statute,
            notes: [
                "The statute says 'wages', not 'disposable earnings'; apply whichever protects more.",
                "Wages are exempt for 60 days after default on a Title 6 contract (6 Del. C. 4345).",
            ]),
        .init(
            .DC, .formula(WageFormula(percentCap: nil, weeklyFloorMultiple: 40, excessShare: 25, wageBasis: .state)),
            summary:
                "Only 25% of the amount by which weekly disposable wages exceed 40× the D.C. minimum wage; the debtor may move to exempt wages for hardship.",
            citations: [
                Citation("D.C. Code § 16-572", url: "https://code.dccouncil.us/us/dc/council/code/sections/16-572.html"),
                Citation("D.C. Law 22-296", url: "https://code.dccouncil.gov/us/dc/council/laws/22-296"),
            ], confidence: .statute,
            notes: ["The D.C. minimum wage is not in this catalogue; supply it to compute the cap."]),
        .init(
            .FL, .formula(WageFormula(percentCap: 0, weeklyFloorMultiple: nil, scope: .headOfFamily)),
            summary:
                "A head of family (providing more than half the support of a child or other dependant) keeps all disposable earnings up to $750 a week, and the rest too unless they waived it in a signed separate writing; others get the federal limit.",
            citations: [Citation("Fla. Stat. § 222.11", url: "http://laws9.com/statutes/florida/TitleXV/chapter222/222_11")], confidence: .statute),
        .init(
            .GA, .sameAsFederal,
            summary:
                "Lesser of 25% or the excess over a weekly floor the statute writes as $217.00 (multiples of $7.25 an hour for other periods); the federal $217.50 floor protects slightly more.",
            citations: [Citation("O.C.G.A. § 18-4-5", url: "https://law.justia.com/codes/georgia/2016/title-18/chapter-4/article-1/section-18-4-5/")],
            confidence: .statute),
        .init(
            .HI, .stricterNotComputed,
            summary:
                "Monthly tiers: 5% of the first $100, 10% of the next $100 and 20% of the rest of disposable income, or the federal cap if it leaves more.",
            citations: [Citation("HRS § 652-1(b)", url: "https://capitolwebsite.azurewebsites.net/sessions/session2022/Bills/SB3215_SD1_.HTM")],
            confidence: .statute,
            notes: ["Whether 2022 SB3215 (doubling the tiers) was enacted is unconfirmed."]),
        .init(
            .ID, .sameAsFederal, summary: "Same as federal (25% / 30×).",
            citations: [
                Citation("Idaho Code §§ 11-206, 11-207"),
                Citation("LegalClarity, Idaho Garnishment Laws", url: "https://legalclarity.org/idaho-garnishment-laws-criteria-types-limits-and-procedures"),
            ], confidence: .secondary),
        .init(
            .IL, .formula(WageFormula(percentCap: nil, weeklyFloorMultiple: 45, wageBasis: .higherOfFederalOrState, grossPercentCap: 15)),
            summary: "Lesser of 15% of gross pay or the excess of disposable earnings over 45× the federal or Illinois minimum wage, whichever is greater.",
            citations: [Citation("735 ILCS 5/12-803", url: "http://www.ilga.gov/legislation/ilcs/documents/073500050K12-803.htm")], confidence: .statute),
        .init(
            .IN, .sameAsFederal, summary: "Same as federal by default; on good cause the court may set a lower percentage, not below 10%.",
            citations: [Citation("IC 24-4.5-5-105(2)", url: "https://lawserver.com/law/state/indiana/in-code/indiana_code_24-4-5-5-105")], confidence: .statute,
            notes: ["The 10% floor is from a secondary source."]),
        .init(
            .IA, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, scope: .consumerCredit)),
            summary:
                "Consumer-credit judgments: lesser of 25% or the excess over 40× the federal minimum wage, plus an annual cap per creditor by expected earnings.",
            citations: [
                Citation("Iowa Code § 537.5105", url: "https://instalawyer.io/laws/iowa-code/section-5375105-limitation-on"),
                Citation("Iowa Code § 642.21", url: "https://instalawyer.io/laws/iowa-code/section-64221-exemption-from"),
            ], confidence: .statute,
            notes: [
                "Annual cap per creditor: under $12,000 expected earnings $250; $12,000–15,999 $400; $16,000–23,999 $800; $24,000–34,999 $1,500; $35,000–49,999 $2,000; $50,000 or more 10% (not computed)."
            ]),
        .init(
            .KS, .sameAsFederal, summary: "Same as federal; one garnishment per creditor per 30 days.",
            citations: [Citation("K.S.A. § 60-2310(b)", url: "https://www.ksrevisor.org/statutes/chapters/ch60/060_023_0010.html")], confidence: .statute),
        .init(
            .KY, .sameAsFederal, summary: "Same as federal (25% / 30×).",
            citations: [
                Citation("KRS § 427.010(2)"),
                Citation("observed.org, Kentucky Wage Garnishment Laws", url: "https://observed.org/wage-garnishment-laws-in-kentucky/"),
            ], confidence: .secondary),
        .init(
            .LA, .sameAsFederal, summary: "Same as federal: 75% of weekly disposable earnings exempt, never less than 30× the federal minimum wage.",
            citations: [
                Citation(
                    "La. R.S. 13:3881(A)(1)", url: "https://getpocketlaw.com/law/state_louisiana/section-3881-general-exemptions-from-seizure_64ad24447cbe")
            ], confidence: .statute),
        .init(
            .ME, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, wageBasis: .higherOfFederalOrState, scope: .consumerCredit)),
            summary: "Consumer-credit judgments: lesser of 25% or the excess over 40× the higher of the federal or Maine minimum wage.",
            citations: [
                Citation("9-A M.R.S. § 5-105(2)", url: "https://legislature.maine.gov/legis/bills/bills_123rd/billtexts/SP006901.asp"),
                Citation("02-029 CMR ch. 143"),
            ], confidence: .statute,
            notes: ["The non-consumer cap, and whether a mortgage deficiency counts as consumer credit, are unconfirmed."]),
        .init(
            .MD, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 30, wageBasis: .state)),
            summary:
                "Exempt is the greater of 75% of disposable wages or 30× the Maryland minimum wage for each week of the pay period, plus medical-insurance deductions.",
            citations: [
                Citation(
                    "Md. Com. Law § 15-601.1", url: "https://mgaleg.maryland.gov/mgawebsite/laws/StatuteText?article=gcl&section=15-601.1&enactments=false")
            ], confidence: .statute,
            notes: ["The Maryland minimum wage is not in this catalogue; supply it to compute the cap."]),
        .init(
            .MA, .formula(WageFormula(percentCap: nil, weeklyFloorMultiple: 50, wageBasis: .higherOfFederalOrState, grossPercentCap: 15, floorBase: .gross)),
            summary: "Exempt is the greater of 85% of gross wages or 50× the federal or Massachusetts minimum wage, whichever is greater, for each week.",
            citations: [
                Citation("M.G.L. c. 246 § 28", url: "https://malegislature.gov/laws/generallaws/partiii/titleiv/chapter246/section28"),
                Citation(
                    "Massachusetts worksheet for computing wages exempt",
                    url:
                        "https://forms.justia.com/massachusetts/statewide/state-district-court/small-claims/worksheet-for-computing-amount-of-wages-exempt-69145.html"
                ),
            ], confidence: .statute),
        .init(
            .MI, .sameAsFederal, summary: "Same as federal (25% / 30×), by secondary sources.",
            citations: [
                Citation("MCL § 600.4012 (number unconfirmed)"),
                Citation("NACCA, Michigan wage garnishment", url: "https://consumercreditattorney.com/?p=2939"),
            ], confidence: .secondary),
        .init(
            .MN, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, wageBasis: .higherOfFederalOrState)),
            summary: "Lesser of 25% or the excess over 40× the greater of the federal or Minnesota minimum wage, times the weeks in the pay period.",
            citations: [
                Citation("Minn. Stat. § 571.922"),
                Citation(
                    "Sam Calvert, More wages will be protected from garnishment (2020)",
                    url: "https://samcalvert.com/blog/2020/06/19/more-wages-will-be-protected-from-garnishment/"),
            ], confidence: .secondary,
            notes: ["Enacted text not retrieved."]),
        .init(
            .MS, .sameAsFederal,
            summary: "A resident employee's wages are fully exempt for 30 days from service of the writ; after that the federal formula applies.",
            citations: [Citation("Miss. Code § 85-3-4", url: "http://billstatus.ls.state.ms.us/documents/2023/html/SB/2400-2499/SB2400IN.htm")],
            confidence: .statute),
        .init(
            .MO, .formula(WageFormula(percentCap: 10, weeklyFloorMultiple: 30, scope: .headOfFamily)),
            summary:
                "A Missouri-resident head of family who files the affidavit (form CV95) may have no more than 10% taken; everyone else gets the federal formula.",
            citations: [
                Citation("RSMo § 525.030.2"),
                Citation(
                    "Missouri form CV95", url: "https://ar.scribd.com/document/253007719/Missouri-Affidavit-for-Head-of-Family-Exemption-of-Wages-Garnishment"),
            ], confidence: .statute),
        .init(
            .MT, .sameAsFederal, summary: "Same as federal; exempt earnings stay exempt for 45 days after receipt while traceable.",
            citations: [Citation("MCA §§ 25-13-614, 25-13-610(2)", url: "http://statutes.laws-info.com/montana/25/25_13/25_13_6/25-13-610")],
            confidence: .secondary),
        .init(
            .NE, .formula(WageFormula(percentCap: 15, weeklyFloorMultiple: 30, scope: .headOfFamily)),
            summary: "Lesser of 25% or the excess over 30×, or 15% for a head of family.",
            citations: [Citation("Neb. Rev. Stat. § 25-1558", url: "http://statutes.laws.com/nebraska/Chapter25/25-1558")], confidence: .statute),
        .init(
            .NV, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 50, lowEarnerCap: .init(percent: 18, weeklyGrossAtMost: Money(dollars: 770)))),
            summary: "Lesser of 18% (25% when gross weekly pay is over $770) or the excess over 50× the federal minimum wage.",
            citations: [Citation("NRS 31.295", url: "https://nevada.public.law/statutes/nrs_31.295"), Citation("NRS 31.2955")], confidence: .statute,
            notes: ["Gross weekly pay is year-to-date gross divided by weeks worked (NRS 31.2955); this catalogue uses the pay period's gross."]),
        .init(
            .NH, .formula(WageFormula(percentCap: nil, weeklyFloorMultiple: 50)),
            summary: "Weekly wages up to 50× the federal minimum hourly wage are exempt from trustee process.",
            citations: [
                Citation("RSA 512:21"),
                Citation("BCS Alliance, New Hampshire wage garnishment laws", url: "http://www.bcsalliance.com/debt1_newhampshire.html"),
            ], confidence: .secondary,
            notes: ["RSA 512:21 text not retrieved."]),
        .init(
            .NJ, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 30, grossPercentCap: 10)),
            summary:
                "Lesser of 10% of gross pay, 25% of disposable earnings or the excess over 30× the federal minimum wage; the debtor may object or ask for a reduction at any time.",
            citations: [
                Citation("N.J.S.A. 2A:17-56"),
                Citation("N.J.S.A. 2A:17-57", url: "https://codes.findlaw.com/nj/title-2a-administration-of-civil-and-criminal-justice/nj-st-sect-2a-17-57/"),
                Citation(
                    "N.J. Court Rules Appendix XI-J (wage execution form, copy)", url: "http://civiljury.blogspot.com/2009/08/appendix-xi-j-wage-execution.html"
                ),
            ], confidence: .secondary,
            notes: ["2A:17-56 itself was not read; a secondary source says income under 250% of the poverty line has a lower cap."]),
        .init(
            .NM, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, wageBasis: .highestApplicable)),
            summary:
                "Exempt is the greater of 75% or 40× the highest applicable (federal, state or local) minimum wage; exempt wages stay exempt in a bank account if traceable.",
            citations: [
                Citation(
                    "NMSA § 35-12-7",
                    url:
                        "https://casetext.com/statute/new-mexico-statutes-1978/chapter-35-magistrate-and-municipal-courts/article-12-magistrate-court-garnishment/35-12-7-garnishment-exemptions-1979"
                )
            ], confidence: .statute),
        .init(
            .NY, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 30, wageBasis: .higherOfFederalOrState, grossPercentCap: 10)),
            summary:
                "An income execution takes at most 10% of gross income; in any week nothing may be withheld unless disposable earnings exceed 30× the greater of the federal or New York minimum hourly wage, and never more than the lesser of 25% of disposable earnings and the excess over that figure.",
            citations: [Citation("N.Y. CPLR 5231(b)", url: "https://nysenate.gov/legislation/laws/CVP/5231")], confidence: .statute,
            notes: [
                "The state minimum wage differs by place of work (N.Y. Labor Law § 652): the analysis uses the lower regional figure unless the case says where the debtor works, and says when the higher one would change the limit.",
                "An income execution is challenged by motion, usually brought by order to show cause, for an order under CPLR 5240 (and the CPLR 5231 modification provision) modifying or vacating it; there is no claim-of-exemption form for wages (see ExemptionProcedureRule.wageMotion).",
            ]),
        .init(
            .NC, .barredForConsumerDebt,
            summary:
                "Usually listed as allowing no wage garnishment for consumer debt: earnings for the last 60 days are exempt when needed to support the debtor's family.",
            citations: [
                Citation("N.C.G.S. § 1-362"),
                Citation(
                    "States in Which Wages Can Not Be Garnished",
                    url: "https://creditanddebtmanagement.blogspot.com/2010/02/states-in-which-wages-can-not-be.html"),
            ], confidence: .secondary),
        .init(
            .ND, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, weeklyReductionPerDependant: Money(dollars: 20))),
            summary: "Lesser of 25% or the excess over 40×, less $20 a week for each dependant living with the debtor.",
            citations: [
                Citation("N.D.C.C. § 32-09.1-03", url: "http://bankruptcylawyer.co/statutes/87427/32-09.1-03.-Restriction-on-garnishment-of-earnings.html")
            ], confidence: .statute,
            notes: ["The debtor gives the employer a signed dependant list within 10 days of receiving the summons."]),
        .init(
            .OH, .sameAsFederal,
            summary:
                "Exempt is the greater of 30× the federal minimum wage (60×, 65×, 130× for longer pay periods) or 75% of disposable earnings, the same as federal.",
            citations: [
                Citation("Ohio Rev. Code § 2329.66(A)(13)"),
                Citation(
                    "Community Legal Aid, Exempt Property Under Ohio Law",
                    url: "http://www.communitylegalaid.org/library/consumer/468-exempt-property-under-ohio-law"),
            ], confidence: .secondary),
        .init(
            .OK, .sameAsFederal, summary: "Federal formula for consumer-credit judgments; a head of family may seek an undue-hardship exemption.",
            citations: [
                Citation(
                    "14A O.S. § 5-105",
                    url:
                        "https://e.casetext.com/statute/oklahoma-statutes/title-14a-consumer-credit-code/article-5-remedies-and-penalties/part-1-limits-on-creditors-remedies/section-5-105-limitation-on-garnishment"
                )
            ], confidence: .statute),
        .init(
            .OR, .stricterNotComputed,
            summary:
                "75% of disposable earnings is exempt, and a garnishment may not leave less than a dollar floor: $400 a week ($832 two weeks, $912 half-month) for wages payable July 1, 2026 to June 30, 2027; from July 1, 2027, 30× the Oregon minimum wage.",
            citations: [
                Citation(
                    "ORS 18.385",
                    url:
                        "https://casetext.com/statute/oregon-revised-statutes/title-2-procedure-in-civil-proceedings/chapter-18-judgments/exempt-property/wages/section-18385-operative-112025-wage-exemption"
                )
            ], confidence: .statute,
            notes: ["Earlier periods have lower floors ($305 and $338 a week in 2025-26)."]),
        .init(
            .PA, .barredForConsumerDebt,
            summary:
                "Wages in the employer's hands are exempt from attachment except for divorce, support, board for four weeks or less, residential-lease judgments of a landlord (at most 10% of net wages) and a few other listed debts.",
            citations: [Citation("42 Pa.C.S. § 8127(a)", url: "http://law.onecle.com/pennsylvania/judiciary-and-judicial-procedure/00.081.027.000.html")],
            confidence: .statute,
            notes: ["The exceptions after (3.2) (student loans, some taxes) were not read."]),
        .init(
            .RI, .sameAsFederal, summary: "No stricter percentage; wages are fully exempt for one year after public relief ends.",
            citations: [Citation("R.I. Gen. Laws § 9-26-4(8)", url: "http://webserver.rilin.state.ri.us/Statutes/TITLE9/9-26/9-26-4.HTM")], confidence: .statute
        ),
        .init(
            .SC, .barredForConsumerDebt, summary: "No wage garnishment to collect a debt from a consumer credit transaction.",
            citations: [
                Citation("S.C. Code § 37-5-104"),
                Citation(
                    "Daniel Stone Law, Can creditors garnish your wages in South Carolina?",
                    url: "https://danielstonelaw.com/can-creditors-garnish-your-wages-in-south-carolina"),
            ], confidence: .secondary),
        .init(
            .SD, .formula(WageFormula(percentCap: 20, weeklyFloorMultiple: 40, weeklyReductionPerDependant: Money(dollars: 25))),
            summary: "Lesser of 20% or the excess over 40×, less $25 a week for each dependant living with the debtor.",
            citations: [Citation("SDCL § 21-18-51", url: "https://jjkellercompliancenetwork.com/regsense/garnishment-south-dakota")], confidence: .statute),
        .init(
            .TN, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 30, weeklyReductionPerDependant: Money(cents: 250))),
            summary: "Federal formula, less $2.50 a week for each dependent child under 16 living in Tennessee, claimed by a written statement.",
            citations: [
                Citation("Tenn. Code § 26-2-106", url: "http://law.justia.com/codes/tennessee/2010/title-26/chapter-2/part-1/26-2-106"),
                Citation("Tenn. Code § 26-2-107"),
                Citation("observed.org, Wage garnishment laws in Tennessee", url: "https://observed.org/wage-garnishment-laws-in-tennessee/"),
            ], confidence: .secondary,
            notes: ["§ 26-2-107 read only in a secondary summary."]),
        .init(
            .TX, .barredForConsumerDebt, summary: "Current wages are exempt except for child support, spousal maintenance, student loans and taxes.",
            citations: [
                Citation("Tex. Const. art. XVI § 28"), Citation("Tex. Civ. Prac. & Rem. Code § 63.004"),
                Citation(
                    "Tex. Civ. Prac. & Rem. Code § 31.0025 (no turnover of wages before they are paid)", url: "https://law.onecle.com/texas/civil/31.0025.html"),
            ], confidence: .secondary),
        .init(
            .UT, .sameAsFederal, summary: "Same as federal: lesser of 25% or the excess over 30× for each week of the pay period.",
            citations: [Citation("Utah R. Civ. P. 64D(a)", url: "http://www.utcourts.gov/resources/rules/urcp/urcp064d.html")], confidence: .statute),
        .init(
            .VT, .formula(WageFormula(percentCap: 15, weeklyFloorMultiple: 40, scope: .consumerCredit)),
            summary:
                "Consumer-credit judgments: exempt is the greater of 85% or 40×; no wage order if the debtor got DCF or DVHA assistance in the 2 months before the hearing.",
            citations: [Citation("12 V.S.A. § 3170", url: "https://legalfix.com/statutes/state-codes/vermont/title-12/chapter-121/section-3170")],
            confidence: .statute),
        .init(
            .VA, .formula(WageFormula(percentCap: 25, weeklyFloorMultiple: 40, wageBasis: .higherOfFederalOrState)),
            summary: "Lesser of 25% or the excess over 40× the minimum wage (since July 1, 2021 reportedly the greater of the state or federal minimum wage).",
            citations: [
                Citation("Va. Code § 34-29"), Citation("16 VAC 15-21-20", url: "https://law.lis.virginia.gov/admincodeexpand/title16/agency15/chapter21"),
            ], confidence: .statute,
            notes: ["The state-minimum-wage basis is from a secondary source."]),
        .init(
            .WA, .formula(WageFormula(percentCap: 20, weeklyFloorMultiple: 35, wageBasis: .stateAboveFederal, scope: .consumerCredit)),
            summary:
                "Consumer debt: exempt is the greater of 35× the Washington minimum wage or 80% of disposable earnings; other debts 35× the federal minimum wage or 75%.",
            citations: [Citation("RCW 6.27.150", url: "https://law.justia.com/codes/washington/2020/title-6/chapter-6-27/section-6-27-150/")],
            confidence: .statute,
            notes: ["A 2025 bill on medical debt (60×) was seen only in a summary."]),
        .init(
            .WV, .formula(WageFormula(percentCap: 20, weeklyFloorMultiple: 50)),
            summary: "At most 20%, and never reducing weekly take-home pay below 50× the federal minimum wage.",
            citations: [Citation("W. Va. Code § 38-5A-3", url: "http://www.wvlegislature.gov/WVCODE/Code.cfm?chap=38&art=5A")], confidence: .statute),
        .init(
            .WI, .formula(WageFormula(percentCap: 20, weeklyFloorMultiple: nil)),
            summary: "At most 20%; fully exempt below the poverty line or with need-based aid (now or in the last 6 months).",
            citations: [Citation("Wis. Stat. § 812.34", url: "https://codes.findlaw.com/wi/civil-procedure-ch-799-to-847/wi-st-812-34/")], confidence: .statute,
            notes: ["The poverty-line rules are not computed."]),
        .init(
            .WY, .sameAsFederal, summary: "Same as federal; exempt earnings stay exempt in a bank account when deposited near the writ.",
            citations: [
                Citation(
                    "Wyo. Stat. §§ 1-15-408, 40-14-505",
                    url:
                        "https://e.casetext.com/statute/wyoming-statutes/title-40-trade-and-commerce/chapter-14-wyoming-uniform-consumer-credit-code/article-5-remedies-and-penalties/section-40-14-505-limitation-on-garnishment"
                )
            ], confidence: .statute),
    ].sorted { $0.jurisdiction < $1.jurisdiction }

    /// The rule for one jurisdiction.
    public static func rule(for jurisdiction: Jurisdiction) -> StateWageGarnishmentRule {
        byJurisdiction[jurisdiction]!
    }

    // Looked up for every garnishment and wage income of every record: a linear `first` copied
    // each rule it passed (a third of the protection analysis). `all` holds each jurisdiction once.
    private static let byJurisdiction = Dictionary(all.map { ($0.jurisdiction, $0) }, uniquingKeysWith: { first, _ in first })
}
