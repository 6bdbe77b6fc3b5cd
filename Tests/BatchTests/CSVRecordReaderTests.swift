import CaseModel
import Foundation
import Testing
@testable import Batch

@Suite struct CSVRecordReaderTests {
    /// A BOM, CRLF line ends, quoted fields holding commas, quotes and line breaks, and a blank line.
    static let awkward =
        "\u{FEFF}id,debtor.name,debtor.address.line1,income[0].source\r\n"
        + "a-1,\"Okafor, Darnell\",\"4418 Pecan \"\"Hollow\"\" Dr\",wages\r\n"
        + "\r\n"
        + "a-2,\"Two\r\nLines\",,\r\n"
        + "a-3,Plain,\"x,y\",ssi"

    static func collect(_ reader: CSVRecordReader) throws -> [BatchRecord] {
        var reader = reader
        var out: [BatchRecord] = []
        while let record = try reader.next() { out.append(record) }
        return out
    }

    static func fields(_ record: BatchRecord) -> [String] {
        guard case .fields(let pairs) = record.payload else { return [] }
        return pairs.map { "\($0.0)=\($0.1)" }
    }

    @Test func quotesCommasNewlinesBOMAndCRLF() throws {
        let records = try Self.collect(CSVRecordReader(text: Self.awkward))
        #expect(records.map(\.number) == [1, 2, 3])
        #expect(records.map(\.caseID) == ["a-1", "a-2", "a-3"])
        #expect(
            Self.fields(records[0]) == [
                "id=a-1", "debtor.name=Okafor, Darnell",
                "debtor.address.line1=4418 Pecan \"Hollow\" Dr", "income[0].source=wages",
            ])
        #expect(Self.fields(records[1])[1] == "debtor.name=Two\r\nLines")
        #expect(Self.fields(records[2])[2] == "debtor.address.line1=x,y")
    }

    @Test func fileWithBOMReadsLikeText() throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/cases.csv"
        try Data(Self.awkward.utf8).write(to: URL(fileURLWithPath: path))
        let fromFile = try Self.collect(CSVRecordReader(path: path))
        let fromText = try Self.collect(CSVRecordReader(text: Self.awkward))
        #expect(fromFile.map(Self.fields) == fromText.map(Self.fields))
        #expect(fromFile.first?.caseID == "a-1")
        #expect(try BatchInput(path: path).countRecords() == 3)
    }

    @Test func rowWithWrongCellCountIsABadRecordNotTheEnd() throws {
        let records = try Self.collect(CSVRecordReader(text: "id,debtor.name\nx,1,extra\ny,2\n"))
        #expect(records.count == 2)
        guard case .unreadable(let reason) = records[0].payload else { Issue.record("expected unreadable"); return }
        #expect(reason.contains("3 cells"))
        #expect(Self.fields(records[1]) == ["id=y", "debtor.name=2"])
    }

    @Test func headerProblemsStopTheInput() {
        #expect(throws: BatchInputError.self) { try CSVRecordReader(text: "id,,debtor.name\n") }
        #expect(throws: BatchInputError.self) { try CSVRecordReader(text: "id,id\n") }
    }

    @Test func csvRowValidatesIntoACase() throws {
        let text = "id,debtor.name,income[0].source\nr-1,Ana Ruiz,notasource\n"
        let records = try Self.collect(CSVRecordReader(text: text))
        let worker = BatchWorker(renderer: Fixtures.renderer, asOf: Fixtures.today)
        guard case .failure(let errors) = worker.validate(records[0]) else { Issue.record("expected errors"); return }
        #expect(errors.list.contains { $0.path.hasPrefix("income[0]") })
    }
}

@Suite struct JSONLinesRecordReaderTests {
    @Test func blankLinesSkippedRecordsNumberedIdsFound() throws {
        var reader = JSONLinesRecordReader(text: "{\"id\": \"a\\/1\", \"x\": {\"id\": \"inner\"}}\n\n  \r\n{\"debtor\": {\"id\": 1}, \"id\": 42}\r\nnot json\n")
        var records: [BatchRecord] = []
        while let r = try reader.next() { records.append(r) }
        #expect(records.map(\.number) == [1, 2, 3])
        #expect(records.map(\.caseID) == ["a/1", "42", nil])
        #expect(records.map(\.source) == ["line 1", "line 4", "line 5"])
    }

    @Test func aByteOrderMarkOnLineOneAndTabsAreBlank() throws {
        // A byte-order mark alone on line 1, then a line of a tab and a space with a CR, are blank;
        // a BOM before a record is dropped; a space with a combining mark is not blank.
        var reader = JSONLinesRecordReader(text: "\u{FEFF}\r\n\t \r\n{\"id\": \"b\"}\r\n \u{301}\n")
        var records: [BatchRecord] = []
        while let r = try reader.next() { records.append(r) }
        #expect(records.map(\.source) == ["line 3", "line 4"])
        #expect(records.first?.caseID == "b")
        var withMark = JSONLinesRecordReader(text: "\u{FEFF}{\"id\": \"c\"}\n")
        let first = try withMark.next()
        guard case .text(let text, _) = first?.payload else { Issue.record("expected text"); return }
        #expect(text == "{\"id\": \"c\"}")
    }

    @Test func yamlIDScanner() {
        #expect(CaseParser.caseID(in: "# c\nid: demo   # comment\n", format: .yaml) == "demo")
        #expect(CaseParser.caseID(in: "id: \"a\\\"b\"\n", format: .yaml) == "a\"b")
        #expect(CaseParser.caseID(in: "id: 'x y'\n", format: .yaml) == "x y")
        #expect(CaseParser.caseID(in: "debtor:\n  id: nested\n", format: .yaml) == nil)
    }

