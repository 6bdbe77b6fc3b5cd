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

    /// The line is its cells, each through ``ManifestRow/cell(_:)``, joined with commas.
    @Test func aLineIsItsCellsJoined() {
        let texts = ["=cmd|' /C calc'!A0", "-x", "'lead", "plain", "@a,b", "a\"b", "new\nline", "", "ca-001", "\r=1"]
        for (i, text) in texts.enumerated() {
            let row = ManifestRow(
                caseID: text, document: texts[(i + 1) % texts.count], format: "txt", language: texts[(i + 2) % texts.count],
                path: "\(text)/x.txt", bytes: (i - 3) * 1000, sha256: texts[(i + 3) % texts.count])
            let cells = [row.caseID, row.document, row.format, row.language, row.path, String(row.bytes), row.sha256]
            #expect(row.line == cells.map(ManifestRow.cell).joined(separator: ",") + "\n")
        }
    }

    @Test func guardedRowsReadBackAsWritten() throws {
        let rows = ["=cmd|' /C calc'!A0", "-x", "'lead", "plain", "@a,b"].map { id in
            ManifestRow(
                caseID: id, document: "cease-contact", format: "txt", language: "en",
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
