import Testing

@Test func placeholder_BatchTests() { #expect(Bool(true)) }
