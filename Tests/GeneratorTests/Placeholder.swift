import Testing

@Test func placeholder_GeneratorTests() { #expect(Bool(true)) }
