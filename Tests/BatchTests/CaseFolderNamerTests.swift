import Generator
import Testing
@testable import Batch

@Suite struct CaseFolderNamerTests {
    @Test func collisionsBecomeUniqueInRecordOrderCaseInsensitively() {
        var namer = CaseFolderNamer()
        let names = [("a/b", 1), ("a_b", 2), ("A_B", 3), ("a_b-2", 4), (nil, 5), ("record-5", 6), ("x", 7)]
            .map { namer.folder(for: $0.0, record: $0.1) }
        #expect(names == ["a_b", "a_b-2", "A_B-3", "a_b-2-2", "record-5", "record-5-2", "x"])
    }

    @Test func collisionSuffixStaysWithinTheLengthCap() {
        var namer = CaseFolderNamer()
        let long = String(repeating: "x", count: 300)
        _ = namer.folder(for: long, record: 1)
        let second = namer.folder(for: long, record: 2)
        #expect(second.hasSuffix("-2") && second.utf8.count <= SafeName.maxBytes)
    }

    @Test func repeatedIdsAreNamedInLinearWork() {
        // The `-N` probe restarted from 2 for every repeat: 40,000 repeats took 800 million probes.
        var namer = CaseFolderNamer()
        let n = 40_000
        let names = (1...n).map { namer.folder(for: "same", record: $0) }
        #expect(names.first == "same" && names[1] == "same-2" && names.last == "same-\(n)")
        #expect(Set(names).count == n)
        #expect(namer.probes <= 2 * n)
    }

    @Test func keysIgnoreCaseAndAreTheSameInEveryProcess() {
        #expect(CaseFolderNamer.key("Case-1") == CaseFolderNamer.key("case-1"))
        #expect(CaseFolderNamer.key("case-1") == 0x58d5_284b_10ec_d37f)
    }
}