    /// The JSON reader reads up to the top-level id, as the decoder reads it.
    @Test func jsonIDScanner() {
        #expect(CaseParser.caseID(in: #"{"debtor": {"id": "nested", "x": [1, {"id": 2}]}, "id": "top"}"#, format: .json) == "top")
        #expect(CaseParser.caseID(in: #"{"id": "caf\u00e9 \"1\""}"#, format: .json) == "café \"1\"")
        #expect(CaseParser.caseID(in: #"{"id": "  spaced  "}"#, format: .json) == "spaced")
        #expect(CaseParser.caseID(in: #"{"id": 2026031}"#, format: .json) == "2026031")
        #expect(CaseParser.caseID(in: #"{"id": null}"#, format: .json) == nil)
        #expect(CaseParser.caseID(in: #"{"name": "x"}"#, format: .json) == nil)
        #expect(CaseParser.caseID(in: #"{"name": "x" "id": "y"}"#, format: .json) == nil)
        #expect(CaseParser.caseID(in: #"["id", "x"]"#, format: .json) == nil)
    }
}

@Suite struct CSVRecordReaderSourceTests {
    @Test func recordsCarryThePhysicalLineTheyStartOn() throws {
        let records = try CSVRecordReaderTests.collect(CSVRecordReader(text: CSVRecordReaderTests.awkward))
        #expect(records.map(\.source) == ["line 2", "line 4", "line 6"])
        let multiLineHeader = "id,\"debtor.\nname\"\nx,\"a\nb\nc\"\ny,z\n"
        let more = try CSVRecordReaderTests.collect(CSVRecordReader(text: multiLineHeader))
        #expect(more.map(\.source) == ["line 3", "line 6"])
    }

    @Test func badRowsCarryTheirLineInErrorsJSONL() async throws {
        let csv = "id,debtor.name\nok-1,Ana\nbad-2,Ben,extra\n"
        var reader = try CSVRecordReader(text: csv)
        var records: [BatchRecord] = []
        while let record = try reader.next() { records.append(record) }
        let dir = Fixtures.temporaryFolder()
        _ = try await Fixtures.run(records, into: dir)
        let lines = Fixtures.read(dir + "/errors.jsonl").split(separator: "\n")
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(second["record"] as? Int == 2)
        #expect(second["source"] as? String == "line 3")
    }

    @Test func aFileThatEndsBeforeItsSizeIsAnInputErrorNotTheEnd() throws {
        // Bigger than the reader's first 256 KiB read; the file then shrinks under the reader, so
        // its next read finds the end early: rows lost, which must not pass as a finished file.
        let row = "r,Some Name\n"
        let text = "id,debtor.name\n" + String(repeating: row, count: 40_000)
        let path = Fixtures.temporaryFolder() + "/cases.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var reader = try CSVRecordReader(path: path)
        #expect(try reader.next() != nil)
        truncate(path, 1000)
        #expect(throws: BatchInputError.self) {
            while try reader.next() != nil {}
        }
    }

    /// Each broken row becomes one bad record at its own line; the rows around it are untouched.
    @Test(arguments: [
        [UInt8]([0xFF]),  // never valid
        [0xE2, 0x82],  // truncated sequence
        [0xC0, 0xAF],  // overlong '/'
        [0xED, 0xA0, 0x80],  // an encoded surrogate
    ])
    func invalidUTF8IsABadRecordAtItsLine(bad: [UInt8]) throws {
        let bytes = Array("id,debtor.name\nr-1,Ana\nr-2,B".utf8) + bad + Array("en\n\"r-3\",\"two\nlines\"\nr-4,Dee\n".utf8)
        let path = Fixtures.temporaryFolder() + "/cases.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let records = try CSVRecordReaderTests.collect(CSVRecordReader(path: path))
        #expect(records.map(\.number) == [1, 2, 3, 4])
        #expect(records.map(\.source) == ["line 2", "line 3", "line 4", "line 6"])
        #expect(records.map(\.caseID) == ["r-1", nil, "r-3", "r-4"])
        guard case .unreadable(let reason) = records[1].payload else { Issue.record("expected a bad record"); return }
        #expect(reason.hasPrefix("not UTF-8 text"))
        #expect(CSVRecordReaderTests.fields(records[2]) == ["id=r-3", "debtor.name=two\nlines"])
    }

    @Test func invalidUTF8InsideAQuotedMultiLineCellSpoilsOnlyThatRow() throws {
        let bytes = Array("id,debtor.name\nr-1,\"a\nb".utf8) + [0xFF] + Array("\nc\"\nr-2,Ok\n".utf8)
        let path = Fixtures.temporaryFolder() + "/cases.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let records = try CSVRecordReaderTests.collect(CSVRecordReader(path: path))
        #expect(records.map(\.source) == ["line 2", "line 5"])
        guard case .unreadable(let reason) = records[0].payload else { Issue.record("expected a bad record"); return }
        #expect(reason.hasPrefix("line 3: not UTF-8"))
        #expect(records[1].caseID == "r-2")
    }

    @Test func tooManyColumnsIsAHeaderError() {
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        #expect(throws: BatchInputError.self) { try CSVRecordReader(text: header + "\n") }
    }

    @Test func aWholeFileEndsCleanly() throws {
        let path = Fixtures.temporaryFolder() + "/cases.csv"
        try Data(("id,debtor.name\n" + String(repeating: "r,Name\n", count: 20_000)).utf8).write(to: URL(fileURLWithPath: path))
        var reader = try CSVRecordReader(path: path)
        var count = 0
        while try reader.next() != nil { count += 1 }
        #expect(count == 20_000)
    }
}
