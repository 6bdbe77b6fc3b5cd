import DocumentTree
import Foundation
import Templating
import Testing

/// A deferred value (the case analysis) is computed only when a template reads it, and once for
/// every render from the same context.
@Suite struct DeferredValueTests {
    /// Counts how often the deferred value is made.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    static func context(_ counter: Counter) -> TemplateValue {
        [
            "name": "Ana",
            "analysis": .deferred(
                DeferredValue {
                    counter.increment()
                    return ["total": .money(cents: 12_345), "items": ["a", "b"]]
                }),
        ]
    }

    @Test func aTemplateThatDoesNotReadItNeverComputesIt() throws {
        let counter = Counter()
        let blocks = try render("Dear {{name}},\n\n{{#if name}}Hello.{{/if}}", Self.context(counter))
        #expect(blocks.count == 2)
        #expect(counter.value == 0)
    }

    @Test func everyRenderFromOneContextSharesOneComputation() throws {
        let counter = Counter()
        let context = Self.context(counter)
        let body = "{{#if analysis.total > $0.00}}Total {{analysis.total | money}}; {{analysis.items | join}}; {{analysis | count}}.{{/if}}"
        for _ in 0..<3 {
            guard case .paragraph(_, let content)? = try render(body, context).first else {
                Issue.record("a paragraph")
                return
            }
            #expect(content.plainText == "Total $123.45; a, b; 2.")
        }
        #expect(try compile("{{analysis.total}}").missingRequirements(in: context).isEmpty)
        #expect(counter.value == 1)
    }

    @Test func aTypoBeneathItGetsItsDidYouMean() throws {
        let problems = try renderProblems("{{analysis.totl}}", Self.context(Counter()))
        #expect(problems.map(\.message).joined().contains("did you mean 'analysis.total'?"), "\(problems)")
    }
}
