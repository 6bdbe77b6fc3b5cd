import Testing
@testable import Batch

@Suite struct PrefixHasherTests {
    /// Files that share a beginning of `shared` bytes, then differ.
    static func file(shared: Int, tail: String, seed: UInt8 = 7) -> [UInt8] {
        (0..<shared).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) } + Array(tail.utf8)
    }

    @Test func everyDigestIsTheFilesOwn() {
        var hasher = PrefixHasher()
        var files: [[UInt8]] = []
        for i in 0..<40 {
            // A DOCX-like file (a long shared beginning) between a text and an HTML file, as a record
            // with every format gives them; some shorter than the prefix, some equal to it, one empty.
            files.append(Array("text file \(i)".utf8))
            files.append(Self.file(shared: 3000, tail: "document \(i) " + String(repeating: "x", count: i * 37)))
            files.append(Array("<!doctype html>\(i)".utf8))
        }
        files += [[], Self.file(shared: 2944, tail: ""), Self.file(shared: 100, tail: "short"),
                  Self.file(shared: 3000, tail: "", seed: 9), Self.file(shared: 5000, tail: "longer prefix")]
        for file in files {
            #expect(hasher.hex(of: file) == SHA256.hex(of: file))
        }
        // The DOCX-like files after the first two were hashed from the kept state.
        #expect(hasher.shortcuts >= 38)
    }

    /// A file that begins like the kept prefix but differs inside it must not take the shortcut.
    @Test func aDifferenceInsideThePrefixIsNoticed() {
        var hasher = PrefixHasher()
        let a = Self.file(shared: 2000, tail: "a"), b = Self.file(shared: 2000, tail: "b")
        _ = hasher.hex(of: a)
        _ = hasher.hex(of: b)
        for position in [0, 7, 8, 63, 64, 1000, 1919] {
            var changed = Self.file(shared: 2000, tail: "c")
            changed[position] ^= 0x01
            #expect(hasher.hex(of: changed) == SHA256.hex(of: changed), "byte \(position)")
        }
    }

    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 100])
    func commonLengthFindsTheFirstDifference(at position: Int) {
        let a = [UInt8](repeating: 0xAB, count: 120)
        var b = a
        if position < b.count { b[position] = 0 }
        #expect(PrefixHasher.commonLength(a, b, upTo: 120) == min(position, 120))
        #expect(PrefixHasher.commonLength(a, a, upTo: 120) == 120)
    }
}
