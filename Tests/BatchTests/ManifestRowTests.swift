import CSV
import Testing
@testable import Batch

@Suite struct ManifestRowTests {
    /// Cells a spreadsheet would run as formulas get a `'` in front; others are left alone.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
        ("\r=1", "\"'\r=1\""), ("'quoted", "''quoted"), ("tx-001", "tx-001"), ("a,b", "\"a,b\""), ("", ""),
    ])
    func formulaCellsAreGuarded(text: String, cell: String) {
        #expect(ManifestRow.cell(text) == cell)
    }

    @Test func guardedRowsReadBackAsWritten() throws {
        let rows = ["=cmd|' /C calc'!A0", "-x", "'lead", "plain", "@a,b"].map { id in
            ManifestRow(caseID: id, document: "cease-contact", format: "txt", language: "en",
                        path: "\(id)/cease-contact.txt", bytes: 12, sha256: "ab")
        }
        let csv = ManifestRow.header + rows.map(\.line).joined()
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var read: [ManifestRow] = []
        while let cells = reader.next() { read.append(try #require(ManifestRow(cells: cells))) }
        #expect(read == rows)
        for line in csv.split(separator: "\n").dropFirst() {
            #expect(!"=+-@".contains(line.first!), "\(line)")
        }
    }
}
