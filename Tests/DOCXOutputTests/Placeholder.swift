import Testing

@Test func placeholder_DOCXOutputTests() { #expect(Bool(true)) }
