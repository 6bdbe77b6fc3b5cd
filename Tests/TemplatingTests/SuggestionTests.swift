import Testing
@testable import Templating

/// "Did you mean" must not depend on the order of a dictionary's keys, which changes run to run.
@Suite struct SuggestionTests {
    @Test(arguments: [["cob", "cat", "cub"], ["cub", "cat", "cob"], ["cat", "cub", "cob"]])
    func equallyCloseCandidatesAreChosenByName(_ candidates: [String]) {
        #expect(Suggestion.closest(to: "cab", in: candidates) == "cat")
    }

    @Test func aHugeWordGetsNoSuggestionAndCostsNothing() {
        let huge = String(repeating: "debtor", count: 400_000)
        #expect(Suggestion.closest(to: huge, in: (0..<100).map { "field\($0)" }) == nil)
        #expect(Suggestion.closest(to: "debtor", in: [huge, "detbor"]) == "detbor")
    }

    @Test func theCloserCandidateStillWins() {
        #expect(Suggestion.closest(to: "debtor", in: ["detbor", "debtors", "abc"]) == "debtors")
    }

    @Test func aMissingFieldHintIsTheSameForEveryKeyOrder() throws {
        // 'nme' is one edit from both 'name' and 'nma'; whichever the dictionary yields first must not matter.
        for _ in 0..<20 {
            let fields = Dictionary(uniqueKeysWithValues: ["nma", "name", "zzz", "abc"].shuffled().map { ($0, 1) })
            #expect(Suggestion.closest(to: "nme", in: fields.keys) == "name")
        }
    }
}
