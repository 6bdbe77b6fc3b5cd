import Testing
@testable import Generator

@Suite struct SafeNameTests {
    @Test(arguments: [
        ("ca-001", "ca-001"),
        ("../../etc/passwd", "_._etc_passwd"),
        ("a/b", "a_b"),
        ("a\\b", "a_b"),
        (".hidden", "hidden"),
        ("...", "record-7"),
        ("\u{0}", "_"),
        ("tab\there", "tab_here"),
        ("CON", "_CON"),
        ("con", "_con"),
        ("nul.txt", "_nul.txt"),
        ("Com1.tar.gz", "_Com1.tar.gz"),
        ("LPT9", "_LPT9"),
        ("COM10", "COM10"),
        ("console", "console"),
        ("trailing. . ", "trailing"),
        ("  spaced  ", "spaced"),
        ("a:b*c?d\"e<f>g|h", "a_b_c_d_e_f_g_h"),
        ("right\u{202E}gnp.exe", "right_gnp.exe"),
        ("📄 Ana Núñez", "📄 Ana Núñez"),
        ("manifest.csv", "_manifest.csv"),
        ("errors-2-of-4.jsonl", "_errors-2-of-4.jsonl"),
        ("batch.zip", "_batch.zip"),
        ("", "record-7"),
    ])
    func sanitise(id: String, expected: String) {
        let name = SafeName.sanitise(id, record: 7)
        #expect(name == expected)
        #expect(!name.contains("/") && !name.contains("\\") && !name.contains(".."))
    }

    /// The shortcut for plain ids gives what the full path gives, for plain and unplain ids alike.
    @Test func theShortcutForPlainIdsChangesNothing() {
        let alphabet = Array("aZ09-_.. /:CONnul\u{0}é".unicodeScalars)
        var state: UInt64 = 42
        var ids = [
            "ca-001", "a.b", "a..b", ".a", "a.", "CON", "con.txt", "manifest.csv", "batch.zip",
            String(repeating: "x", count: 80), String(repeating: "x", count: 81), "com1", "COM1.x",
        ]
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            // Mostly short ids, some around the 80-byte limit.
            let length = next(4) == 0 ? 76 + next(9) : next(12)
            ids.append(String(String.UnicodeScalarView((0..<length).map { _ in alphabet[next(alphabet.count)] })))
        }
        for id in ids {
            #expect(SafeName.sanitise(id, record: 3) == SafeName.sanitiseFully(id, record: 3), "\(id.debugDescription)")
        }
        #expect(ids.contains { SafeName.isPlain($0) } && ids.contains { !SafeName.isPlain($0) })
    }

    @Test func nilIdNamesTheRecord() {
        #expect(SafeName.sanitise(nil, record: 12) == "record-12")
    }

    @Test func decomposedAccentsComposeToOneName() {
        #expect(SafeName.sanitise("Nu\u{0301}n\u{0303}ez", record: 1) == SafeName.sanitise("Núñez", record: 1))
    }

    @Test func longIdsAreCutAtACharacterBoundary() {
        let long = String(repeating: "é", count: 300)
        let name = SafeName.sanitise(long, record: 1)
        #expect(name.utf8.count <= SafeName.maxBytes)
        #expect(name == String(repeating: "é", count: SafeName.maxBytes / 2))
        let emoji = String(repeating: "👩‍👩‍👧", count: 50)
        #expect(SafeName.sanitise(emoji, record: 1).utf8.count <= SafeName.maxBytes)
    }
}
