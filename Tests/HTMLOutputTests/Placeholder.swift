import Testing

@Test func placeholder_HTMLOutputTests() { #expect(Bool(true)) }
