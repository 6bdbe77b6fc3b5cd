import CaseModel
import Foundation
import Generator
import Testing

/// Spanish documents (instructions, guides, reading copies and the office's summary in Spanish) hold
/// no English outside the case's own words, citations and the terms they mark as English, and never
/// "de el" or "a el".
@Suite struct SpanishTextTests {
    /// English words that never belong in Spanish text; none is also a Spanish word.
    static let englishWords: Set<String> = [
        "the", "and", "which", "must", "within", "passed", "statute", "secondary", "unknown", "confirmed",
        "deadline", "should", "would", "shall", "you", "your", "amount", "claim", "court", "withheld",
        "rule", "rules", "days", "before", "after", "not", "with", "from", "this", "that", "when", "where",
    ]

    @Test(arguments: DraftingRulesTests.cases)
    func spanishTextHasNoEnglishAndNoUncontractedArticles(_ name: String) throws {
        let theCase = try DraftingRulesTests.theCase(name)
        let generator = DocumentGenerator(library: Repository.library)
        let result = generator.generatePacket(
            CaseJob(
                theCase: theCase, formats: [.html], language: "es", today: Repository.asOf,
                officeLanguage: "es"))
        let caseWords = Self.caseText(theCase)
        for file in result.files
        where file.language == "es" && file.relativePath.hasSuffix(".html")
            && !file.relativePath.hasSuffix("/packet.html") && !file.relativePath.hasSuffix("/index.html")
        {
            let text = Self.spanishOnly(String(decoding: file.bytes, as: UTF8.self), removing: caseWords)
            #expect(
                text.range(of: #"\b(de|a) el\b"#, options: [.regularExpression, .caseInsensitive]) == nil,
                "\(name) \(file.relativePath): “de el” or “a el”")
            let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
            let english = words.intersection(Self.englishWords)
            let context = english.sorted().map { Self.around($0, in: text) }
            #expect(english.isEmpty, "\(name) \(file.relativePath): English words \(english.sorted()) in \(context)")
        }
    }

    @Test func theCheckFindsEnglish() {
        let text = Self.spanishOnly("<p>Grados: statute = verificado; pagos de el Seguro Social</p>", removing: [])
        #expect(text.contains("statute"))
        #expect(text.range(of: #"\b(de|a) el\b"#, options: .regularExpression) != nil)
    }

    /// Some text before `word` in `text`, to show where it was found.
    static func around(_ word: String, in text: String) -> String {
        guard let range = text.range(of: word, options: .caseInsensitive) else { return "" }
        let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
        return String(text[start..<range.upperBound])
    }

    /// The document's text without markup, the case's own strings, terms marked as English
    /// (`<em>`), parenthesised citations, web addresses and case-file field paths.
    static func spanishOnly(_ html: String, removing caseWords: [String]) -> String {
        var text = html.range(of: "<body").map { String(html[$0.lowerBound...]) } ?? html
        text = text.replacingOccurrences(of: "<em>.*?</em>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
        text = text.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        for value in caseWords {
            let flat = value.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
            text = text.replacingOccurrences(of: flat, with: " ", options: .caseInsensitive)
        }
        // Citations go in parentheses, in their sources' own words: drop parenthesised text, innermost first.
        while let range = text.range(of: #"\([^()]*\)"#, options: .regularExpression) { text.replaceSubrange(range, with: " ") }
        text = text.replacingOccurrences(of: #"[A-Za-z0-9.-]+\.(org|gov|com)\S*"#, with: " ", options: .regularExpression)
        // A case-file field named for the lawyer, such as sale.confirmed_on.
        text = text.replacingOccurrences(of: #"\b[a-z_]+(\.[a-z_0-9]+)+\b"#, with: " ", options: .regularExpression)
        return text
    }

    /// Every string of the case file, longest first, so that a name inside a longer value goes with it.
    static func caseText(_ theCase: Case) -> [String] {
        guard let data = try? JSONEncoder().encode(theCase), let json = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var strings: [String] = []
        func walk(_ value: Any) {
            if let s = value as? String, s.count > 2 { strings.append(s) }
            if let a = value as? [Any] { a.forEach(walk) }
            if let d = value as? [String: Any] { d.values.forEach(walk) }
        }
        walk(json)
        return strings.sorted { $0.count > $1.count }
    }
}
