import Testing

@Test func placeholder_TextOutputTests() { #expect(Bool(true)) }
