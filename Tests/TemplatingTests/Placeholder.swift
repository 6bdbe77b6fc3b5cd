import Testing

@Test func placeholder_TemplatingTests() { #expect(Bool(true)) }
