import Testing

@Test func placeholder_ZIPArchiveTests() { #expect(Bool(true)) }
