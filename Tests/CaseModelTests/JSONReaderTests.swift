import Testing

@testable import CaseModel

@Suite struct JSONReaderTests {
    @Test func readsEveryKindOfValueKeepingNumberText() throws {
        let node = try JSONReader.parse(#"{"a": [1, -2.50, 3e2], "b": {"c": true, "d": false, "e": null}, "f": "x"}"#)
        #expect(
            node
                == .mapping([
                    .init("a", .sequence([.number("1"), .number("-2.50"), .number("3e2")])),
                    .init("b", .mapping([.init("c", .bool(true)), .init("d", .bool(false)), .init("e", .null)])),
                    .init("f", .string("x")),
                ]))
    }

    @Test(arguments: [
        (#""a\"b\\c\/d\n\t""#, "a\"b\\c/d\n\t"),
        (#""\u00e9\u00F1""#, "éñ"),
        (#""\ud83d\ude00 ok""#, "😀 ok"),
        ("\"O'Brien & <Sons> {{x}}\"", "O'Brien & <Sons> {{x}}"),
        ("\"José 👋🏽\"", "José 👋🏽"),
    ])
    func decodesStrings(json: String, expected: String) throws {
        #expect(try JSONReader.parse(json) == .string(expected))
    }

    @Test func acceptsTabsCRLFAndAByteOrderMark() throws {
        #expect(try JSONReader.parse("\u{FEFF}{\r\n\t\"a\":\t1\r\n}") == .mapping([.init("a", .number("1"))]))
    }

    @Test(arguments: [
        ("{\"a\": 1,\n  \"b\" 2}", 2, 7, "expected ':'"),
        ("{\"a\": [1, 2}", 1, 12, "expected ',' or ']'"),
        ("{\"a\": 0123}", 1, 7, "may not start with 0"),
        ("{\"a\": \"x}", 1, 7, "not closed"),
        ("{\"a\": tru}", 1, 7, "unexpected word"),
        ("{\"a\": 1} x", 1, 10, "after the JSON value"),
        ("{\"a\": \"\\q\"}", 1, 9, "unknown escape"),
        ("{\"a\": \"\\ud83d\"}", 1, 14, "low one"),
    ])
    func reportsErrorsWithLineAndColumn(json: String, line: Int, column: Int, fragment: String) {
        #expect {
            _ = try JSONReader.parse(json)
        } throws: { error in
            guard case let .malformed(problem, l, c, _) = error as? CaseNode.SyntaxError else { return false }
            return l == line && c == column && problem.contains(fragment)
        }
    }

    @Test func duplicateKeysAreRefused() {
        #expect(throws: CaseNode.SyntaxError.duplicateKey("a", line: 2, column: 1, path: "a")) {
            try JSONReader.parse("{\"a\": 1,\n\"a\": 2}")
        }
    }

    @Test func emptyTextIsEmpty() {
        #expect(throws: CaseNode.SyntaxError.empty) { try JSONReader.parse("  \n") }
    }
}
