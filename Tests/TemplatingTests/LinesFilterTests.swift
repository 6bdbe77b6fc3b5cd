import DocumentTree
import Templating
import Testing

/// `{{list | lines}}` adds a list of text line by line; it must give exactly what printing the
/// items joined with line feeds gives, wherever the hole stands.
@Suite struct LinesFilterTests {
    static let lists: [[String]] = [
        [], [""], ["", ""], ["a"], ["a", "b"], ["", "b", ""], ["x  y", " z "], ["a\r", "b"], ["a", "\nb"],
        ["a\r\n", ""], ["a\u{2028}b", "c"], ["a\u{85}", "b"], ["1 Main St", "Springfield, IL 62701"],
    ]

    static let bodies = [
        "{{v | lines}}", "x {{v | lines}} y", "a\n{{v | lines}}\nb", "::: address\na\n{{v | lines}}\n:::",
        "**{{v | lines}}**", "- {{v | lines}}\n- b",
    ]

    @Test(arguments: lists)
    func linesMatchTheJoinedText(items: [String]) throws {
        for body in Self.bodies {
            let listed = try render(body, ["v": .list(items.map(TemplateValue.string))])
            let joined = try render(body.replacing("{{v | lines}}", with: "{{j}}"), ["j": .string(items.joined(separator: "\n"))])
            #expect(listed == joined, "\(body)")
        }
    }

    @Test func itemsThatAreNotTextAreStillPrinted() throws {
        #expect(try render("{{v | lines}}", ["v": [.money(cents: 150), "b"]]) == [para(.text("$1.50"), .lineBreak, .text("b"))])
    }
}
