/// Reads the debtor, the other parties and addresses.
extension CaseDecoder {
    mutating func readDebtor(_ r: ObjectReader) -> Debtor? {
        let name = text(r, "name")
        let address = nested(r, "address") { $0.readAddress($1) }
        let phone = text(r, "phone")
        let email = email(r, "email")
        let householdSize = count(r, "household_size")
        let language = text(r, "preferred_language")
        let ssn = ssn(r, "ssn")
        let employer = text(r, "employer")
        guard let name, let address else { return nil }
        return Debtor(
            name: name, address: address, phone: phone, email: email, householdSize: householdSize,
            preferredLanguage: language, ssn: ssn, employer: employer)
    }

    mutating func readParty(_ r: ObjectReader) -> Party? {
        let name = text(r, "name")
        let address = nested(r, "address") { $0.readAddress($1) }
        let phone = text(r, "phone")
        let email = email(r, "email")
        let barNumber = text(r, "bar_number")
        let firm = text(r, "firm")
        let reference = text(r, "reference_number")
        guard let name else { return nil }
        return Party(
            name: name, address: address, phone: phone, email: email, barNumber: barNumber, firm: firm,
            referenceNumber: reference)
    }

    mutating func readAddress(_ r: ObjectReader) -> Address? {
        let line1 = text(r, "line1")
        let line2 = text(r, "line2")
        let city = text(r, "city")
        let state = state(r, "state")
        let zip = zip(r, "zip")
        guard let line1, let city, let state, let zip else { return nil }
        return Address(line1: line1, line2: line2, city: city, state: state, zip: zip)
    }
}
