import Testing

@Test func placeholder_LibXMLTests() { #expect(Bool(true)) }
