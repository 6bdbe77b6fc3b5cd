import Testing

@Test func placeholder_LegalRulesTests() { #expect(Bool(true)) }
