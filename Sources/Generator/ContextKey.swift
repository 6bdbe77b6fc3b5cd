/// A field name of the template context that the context builder stores, spelled as the context
/// spells it (hence the snake_case), so that a builder can ask its ``ContextSelection`` whether a
/// field is selected by testing one bit (``ContextKeys``) rather than by hashing the name: the
/// builders ask for every field of the case, its debt, its debtor… for every record, and hashing
/// those names was a fifth of building a context.
///
/// A name missing here still works everywhere (the selection keeps every name it is given); only
/// the builders' own fields need a case.
enum ContextKey: Int, CaseIterable, Sendable {
    // The case.
    case id, language, debtor, original_creditor, current_creditor, collector, collection_attorney, debtor_attorney
    case debt, sale, judgment, contacts, contact_preferences, validation_notice_received, actions, income, assets
    case documents, notes, validation_period_ends_on, cease_letter_received_on, attorney_notified_on
    // What `CaseContext` adds beside the case's own fields.
    case today, analysis, first_contact, recipient, recipient_role
    // The debtor, and a party.
    case name, address, phone, email, household_size, preferred_language, ssn, employer, bar_number, firm, reference_number
    // The debt.
    case account_number, loan_type, owner_occupied, property_state, property_address, originated_on, last_payment_on
    case original_amount, balance_claimed, principal, interest, interest_rate, disputed, dispute_reasons
    case acreage, dwelling_units, texas_home_equity, refinanced_on, refinance_new_money, finance_charge, cash_price
    // Contact preferences.
    case allowed_media, forbidden_media, allowed_hours, no_contact_at_work, employer_forbids_contact
    // The judgment and the sale.
    case court, county, case_number, date, amount, type, price, fair_market_value, costs, deed_delivered_on, confirmed_on
    case repossessed_on, disposition, disposition_notice_sent_on, disposition_notice_received, buyer, certificate_of_title_on
    // The analysis.
    case as_of, home_state, findings, deficiency, deadlines, garnishments, levies, exemption_claims, fdcpa, missing
    case timeline, protection, claims, information, creditor_figure, creditor_lines
    // Its deficiency.
    case regime, jurisdiction, status, summary, open_questions, sale_type, sale_date, sale_price, lines, total_owed
    case sale_credit, total, surplus, measure, citation, citations, confidence, sale_surplus, sale_surplus_sentence
    case claimed_difference, claimed_difference_after_sale, claimed_difference_sentence, judgment_difference
    case judgment_difference_sentence

    /// The field's name in the context.
    var name: String { ContextKey.names[rawValue] }

    /// The key named `name`, when the builders know one.
    init?(name: String) {
        guard let key = ContextKey.byName[name] else { return nil }
        self = key
    }

    private static let names = allCases.map { String(describing: $0) }
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { (String(describing: $0), $0) })
}
