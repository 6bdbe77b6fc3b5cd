/// Warnings about contact limits that a letter could not state clearly.
extension CaseChecks {
    func contactPreferences(_ c: Case) -> [CaseDiagnostic] {
        guard let p = c.contactPreferences else { return [] }
        let path = "contact_preferences"
        var found: [CaseDiagnostic] = []
        for medium in p.allowedMedia where p.forbiddenMedia.contains(medium) {
            found.append(
                .warning(
                    path + ".forbidden_media", "\(medium.rawValue) is both allowed and forbidden",
                    hint: "keep it in one of the two lists"))
        }
        if p.allowedMedia.contains(.email), p.email == nil, c.debtor.email == nil {
            found.append(
                .warning(
                    path + ".allowed_media", "email is allowed, but no email address is given",
                    hint: "add contact_preferences.email or debtor.email"))
        }
        if p.allowedMedia.contains(where: { $0 == .phone || $0 == .text }), p.phone == nil, c.debtor.phone == nil {
            found.append(
                .warning(
                    path + ".allowed_media", "calls or texts are allowed, but no phone number is given",
                    hint: "add contact_preferences.phone or debtor.phone"))
        }
        if p.employerForbidsContact, !p.noContactAtWork {
            found.append(
                .warning(
                    path + ".employer_forbids_contact", "set, but no_contact_at_work is not",
                    hint: "set no_contact_at_work: true so the letter asks for no contact at work"))
        }
        return found
    }
}
