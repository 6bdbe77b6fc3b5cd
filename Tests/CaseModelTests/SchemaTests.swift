import CaseModel
import Foundation
import Testing

/// The published JSON Schema, the decoder's table (`CaseSchema`) and the model must agree.
@Suite struct SchemaTests {
    static let path = "schema/case.schema.json"

    static func published() throws -> [String: Any] {
        let data = try #require(try Fixtures.text(path).data(using: .utf8))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The schema's object for a definition name (`Case` is the root).
    static func definition(_ name: String, in schema: [String: Any]) throws -> [String: Any] {
        if name == CaseSchema.rootName { return schema }
        let defs = try #require(schema["$defs"] as? [String: Any])
        return try #require(defs[name] as? [String: Any], "no $defs/\(name)")
    }

    @Test func publishedFileIsTheRenderedTable() throws {
        let rendered = CaseSchema.jsonSchema()
        if ProcessInfo.processInfo.environment["RECORD_SCHEMA"] == "1" {
            try rendered.write(to: Fixtures.root.appendingPathComponent(Self.path), atomically: true, encoding: .utf8)
        }
        #expect(try Fixtures.text(Self.path) == rendered, "re-record with RECORD_SCHEMA=1 swift test --filter SchemaTests")
    }

    @Test func declaresDraft2020_12() throws {
        #expect(try Self.published()["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func definitionsAreExactlyTheTablesObjects() throws {
        let defs = try #require(try Self.published()["$defs"] as? [String: Any])
        #expect(Set(defs.keys) == Set(CaseSchema.objects.map(\.name).filter { $0 != CaseSchema.rootName }))
    }

    @Test(arguments: CaseSchema.objects.map(\.name))
    func propertiesRequiredAndEnumsMatchTheTable(_ name: String) throws {
        let spec = CaseSchema.object(name)
        let def = try Self.definition(name, in: try Self.published())
        let properties = try #require(def["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(spec.keys))
        #expect((def["required"] as? [String] ?? []) == spec.requiredKeys)
        #expect(def["additionalProperties"] as? Bool == false)
        for field in spec.fields {
            let property = try #require(properties[field.key] as? [String: Any])
            var inner = property
            if case .list = field.type { inner = try #require(property["items"] as? [String: Any]) }
            if let allowed = field.type.elementType.allowedValues {
                #expect(inner["enum"] as? [String] == allowed, "\(name).\(field.key)")
            }
            if case .object(let target) = field.type.elementType {
                #expect(inner["$ref"] as? String == "#/$defs/\(target)", "\(name).\(field.key)")
            }
        }
    }

    @Test(arguments: [
        ("Debt", "loan_type", LoanType.allCases.map(\.rawValue)),
        ("Sale", "type", SaleType.allCases.map(\.rawValue)),
        ("Garnishment", "pay_period", PayPeriod.allCases.map(\.rawValue)),
        ("Deposit", "source", IncomeSource.allCases.map(\.rawValue)),
        ("IncomeItem", "frequency", IncomeFrequency.allCases.map(\.rawValue)),
        ("Asset", "kind", AssetKind.allCases.map(\.rawValue)),
        ("Asset", "retirement_type", RetirementType.allCases.map(\.rawValue)),
        ("Contact", "method", ContactMethod.allCases.map(\.rawValue)),
        ("Contact", "threatened", ThreatKind.allCases.map(\.rawValue)),
        ("Sale", "disposition", DispositionKind.allCases.map(\.rawValue)),
        ("Sale", "buyer", SaleBuyer.allCases.map(\.rawValue)),
        ("IncomeItem", "basis", AmountBasis.allCases.map(\.rawValue)),
        ("ContactPreferences", "allowed_media", ContactMedium.allCases.map(\.rawValue)),
        ("ContactPreferences", "forbidden_media", ContactMedium.allCases.map(\.rawValue)),
        ("Case", "language", CaseLanguage.allCases.map(\.rawValue)),
        ("Address", "state", Jurisdiction.allCases.map(\.rawValue)),
    ])
    func enumValuesAreTheModelsCases(_ object: String, _ key: String, _ values: [String]) throws {
        let def = try Self.definition(object, in: try Self.published())
        var property = try #require((def["properties"] as? [String: Any])?[key] as? [String: Any])
        if let items = property["items"] as? [String: Any] { property = items }
        #expect(property["enum"] as? [String] == values)
    }

    /// A case with every field set: its encoding must use exactly the table's keys, object by object.
    @Test func theModelEncodesExactlyTheTablesKeys() throws {
        let c = try #require(TestCases.parse(Self.everything).value)
        let data = try JSONEncoder().encode(c)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var visited: Set<String> = []
        try Self.compare(json, with: CaseSchema.rootName, at: "", visited: &visited)
        #expect(visited == Set(CaseSchema.objects.map(\.name)), "the everything case must reach every object")
    }

    static func compare(_ object: [String: Any], with name: String, at path: String, visited: inout Set<String>) throws {
        let spec = CaseSchema.object(name)
        visited.insert(name)
        #expect(Set(object.keys) == Set(spec.keys), "\(path.isEmpty ? name : path)")
        for field in spec.fields {
            guard case .object(let inner) = field.type.elementType else { continue }
            let childPath = path.isEmpty ? field.key : path + "." + field.key
            if case .list = field.type {
                let items = try #require(object[field.key] as? [[String: Any]], "\(childPath)")
                for (i, item) in items.enumerated() {
                    try compare(item, with: inner, at: "\(childPath)[\(i)]", visited: &visited)
                }
            } else {
                let child = try #require(object[field.key] as? [String: Any], "\(childPath)")
                try compare(child, with: inner, at: childPath, visited: &visited)
            }
        }
    }

    @Test(
        arguments: [
            ("debtor.address.zip", FieldType.zip), ("contact_preferences.allowed_hours.from", .time),
            ("income[3].source", .choice(IncomeSource.allCases.map(\.rawValue))),
            ("actions.levies[0].deposits[2].direct_deposit", .boolean),
        ] as [(String, FieldType)])
    func fieldsAreFoundByPath(_ path: String, _ type: FieldType) {
        #expect(CaseSchema.field(atPath: path)?.type == type)
    }

    /// The decoder compares keys and object names by UTF-8 length before comparing them as strings,
    /// which is exact only while no other text is canonically equivalent to one (as "\u{212A}" is to "K").
    @Test func keysAndNamesAreLowercaseASCIIWordsSoLengthsMayBeComparedFirst() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_".utf8)
        for spec in CaseSchema.objects {
            #expect(spec.name.utf8.allSatisfy { $0 < 0x80 }, "\(spec.name)")
            for field in spec.fields {
                #expect(field.key.utf8.allSatisfy(allowed.contains), "\(spec.name).\(field.key)")
            }
        }
    }

    @Test func unknownPathsAreNotFound() {
        #expect(CaseSchema.field(atPath: "debtor.nmae") == nil)
        #expect(CaseSchema.field(atPath: "debtor.name.first") == nil)
    }

    static let everything = """
        id: all-fields
        language: en
        debtor:
          name: A
          address: {line1: 1 A St, line2: Apt 1, city: Reno, state: NV, zip: "89501"}
          phone: 775-555-0100
          email: a@example.com
          household_size: 1
          preferred_language: English
          ssn: "1234"
          employer: E
        original_creditor:
          name: P
          address: {line1: 1 B St, line2: Ste 2, city: Reno, state: NV, zip: "89501"}
          phone: "1"
          email: p@example.com
          bar_number: "9"
          firm: F
          reference_number: R-1
        current_creditor:
          name: P
          address: {line1: 1 B St, line2: Ste 2, city: Reno, state: NV, zip: "89501"}
          phone: "1"
          email: p@example.com
          bar_number: "9"
          firm: F
          reference_number: R-1
        collector:
          name: P
          address: {line1: 1 B St, line2: Ste 2, city: Reno, state: NV, zip: "89501"}
          phone: "1"
          email: p@example.com
          bar_number: "9"
          firm: F
          reference_number: R-1
        collection_attorney:
          name: P
          address: {line1: 1 B St, line2: Ste 2, city: Reno, state: NV, zip: "89501"}
          phone: "1"
          email: p@example.com
          bar_number: "9"
          firm: F
          reference_number: R-1
        debtor_attorney:
          name: P
          address: {line1: 1 B St, line2: Ste 2, city: Reno, state: NV, zip: "89501"}
          phone: "1"
          email: p@example.com
          bar_number: "9"
          firm: F
          reference_number: R-1
        debt:
          account_number: "99"
          loan_type: refinance
          owner_occupied: true
          property_state: NV
          property_address: {line1: 1 A St, line2: x, city: Reno, state: NV, zip: "89501"}
          originated_on: 2010-01-01
          last_payment_on: 2020-01-01
          original_amount: 10
          balance_claimed: 100
          principal: 80
          interest: 20
          interest_rate: 5
          disputed: true
          dispute_reasons: [r]
          acreage: 2.5
          dwelling_units: 1
          texas_home_equity: false
          refinanced_on: 2015-01-01
          refinance_new_money: 5
          finance_charge: 7
          cash_price: 9
        sale:
          type: judicial
          date: 2024-01-01
          price: 50
          fair_market_value: 60
          costs: [{label: c, amount: 1}]
          deed_delivered_on: 2024-01-05
          confirmed_on: 2024-01-10
          repossessed_on: 2023-12-01
          disposition: public
          disposition_notice_sent_on: 2023-12-10
          disposition_notice_received: true
          buyer: third_party
          certificate_of_title_on: 2024-01-12
        judgment: {court: C, county: K, plaintiff: P, case_number: "1", date: 2024-02-01, amount: 50, interest_rate: 9}
        contacts: [{date: 2024-03-01, method: phone, by: collector, summary: s, time: "21:30", threatened: [wage_garnishment]}]
        contact_preferences:
          allowed_media: [mail]
          forbidden_media: [phone]
          phone: "2"
          email: c@example.com
          allowed_hours: {from: "09:00", to: "17:00"}
          no_contact_at_work: true
          employer_forbids_contact: true
          notes: n
        validation_notice_received: 2024-03-01
        validation_period_ends_on: 2024-04-05
        cease_letter_received_on: 2024-03-10
        attorney_notified_on: 2024-03-12
        actions:
          garnishments:
            - {employer: E, pay_period: weekly, gross_earnings: 500, disposable_earnings: 400, amount_withheld: 100, first_withheld: 2024-04-05, served_on: 2024-04-01, work_county: Kings}
          levies:
            - bank: B
              account_last4: "1111"
              balance: 10
              frozen_on: 2024-05-01
              notice_served_on: 2024-05-03
              notice_service: mail
              reviewed_on: 2024-05-02
              deposits: [{date: 2024-04-03, amount: 5, source: va, direct_deposit: true}]
          liens: [{property: H, recorded_on: 2024-02-05, amount: 50}]
        income: [{source: wages, amount: 500, frequency: weekly, payer: E, basis: gross}]
        assets: [{kind: retirement_account, description: D, value: 1, account_last4: "2222", retirement_type: ira}]
        documents: [{name: N, have: false}]
        notes: n
        """
}
