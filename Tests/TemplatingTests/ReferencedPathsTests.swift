import Templating
import Testing

/// `CompiledTemplate.referencedPaths`: every path a template reads, where, and in which loops.
struct ReferencedPathsTests {
    /// `path@line:column` for each reference, for compact expectations.
    private func spots(_ template: CompiledTemplate) -> [String] {
        template.referencedPaths.map { "\($0.path)@\($0.location.line):\($0.location.column)" }
    }

    @Test func holesAndConditionsWithTheirPlaces() throws {
        let template = try compile(
            "Dear {{debtor.name}},\n\n{{#if debt.disputed and not actions.levies}}\nX {{debt.amount | money}}\n{{else if analysis.fdcpa}}\nY\n{{/if}}\n")
        #expect(
            spots(template) == [
                "debtor.name@6:6", "debt.disputed@8:1", "actions.levies@8:1", "debt.amount@9:3", "analysis.fdcpa@10:1",
            ])
        #expect(template.referencedPaths.map(\.site) == [.hole, .condition, .condition, .hole, .condition])
        #expect(template.referencedPaths.allSatisfy { !$0.isLoopRelative && $0.candidates == [$0.path] })
        #expect(template.referencedPaths[0].location.file == "t.md")
    }

    @Test func literalsAndLoopCountersAreNotPaths() throws {
        let template = try compile("{{#each debts}}{{@number}}. {{#if @first}}first{{/if}}{{/each}} {{\"text\"}} {{#if 3 > 2}}y{{/if}}\n")
        #expect(template.referencedPaths.map(\.path) == ["debts"])
    }

    @Test func loopRelativePathsListEveryCandidate() throws {
        let template = try compile(
            "{{#each debts}}\n- {{label}} {{this.amount}} {{this}}\n  {{#each payments}}{{date}}{{/each}}\n{{else}}\n- {{none}}\n{{/each}}\n")
        let references = template.referencedPaths
        let byPath = Dictionary(references.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byPath["debts"]?.candidates == ["debts"])
        #expect(byPath["debts"]?.site == .each)
        #expect(byPath["debts"]?.isLoopRelative == false)
        #expect(byPath["label"]?.candidates == ["debts[].label", "label"])
        #expect(byPath["label"]?.isLoopRelative == true)
        #expect(byPath["this.amount"]?.candidates == ["debts[].amount"])
        #expect(byPath["this"]?.candidates == ["debts[]"])
        #expect(byPath["payments"]?.candidates == ["debts[].payments", "payments"])
        #expect(byPath["date"]?.candidates == ["debts[].payments[].date", "payments[].date", "debts[].date", "date"])
        // `{{else}}` of an each runs outside the loop.
        #expect(byPath["none"]?.candidates == ["none"])
        #expect(byPath["none"]?.isLoopRelative == false)
    }

    @Test func frontMatterRequiresAndAppliesWhen() throws {
        let text =
            "---\nid: t\ntitle: Test\nrequires: [debtor.name, collector.address]\napplies_when: \"actions.garnishments and not debt.disputed\"\n---\nHi {{debtor.nmae}}\n"
        let library = try TemplateLibrary(sources: [TemplateSource(path: "t.md", text: text)])
        let template = try #require(library.template(id: "t", language: "en"))
        #expect(
            spots(template) == [
                "debtor.name@4:12", "collector.address@4:25",
                "actions.garnishments@5:16", "debt.disputed@5:16", "debtor.nmae@7:4",
            ])
        #expect(template.referencedPaths.map(\.site) == [.requires, .requires, .appliesWhen, .appliesWhen, .hole])
        #expect(template.referencedPaths[4].description == "t.md:7:4: debtor.nmae (hole)")
    }

    @Test func partialsAndInlineControlsAreWalked() throws {
        let template = try compile(
            "A {{#if x}}{{y}}{{else if z}}w{{/if}}\n\n{{> sig}}\n",
            partials: ["partials/sig.md": "{{debtor.name}}\n"])
        #expect(template.referencedPaths.map(\.path) == ["x", "y", "z", "debtor.name"])
        #expect(template.referencedPaths[2].location.column == 17)
    }
}

extension ReferencedPathsTests {
    @Test func numericPartsAreListItems() throws {
        let template = try compile("{{#if actions.levies.1}}x{{/if}} {{#each actions.levies.0.deposits}}{{source}}{{/each}}\n")
        #expect(
            template.referencedPaths.map(\.candidates) == [
                ["actions.levies[]"], ["actions.levies[].deposits"],
                ["actions.levies[].deposits[].source", "source"],
            ])
        #expect(template.referencedPaths.map(\.path) == ["actions.levies.1", "actions.levies.0.deposits", "source"])
    }
}
