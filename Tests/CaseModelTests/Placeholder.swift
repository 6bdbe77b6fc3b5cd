import Testing

@Test func placeholder_CaseModelTests() { #expect(Bool(true)) }
