import Testing

@Test func placeholder_DOCXTemplateTests() { #expect(Bool(true)) }
