import CaseModel

// The general limitations period that bounds a deficiency suit in states with no special deadline.
// Values only; a state is listed once its limitations statute was read (see docs/legal-rules.md).

extension GeneralLimitation {
    /// What the action is, in the few wordings the entries share (each has a Spanish entry in CatalogueSpanish).
    enum Basis {
        static let writtenContract = "an action on a written contract"
        static let noteForMoney = "an action on a promissory note or other written contract to pay money"
        static let debt = "an action to recover a debt"
        static let simpleContract = "an action on a simple (unsealed) contract"
        static let breachOfContract = "an action for breach of contract"
        static let contract = "an action on a contract"
        static let civilAction = "a civil action"
        static let instrument = "an action on an instrument or promissory note"
        static let mortgageNote = "an action on a note secured by a mortgage of real estate"
    }

    /// Every jurisdiction whose general period was confirmed, by postal code.
    public static let all: [GeneralLimitation] = [
        GeneralLimitation(
            .AL, years: 6, basis: Basis.writtenContract,
            citations: [Citation("Ala. Code § 6-2-34(4), (5)", url: "https://docketmath.com/blog/statute-of-limitations-written-contract-alabama")],
            confidence: .statute,
            note: "10 years if the note is under seal (§ 6-2-33(1); Johns v. First Alabama Bank, 612 So. 2d 1235 (Ala. Civ. App. 1992))."),
        GeneralLimitation(
            .AK, years: 3, basis: Basis.contract,
            citations: [Citation("AS 09.10.053", url: "https://www.akleg.gov/basis/statutes.asp?media=print&secEnd=09.10.060&secStart=09.10.050")],
            confidence: .statute,
            note:
                "Reaches only a judicial foreclosure (no deficiency after a trustee's sale, AS 34.20.100); an action on a sealed instrument has 10 years (AS 09.10.040)."
        ),
        GeneralLimitation(
            .CO, years: 6, basis: Basis.debt,
            citations: [
                Citation("C.R.S. § 13-80-103.5(1)(a)", url: "https://codes.findlaw.com/co/title-13-courts-and-court-procedure/co-rev-st-sect-13-80-103-5.html")
            ],
            confidence: .statute,
            note: "The section names actions to recover a liquidated debt and to enforce an instrument securing or evidencing a debt."),
        GeneralLimitation(
            .DC, years: 3, basis: Basis.simpleContract,
            citations: [Citation("D.C. Code § 12-301(a)(7)", url: "https://code.dccouncil.gov/us/dc/council/code/sections/12-301.html")],
            confidence: .secondary,
            note:
                "12 years on an instrument under seal (§ 12-301(a)(6)); whether a negotiable note takes the UCC period (D.C. Code § 28:3-118) instead was not checked."
        ),
        GeneralLimitation(
            .DE, years: 6, basis: Basis.noteForMoney,
            citations: [
                Citation("10 Del. C. § 8109"),
                Citation(
                    "Milford Fertilizer Co. v. Hopkins (Del. Super. 2002)",
                    url: "https://www.studicata.com/summaries/superior-court-of-delaware/milford-fertilizer-company-v-hopkins-2002-qdpnbo"),
            ],
            confidence: .secondary,
            note:
                "Read in case summaries only; a note under seal is outside the 6 years (Milford Fertilizer; Lewis v. Delaware Trust Co., 43 Del. 526 (1947)). Whether Delaware allows a deficiency at all is itself unconfirmed."
        ),
        GeneralLimitation(
            .HI, years: 6, basis: Basis.debt,
            citations: [Citation("HRS § 657-1(1)", url: "https://data.capitol.hawaii.gov/hrscurrent/Vol13_Ch0601-0676/HRS0657/HRS_0657-0001.htm")],
            confidence: .statute),
        GeneralLimitation(
            .IL, years: 10, basis: Basis.noteForMoney,
            citations: [Citation("735 ILCS 5/13-206", url: "https://ilga.gov/legislation/ilcs/documents/073500050K13-206.htm")],
            confidence: .statute,
            note: "A note's claim accrues on its due date or acceleration; the deficiency itself is normally entered in the foreclosure case (15-1508(e))."),
        GeneralLimitation(
            .IN, years: 6, basis: Basis.noteForMoney,
            citations: [Citation("IC 34-11-2-9(b)", url: "https://lawserver.com/law/state/indiana/in-code/indiana_code_34-11-2-9")],
            confidence: .statute,
            note:
                "For notes executed after August 31, 1982; the UCC also gives 6 years after an accelerated due date (IC 26-1-3.1-118(a)); an action on the mortgage itself has 10 years (IC 34-11-2-11)."
        ),
        GeneralLimitation(
            .KS, years: 5, basis: Basis.writtenContract,
            citations: [Citation("K.S.A. 60-511(1)", url: "https://www.ksrevisor.org/statutes/chapters/ch60/060_005_0011.html")],
            confidence: .statute),
        GeneralLimitation(
            .KY, years: 10, basis: Basis.writtenContract,
            citations: [
                Citation("KRS 413.160", url: "https://self-law.org/code/ky/413-160"), Citation("KRS 413.090(2)", url: "https://self-law.org/code/ky/413-090"),
            ],
            confidence: .secondary,
            note:
                "10 years for contracts executed after July 15, 2014 (KRS 413.160), 15 years for earlier ones (KRS 413.090(2)); a promissory note 'placed upon the footing of a bill of exchange' has 5 years (KRS 413.120(7)); which one governs a mortgage note was not confirmed."
        ),
        GeneralLimitation(
            .LA, years: 5, basis: Basis.instrument,
            citations: [Citation("La. Civ. Code art. 3498", url: "https://lcco.law.lsu.edu/?uid=143&ver=en")],
            confidence: .statute,
            note:
                "Liberative prescription of five years on instruments and promissory notes, negotiable or not, from the day payment is exigible; an executory proceeding may interrupt it (Lacour Plantation Co. v. Jewell (La. 1937), case summary). Other personal actions have 10 years (art. 3499)."
        ),
        GeneralLimitation(
            .MI, years: 6, basis: Basis.breachOfContract,
            citations: [
                Citation(
                    "MCL § 600.5807(9)",
                    url:
                        "https://casetext.com/statute/michigan-compiled-laws/chapter-600-revised-judicature-act-of-1961/subchapter-chapter-13-jurors/subchapter-chapter-58-limitation-of-actions/section-6005807-damages-for-breach-of-contract-specific-performance-period-of-limitations-bond-deed-mortgage-surety-bond-appeal-bond-public-obligations-other-actions"
                )
            ],
            confidence: .secondary,
            note: "An action founded on a covenant in a mortgage has 10 years (MCL § 600.5807(5)); which one a deficiency suit takes was not confirmed."),
        GeneralLimitation(
            .MO, years: 10, basis: Basis.noteForMoney,
            citations: [Citation("RSMo § 516.110(1)", url: "https://docketmath.com/blog/statute-of-limitations-written-contract-missouri")],
            confidence: .statute,
            note: "Applied to a promissory note in Harms v. Harms (Mo. App. W.D. 2016); other contracts have 5 years (§ 516.120)."),
        GeneralLimitation(
            .MT, years: 8, basis: Basis.writtenContract,
            citations: [Citation("MCA § 27-2-202(1)", url: "https://leg.mt.gov/bills/2001/mca/27/2/27-2-202.htm")],
            confidence: .secondary,
            note: "Read in the 2001 code; later amendments not checked."),
        GeneralLimitation(
            .ND, years: 6, basis: Basis.contract,
            citations: [
                Citation("N.D.C.C. § 28-01-16(1)", url: "https://self-law.org/code/nd/title-28/chapter-28-01-time-for-commencing-actions/28-01-16"),
                Citation(
                    "Lincoln Nat. Life Ins. Co. v. Kelly, 73 N.D. 622, 17 N.W.2d 906 (1945)",
                    url: "https://case-law.vlex.com/vid/lincoln-nat-life-ins-929435610"),
            ],
            confidence: .secondary,
            note:
                "6 years on the note; where the mortgage itself contains the promise to pay, an action on that promise has 10 years (§ 28-01-15; Lincoln Nat. Life v. Kelly). Reaches only property not barred by § 32-19-03 (an owner-occupied homestead has no deficiency)."
        ),
        GeneralLimitation(
            .NH, years: 20, basis: Basis.mortgageNote,
            citations: [
                Citation("RSA 508:6, 508:2"),
                Citation("Cadle Co. v. Dejadon (N.H. 2006)", url: "https://print.casetext.com/case/cadle-co-v-dejadon"),
            ],
            confidence: .secondary,
            note:
                "Cadle holds that RSA 508:6 with 508:2 gives 20 years on a note secured by a real-estate mortgage and that foreclosure does not discharge the mortgage, so the unpaid note stays actionable (also Del Norte, Inc. v. Provencher, 142 N.H. 535 (1997)); a chart's 3 years under RSA 508:4 is the general personal-action period. Statute text itself not read."
        ),
        GeneralLimitation(
            .OR, years: 6, basis: Basis.contract,
            citations: [Citation("ORS 12.080(1)", url: "https://oregon.public.law/statutes/ors_12.080")],
            confidence: .statute,
            note:
                "Reaches only a commercial judicial foreclosure: no deficiency follows a trustee's sale or the foreclosure of a residential trust deed (ORS 86.797)."
        ),
        GeneralLimitation(
            .RI, years: 10, basis: Basis.civilAction,
            citations: [Citation("R.I. Gen. Laws § 9-1-13(a)", url: "https://www.subro50.com/ri")],
            confidence: .secondary,
            note:
                "Ten years for civil actions not otherwise provided for, contracts written or oral (two secondary charts); the section's text was not read (searches returned only its neighbours, §§ 9-1-14, 9-1-18, 9-1-25)."
        ),
        GeneralLimitation(
            .SD, years: 6, basis: Basis.contract,
            citations: [Citation("SDCL § 15-2-13(1)", url: "https://whychat.me/States/state-sd.html")],
            confidence: .secondary,
            note:
                "Statute text read on an unofficial copy; a sealed instrument has 20 years (SDCL § 15-2-6). One secondary chart's 3 years under SDCL 22-14-1 conflicts with § 15-2-13 and was not used."
        ),
        GeneralLimitation(
            .VA, years: 5, basis: Basis.writtenContract,
            citations: [Citation("Va. Code § 8.01-246(2)", url: "https://dominiongc.com/library/library-2/79333-2/")],
            confidence: .secondary,
            note: "A negotiable promissory note may take 6 years under Va. Code § 8.3A-118 (secondary chart); statute text not read."),
        GeneralLimitation(
            .VT, years: 6, basis: Basis.civilAction,
            citations: [Citation("12 V.S.A. § 511", url: "https://legislature.vermont.gov/statutes/fullchapter/12/023")],
            confidence: .statute,
            note: "Vermont's general period for civil actions; one secondary chart's 1 year for written contracts conflicts with § 511 and was not used."),
        GeneralLimitation(
            .WA, years: 6, basis: Basis.writtenContract,
            citations: [Citation("RCW 4.16.040(1)", url: "http://app.leg.wa.gov/rcw/default.aspx?cite=4.16.040")],
            confidence: .statute,
            note: "Reaches only a judicial foreclosure: no deficiency follows a trustee's sale (RCW 61.24.100)."),
        GeneralLimitation(
            .WI, years: 6, basis: Basis.writtenContract,
            citations: [Citation("Wis. Stat. § 893.43(1)", url: "https://docs-preview.legis.wisconsin.gov/document/statutes/893.44")],
            confidence: .statute,
            note: "The section covers any contract, written or not; the deficiency itself is part of the foreclosure judgment."),
        GeneralLimitation(
            .WV, years: 10, basis: Basis.writtenContract,
            citations: [Citation("W. Va. Code § 55-2-6", url: "https://docketmath.com/blog/statute-of-limitations-written-contract-west-virginia")],
            confidence: .statute,
            note: "For a contract in writing signed by the party charged, sealed or not."),
        GeneralLimitation(
            .WY, years: 10, basis: Basis.writtenContract,
            citations: [Citation("Wyo. Stat. § 1-3-105(a)(i)", url: "https://law.justia.com/codes/wyoming/2010/Title1/chapter3.html")],
            confidence: .statute),
    ]
}
