/// Reads the debtor's limits on contact: media, hours and places.
extension CaseDecoder {
    mutating func readContactPreferences(_ r: ObjectReader) -> ContactPreferences {
        let allowed = media(r, "allowed_media")
        let forbidden = media(r, "forbidden_media")
        let phone = text(r, "phone")
        let email = email(r, "email")
        let hours = nested(r, "allowed_hours") { $0.readHourRange($1) }
        let atWork = bool(r, "no_contact_at_work")
        let employer = bool(r, "employer_forbids_contact")
        let notes = text(r, "notes")
        return ContactPreferences(
            allowedMedia: allowed, forbiddenMedia: forbidden, phone: phone, email: email,
            allowedHours: hours, noContactAtWork: atWork ?? false,
            employerForbidsContact: employer ?? false, notes: notes)
    }

    /// The hours; an empty or backwards range is an error, since no letter could state it.
    mutating func readHourRange(_ r: ObjectReader) -> HourRange? {
        let from = time(r, "from")
        let to = time(r, "to")
        guard let from, let to else { return nil }
        guard from < to else {
            diagnostics.append(
                .error(
                    r.childPath("to"), "\(to) is not after \(from)",
                    hint: "give the earliest time in from and the latest in to, such as 09:00 and 17:00"))
            return nil
        }
        return HourRange(from: from, to: to)
    }

    /// A time of day.
    mutating func time(_ r: ObjectReader, _ key: String) -> TimeOfDay? {
        guard let node = r[key] else { return nil }
        guard let raw = tree.scalarText(node), let value = TimeOfDay(parsing: raw) else {
            let found = tree.scalarText(node).map { "\"\($0)\" is not a time of day" } ?? "expected a time, found \(tree.summary(node))"
            diagnostics.append(.error(r.childPath(key), found, hint: "write 09:00, 17:30, 9 am or 5:30 p.m."))
            return nil
        }
        return value
    }

    /// A list of media, each once, in the order given.
    private mutating func media(_ r: ObjectReader, _ key: String) -> [ContactMedium] {
        var seen: [ContactMedium] = []
        for medium in list(r, key, { $0.mediumItem($1, $2) }) where !seen.contains(medium) {
            seen.append(medium)
        }
        return seen
    }

    /// One list item read as a medium, forgiving case and spaces like other choices.
    private mutating func mediumItem(_ node: Int, _ path: FieldPath) -> ContactMedium? {
        let raw = tree.trimmedScalarText(node)?.lowercased() ?? ""
        if let medium = ContactMedium(rawValue: raw) { return medium }
        let synonyms: [String: ContactMedium] = [
            "letter": .mail, "letters": .mail, "postal mail": .mail, "telephone": .phone,
            "phone call": .phone, "calls": .phone, "sms": .text, "text message": .text,
        ]
        if let medium = synonyms[raw] { return medium }
        let allowed = ContactMedium.allCases.map(\.rawValue)
        diagnostics.append(
            .error(
                path.description, "\(tree.summary(node)) is not one of \(allowed.joined(separator: ", "))",
                hint: Suggestion.closest(to: raw, in: allowed).map { "did you mean \($0)?" }))
        return nil
    }
}
