import DocumentTree
import Templating
import Testing

/// A render remembers each path it looked up outside loops (and the paths above it); the
/// remembered values must be exactly what a fresh look-up would give.
@Suite struct RememberedPathTests {
    @Test func aLoopItemStillShadowsARememberedPath() throws {
        let body = "{{name}} {{#each items}}{{name}} {{/each}}{{name}}"
        let context: TemplateValue = ["name": "Top", "items": [["name": "A"], ["x": 1]]]
        #expect(try render(body, context) == [para(.text("Top A Top Top"))])
    }

    @Test func pathsUnderOneParentAndTheParentItself() throws {
        let body = "{{#if a.b}}{{a.b.c}}/{{a.b.d | default: \"none\"}}/{{a.e.0}}/{{a.e.1}}{{/if}} {{a.b.c}} {{a.b | count}}"
        let context: TemplateValue = ["a": ["b": ["c": "C"], "e": ["x", "y"]]]
        #expect(try render(body, context) == [para(.text("C/none/x/y C 1"))])
    }

    @Test func aMissingParentIsMissingForEveryChild() throws {
        let body = "{{#if a.b}}x{{/if}}{{a.b.c | default: \"-\"}}{{a | default: \"-\"}}"
        #expect(try render(body, ["z": 1]) == [para(.text("--"))])
        #expect(try renderProblems("{{a.b}} {{a.b.c}}", ["a": ["x": 1]]).count == 2)
    }

    @Test func aStepThroughTextOrANumberFindsNothing() throws {
        #expect(try renderProblems("{{a.b}} {{n.0}}", ["a": "text", "n": 5]).count == 2)
    }
}
