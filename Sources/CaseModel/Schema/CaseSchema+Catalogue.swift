/// The object definitions. Enum values come from the model's `CaseIterable` types, so a case
/// added there appears here, in the decoder and (through the schema test) in the JSON Schema.
extension CaseSchema {
    static func values<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }

    static let caseSpec = ObjectSpec(
        "Case", "A debtor's matter, as one case file.",
        [
            FieldSpec("id", .text, required: true, "The case id; output folders and batch manifests use it."),
            FieldSpec("language", .choice(values(CaseLanguage.self)), "The language to write documents in."),
            FieldSpec("debtor", .object("Debtor"), required: true, "The person the debt is claimed against."),
            FieldSpec("original_creditor", .object("Party"), "The lender or card issuer the debt started with."),
            FieldSpec("current_creditor", .object("Party"), "Who owns the debt now, such as a debt buyer."),
            FieldSpec("collector", .object("Party"), "The collection agency contacting the debtor."),
            FieldSpec("collection_attorney", .object("Party"), "A law firm collecting for the creditor."),
            FieldSpec("debtor_attorney", .object("Party"), "The debtor's own lawyer."),
            FieldSpec("debt", .object("Debt"), "The debt: account, loan, amounts, dispute."),
            FieldSpec("sale", .object("Sale"), "The foreclosure or repossession sale."),
            FieldSpec("judgment", .object("Judgment"), "The money judgment, if one was entered."),
            FieldSpec("contacts", .list(.object("Contact")), "Contacts from the other side."),
            FieldSpec("contact_preferences", .object("ContactPreferences"), "How, when and where a collector may contact the debtor."),
            FieldSpec("validation_notice_received", .date, "When the FDCPA validation notice arrived."),
            FieldSpec("validation_period_ends_on", .date, "The end of the dispute period printed on the validation notice."),
            FieldSpec("cease_letter_received_on", .date, "When the collector received the debtor's written request to stop contact."),
            FieldSpec("attorney_notified_on", .date, "When the collector was told the debtor has a lawyer for this debt."),
            FieldSpec("actions", .object("CollectionActions"), "Garnishments, bank levies and liens."),
            FieldSpec("income", .list(.object("IncomeItem")), "The household's income sources."),
            FieldSpec("assets", .list(.object("Asset")), "The household's assets."),
            FieldSpec("documents", .list(.object("DocumentItem")), "Papers the debtor has or still needs."),
            FieldSpec("notes", .text, "Free-text notes."),
        ])

    static let debtorSpec = ObjectSpec(
        "Debtor", "The person the debt is claimed against.",
        [
            FieldSpec("name", .text, required: true, "Full name, as it should appear on letters."),
            FieldSpec("address", .object("Address"), required: true, "Home mailing address."),
            FieldSpec("phone", .text, "Telephone number."),
            FieldSpec("email", .email, "Email address."),
            FieldSpec("household_size", .count, "People in the household, counting the debtor."),
            FieldSpec("preferred_language", .text, "The language the debtor prefers to read."),
            FieldSpec("ssn", .ssn, "Social Security number or its last four; only the last four are kept."),
            FieldSpec("employer", .text, "Current employer."),
        ])

    static let partySpec = ObjectSpec(
        "Party", "A creditor, debt buyer, collector or attorney.",
        [
            FieldSpec("name", .text, required: true, "Name as it appears on letters."),
            FieldSpec("address", .object("Address"), "Mailing address."),
            FieldSpec("phone", .text, "Telephone number."),
            FieldSpec("email", .email, "Email address."),
            FieldSpec("bar_number", .text, "An attorney's bar number."),
            FieldSpec("firm", .text, "An attorney's law firm."),
            FieldSpec("reference_number", .text, "The party's own reference or file number (not the creditor's account number)."),
        ])

    static let addressSpec = ObjectSpec(
        "Address", "A US postal address.",
        [
            FieldSpec("line1", .text, required: true, "Street address."),
            FieldSpec("line2", .text, "Apartment, suite or unit."),
            FieldSpec("city", .text, required: true, "City or town."),
            FieldSpec("state", .state, required: true, "Two-letter USPS state code."),
            FieldSpec("zip", .zip, required: true, "ZIP code: 12345 or 12345-6789."),
        ])

    static let debtSpec = ObjectSpec(
        "Debt", "The debt being collected.",
        [
            FieldSpec("account_number", .accountNumber, "Account number; only the last four characters are kept."),
            FieldSpec("loan_type", .choice(values(LoanType.self)), "The kind of loan."),
            FieldSpec("owner_occupied", .boolean, "Whether the borrower lived in the property."),
            FieldSpec("property_state", .state, "The state where the property is."),
            FieldSpec("property_address", .object("Address"), "The address of the property."),
            FieldSpec("originated_on", .date, "When the loan was made."),
            FieldSpec("last_payment_on", .date, "The date of the last payment."),
            FieldSpec("original_amount", .money, "The amount originally borrowed."),
            FieldSpec("balance_claimed", .money, "The total the collector says is owed."),
            FieldSpec("principal", .money, "Unpaid principal."),
            FieldSpec("interest", .money, "Interest claimed."),
            FieldSpec("interest_rate", .percentage, "Contract interest rate, percent per year."),
            FieldSpec("acreage", .acres, "The land's area in acres."),
            FieldSpec("dwelling_units", .count, "Number of dwelling units on the property."),
            FieldSpec("texas_home_equity", .boolean, "Whether it is a Texas home-equity loan (Tex. Const. art. XVI, § 50(a)(6))."),
            FieldSpec("refinanced_on", .date, "When the home loan was refinanced."),
            FieldSpec("refinance_new_money", .money, "Cash taken out in the refinance beyond the old balance and its costs."),
            FieldSpec("finance_charge", .money, "The finance charge (time-price differential) on the contract."),
            FieldSpec("cash_price", .money, "The cash price of goods bought on a retail installment contract."),
            FieldSpec("disputed", .boolean, "Whether the debtor disputes the debt (default false)."),
            FieldSpec("dispute_reasons", .list(.text), "Why the debtor disputes it."),
        ])

    static let saleSpec = ObjectSpec(
        "Sale", "The foreclosure sale or repossessed-vehicle sale.",
        [
            FieldSpec("type", .choice(values(SaleType.self)), required: true, "How the collateral was sold."),
            FieldSpec("date", .date, required: true, "Date of the sale."),
            FieldSpec("price", .money, required: true, "Price paid, often the lender's credit bid."),
            FieldSpec("fair_market_value", .money, "Fair market value at the sale, if known."),
            FieldSpec("costs", .list(.object("CostItem")), "Costs and fees the creditor claims."),
            FieldSpec("deed_delivered_on", .date, "When the referee's or trustee's deed was delivered."),
            FieldSpec("confirmed_on", .date, "When a court confirmed the sale."),
            FieldSpec("repossessed_on", .date, "When the collateral was repossessed."),
            FieldSpec("disposition", .choice(values(DispositionKind.self)), "Whether the sale was public or private."),
            FieldSpec("disposition_notice_sent_on", .date, "The date on the notice of disposition sent before the sale."),
            FieldSpec("disposition_notice_received", .boolean, "Whether the debtor received a notice of disposition."),
            FieldSpec("buyer", .choice(values(SaleBuyer.self)), "Who bought at the sale."),
            FieldSpec("certificate_of_title_on", .date, "When the clerk issued the certificate of title after the sale."),
        ])

    static let costItemSpec = ObjectSpec(
        "CostItem", "One cost or fee claimed.",
        [
            FieldSpec("label", .text, required: true, "What the cost is for."),
            FieldSpec("amount", .money, required: true, "How much."),
        ])

    static let judgmentSpec = ObjectSpec(
        "Judgment", "A money judgment against the debtor.",
        [
            FieldSpec("court", .text, required: true, "The court."),
            FieldSpec("county", .text, "The county."),
            FieldSpec("plaintiff", .text, "The party that sued (the judgment creditor), exactly as the judgment or court papers name it."),
            FieldSpec("case_number", .text, required: true, "Case or index number."),
            FieldSpec("date", .date, required: true, "Date the judgment was entered."),
            FieldSpec("amount", .money, required: true, "Amount of the judgment."),
            FieldSpec("interest_rate", .percentage, "Post-judgment interest rate, percent per year."),
        ])

    static let contactSpec = ObjectSpec(
        "Contact", "One contact from the other side.",
        [
            FieldSpec("date", .date, required: true, "When it happened."),
            FieldSpec("method", .choice(values(ContactMethod.self)), required: true, "How."),
            FieldSpec("by", .partyReference, "Who: a party field name such as collector, or a name."),
            FieldSpec("summary", .text, "What they said or wanted."),
            FieldSpec("time", .time, "Time of day on the debtor's local clock."),
            FieldSpec("threatened", .list(.choice(values(ThreatKind.self))), "What they threatened to do."),
        ])

    static let contactPreferencesSpec = ObjectSpec(
        "ContactPreferences",
        "How, when and where the debtor lets a collector make contact (the limit-contact letter).",
        [
            FieldSpec("allowed_media", .list(.choice(values(ContactMedium.self))), "The only ways the collector may use."),
            FieldSpec("forbidden_media", .list(.choice(values(ContactMedium.self))), "Ways the collector must not use."),
            FieldSpec("phone", .text, "The number to call or text, if not the debtor's phone."),
            FieldSpec("email", .email, "The address to email, if not the debtor's email."),
            FieldSpec("allowed_hours", .object("HourRange"), "The hours of the day when contact is allowed."),
            FieldSpec("no_contact_at_work", .boolean, "Whether the debtor asks not to be contacted at work (default false)."),
            FieldSpec(
                "employer_forbids_contact", .boolean,
                "Whether the employer does not allow such contact at work (default false)."),
            FieldSpec("notes", .text, "Other limits, in the debtor's words."),
        ])

    static let hourRangeSpec = ObjectSpec(
        "HourRange", "Hours of the day, on the debtor's local clock.",
        [
            FieldSpec("from", .time, required: true, "The earliest time contact is allowed."),
            FieldSpec("to", .time, required: true, "The latest time contact is allowed."),
        ])

    static let actionsSpec = ObjectSpec(
        "CollectionActions", "What the creditor has done to collect.",
        [
            FieldSpec("garnishments", .list(.object("Garnishment")), "Wage garnishments."),
            FieldSpec("levies", .list(.object("BankLevy")), "Bank levies, restraints or freezes."),
            FieldSpec("liens", .list(.object("Lien")), "Judgment liens."),
        ])

    static let garnishmentSpec = ObjectSpec(
        "Garnishment", "A wage garnishment.",
        [
            FieldSpec("employer", .text, required: true, "The employer withholding."),
            FieldSpec("pay_period", .choice(values(PayPeriod.self)), required: true, "How often the debtor is paid."),
            FieldSpec("gross_earnings", .money, required: true, "Gross earnings per pay period."),
            FieldSpec("disposable_earnings", .money, required: true, "Disposable earnings per pay period."),
            FieldSpec("amount_withheld", .money, required: true, "Amount withheld per pay period."),
            FieldSpec("first_withheld", .date, "First payday with a withholding."),
            FieldSpec("served_on", .date, "When the garnishment papers were served on the debtor (exemption-claim deadlines run from it)."),
            FieldSpec(
                "work_county", .text,
                "County (or New York City borough) where the debtor works; New York's minimum wage, and so its limit, depends on it."),
        ])

    static let bankLevySpec = ObjectSpec(
        "BankLevy", "A bank levy, restraint or freeze.",
        [
            FieldSpec("bank", .text, required: true, "The bank or credit union."),
            FieldSpec("account_last4", .last4, "Last four digits of the account."),
            FieldSpec("balance", .money, required: true, "Balance when the account was frozen."),
            FieldSpec("frozen_on", .date, "Date the bank froze the account."),
            FieldSpec("deposits", .list(.object("Deposit")), "Deposits over the last two months, by source."),
            FieldSpec("notice_served_on", .date, "Date the levy notice was served on the debtor, or mailed."),
            FieldSpec("notice_service", .choice(values(LevyNoticeService.self)), "How the notice was served: personal or mail."),
            FieldSpec("reviewed_on", .date, "Date the bank reviewed the account, if not the freeze date."),
        ])

    static let depositSpec = ObjectSpec(
        "Deposit", "One deposit into a levied account.",
        [
            FieldSpec("date", .date, required: true, "Date it posted."),
            FieldSpec("amount", .money, required: true, "How much."),
            FieldSpec("source", .choice(values(IncomeSource.self)), required: true, "Where it came from."),
            FieldSpec("direct_deposit", .boolean, "Whether it came by electronic direct deposit (default false)."),
        ])

    static let lienSpec = ObjectSpec(
        "Lien", "A judgment lien on property.",
        [
            FieldSpec("property", .text, required: true, "The property."),
            FieldSpec("recorded_on", .date, required: true, "Date the lien was recorded."),
            FieldSpec("amount", .money, "Amount secured."),
        ])

    static let incomeSpec = ObjectSpec(
        "IncomeItem", "One source of household income.",
        [
            FieldSpec("source", .choice(values(IncomeSource.self)), required: true, "Where it comes from."),
            FieldSpec("amount", .money, required: true, "How much per payment."),
            FieldSpec("frequency", .choice(values(IncomeFrequency.self)), required: true, "How often it is paid."),
            FieldSpec("payer", .text, "Who pays it."),
            FieldSpec("basis", .choice(values(AmountBasis.self)), "Whether the amount is gross or net of deductions."),
        ])

    static let assetSpec = ObjectSpec(
        "Asset", "Something the household owns.",
        [
            FieldSpec("kind", .choice(values(AssetKind.self)), required: true, "What kind of asset."),
            FieldSpec("description", .text, required: true, "A short description."),
            FieldSpec("value", .money, "Value or balance."),
            FieldSpec("account_last4", .last4, "Last four digits of an account."),
            FieldSpec("retirement_type", .choice(values(RetirementType.self)), "Kind of retirement account."),
        ])

    static let documentSpec = ObjectSpec(
        "DocumentItem", "A paper the intake asks for.",
        [
            FieldSpec("name", .text, required: true, "The document's name."),
            FieldSpec("have", .boolean, required: true, "Whether the debtor has it."),
        ])
}
