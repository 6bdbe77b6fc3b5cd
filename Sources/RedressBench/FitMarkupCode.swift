// --fit-markup-code: the symbol counts MarkupDeflate's code is fitted to, as the Swift source of
// Sources/ZIPArchive/MarkupCode+Training.swift.
import CaseModel
import Foundation
import Generator
import ZIPArchive

/// Counts the symbols of `word/document.xml` in every document of the valid sample cases' packets
/// (the packet itself included), in English and Spanish, and prints them as Swift.
enum FitMarkupCode {
    static func run(home: String, generator: DocumentGenerator, today: CalendarDate) throws {
        var literalLengths = [Int](repeating: 0, count: 286), distances = [Int](repeating: 0, count: 30)
        var parts = 0, bytes = 0
        let samples = try FileManager.default.contentsOfDirectory(atPath: home + "/samples").filter { $0.hasSuffix(".yaml") }.sorted()
        for sample in samples {
            let text = try String(contentsOfFile: home + "/samples/" + sample, encoding: .utf8)
            guard let theCase = CaseParser.parse(text, format: .yaml, asOf: today).value else { continue }
            for language in ["en", "es"] {
                let result = generator.generatePacket(CaseJob(theCase: theCase, formats: [.docx], language: language, today: today))
                for file in result.files where file.relativePath.hasSuffix(".docx") {
                    let xml = try ZIPReader(file.bytes).contents(atPath: "word/document.xml")
                    let counts = MarkupDeflate.symbolCounts(of: xml)
                    for i in 0..<286 { literalLengths[i] += counts.literalLengths[i] }
                    for i in 0..<30 { distances[i] += counts.distances[i] }
                    parts += 1
                    bytes += xml.count
                }
            }
        }
        func rows(_ values: [Int], perRow: Int) -> String {
            stride(from: 0, to: values.count, by: perRow).map { start in
                "        " + values[start..<min(start + perRow, values.count)].map(String.init).joined(separator: ", ") + ","
            }.joined(separator: "\n")
        }
        print("""
            extension MarkupCode {
                /// How often each literal/length symbol (0...285) occurs when ``LZ77Matcher`` parses the
                /// `word/document.xml` of every document in the packets of the valid sample cases, packets
                /// included, in English and Spanish (\(parts) parts, \(bytes) bytes; 16 symbols per row).
                /// Printed by `RedressBench --fit-markup-code`. A rough shape is all the code needs: a part
                /// unlike these still compresses correctly, only less well.
                static let trainingLiteralLengths: [Int] = [
            \(rows(literalLengths, perRow: 16))
                ]

                /// How often each distance symbol (0...29) occurs in the same parse.
                static let trainingDistances: [Int] = [
            \(rows(distances, perRow: 10))
                ]
            }
            """)
    }
}
