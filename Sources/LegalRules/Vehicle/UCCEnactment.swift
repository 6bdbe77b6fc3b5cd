import CaseModel
import Foundation

/// UCC Article 9 citations in the words of the state's enactment. Texas numbers its sections
/// 9.6xx in the Business and Commerce Code (Tex. Bus. & Com. Code ch. 9, subch. F, read in
/// statute copies); for other states the uniform number is kept and the state is named, because
/// their enactments' numbering was not confirmed.
enum UCCEnactment {
    /// The citation as the state's enactment is cited (the uniform text when no state is given).
    static func citation(_ citation: Citation, in state: Jurisdiction?) -> Citation {
        guard let state, citation.text.hasPrefix("UCC §") else { return citation }
        if state == .TX {
            // The uniform-text copy a section was read in (its URL) does not carry over.
            let text = texas(citation.text).replacingOccurrences(of: " (N.Y. text)", with: "")
            return Citation(text, url: nil)
        }
        return Citation("\(citation.text) as enacted in \(state.name)", url: citation.url)
    }

    /// A sentence with its Article 9 section numbers in the state's form (Texas only).
    static func sentence(_ sentence: String, in state: Jurisdiction?) -> String {
        state == .TX ? texas(sentence) : sentence
    }

    /// A finding whose citations and sentence use the state's form.
    static func finding(_ finding: Finding, in state: Jurisdiction?) -> Finding {
        guard state != nil, finding.citations.contains(where: { $0.text.hasPrefix("UCC §") }) || finding.sentence.contains("9-6") else {
            return finding
        }
        return Finding(
            id: finding.id, topic: finding.topic, sentence: sentence(finding.sentence, in: state), figures: finding.figures,
            citations: finding.citations.map { citation($0, in: state) }, confidence: finding.confidence)
    }

    /// "UCC § 9-611(b)", "UCC §§ 9-611, 9-612", "UCC 9-614", "Section 9-615(f)" → the Texas form.
    /// Plain string scans: the analysis runs this for every record, and Foundation's regular
    /// expressions on Linux cost more than the rest of a letter (docs/performance.md).
    private static func texas(_ text: String) -> String {
        let named =
            text
            .replacingOccurrences(of: "UCC §§ ", with: "Tex. Bus. & Com. Code §§ ")
            .replacingOccurrences(of: "UCC § ", with: "Tex. Bus. & Com. Code § ")
            .replacingOccurrences(of: "UCC 9-6", with: "Tex. Bus. & Com. Code § 9-6")
        return texasSectionNumbers(named)
    }

    /// "9-6xx" standing alone (not inside a longer number) → "9.6xx".
    private static func texasSectionNumbers(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5 else { return text }
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        func isWord(_ i: Int) -> Bool {
            guard i >= 0 && i < bytes.count else { return false }
            let b = bytes[i]
            return isDigit(i) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "_")
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "9"), i + 4 < bytes.count, bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: "6"),
                isDigit(i + 3), isDigit(i + 4), !isWord(i - 1), !isWord(i + 5)
            {
                out += [UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "6"), bytes[i + 3], bytes[i + 4]]
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
