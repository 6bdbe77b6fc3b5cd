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
            let text = texas(citation.text)
            let uniform = " (N.Y. text)"
            return Citation(text.hasSuffix(uniform) ? String(text.dropLast(uniform.count)) : text, url: nil)
        }
        return Citation("\(citation.text) as enacted in \(state.name)", url: citation.url)
    }

    /// A sentence with its Article 9 section numbers in the state's form (Texas only).
    static func sentence(_ sentence: String, in state: Jurisdiction?) -> String {
        state == .TX ? texas(sentence) : sentence
    }

    /// The repossession rule's findings in the state's form: the same for every case of a state, so
    /// built once per language and state rather than once per record.
    static func vehicleFindings(in language: AnalysisLanguage, state: Jurisdiction?) -> [Finding] {
        let table = language == .spanish ? spanishVehicleFindings : englishVehicleFindings
        return state.flatMap { table[$0] } ?? VehicleRepossessionRule.findings(in: language)
    }

    private static let englishVehicleFindings = enacted(VehicleRepossessionRule.findings(in: .english))
    private static let spanishVehicleFindings = enacted(VehicleRepossessionRule.findings(in: .spanish))

    private static func enacted(_ findings: [Finding]) -> [Jurisdiction: [Finding]] {
        Dictionary(uniqueKeysWithValues: Jurisdiction.allCases.map { state in (state, findings.map { finding($0, in: state) }) })
    }

    /// A finding whose citations and sentence use the state's form.
    /// (The sentence test is a cheap byte check for a hyphen; `texas` itself finds the "9-6xx" numbers.)
    static func finding(_ finding: Finding, in state: Jurisdiction?) -> Finding {
        guard state != nil, finding.citations.contains(where: { $0.text.hasPrefix("UCC §") }) || finding.sentence.utf8.contains(0x2D) else {
            return finding
        }
        return Finding(
            id: finding.id, topic: finding.topic, sentence: sentence(finding.sentence, in: state), figures: finding.figures,
            citations: finding.citations.map { citation($0, in: state) }, confidence: finding.confidence)
    }

    /// "UCC § 9-611(b)", "UCC §§ 9-611, 9-612", "UCC 9-614", "Section 9-615(f)" → the Texas form.
    /// One pass over the bytes: the analysis runs this for every record, and Foundation's string
    /// replacing on Linux cost more than the rest of a letter (docs/performance.md).
    private static func texas(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let code = Array("Tex. Bus. & Com. Code ".utf8)
        let ucc = Array("UCC ".utf8), section = Array("§".utf8)
        func has(_ prefix: [UInt8], at i: Int) -> Bool {
            i + prefix.count <= bytes.count && bytes[i..<i + prefix.count].elementsEqual(prefix)
        }
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func isWord(_ i: Int) -> Bool {
            guard i >= 0 && i < bytes.count else { return false }
            let lower = bytes[i] | 0x20
            return isDigit(i) || (lower >= 0x61 && lower <= 0x7A) || bytes[i] == 0x5F
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        while i < bytes.count {
            if has(ucc, at: i) && (has(section, at: i + 4) || has(Array("9-6".utf8), at: i + 4)) {
                // "UCC § " and "UCC §§ " keep their section signs; "UCC 9-6…" gains one.
                out += code
                if !has(section, at: i + 4) { out += section + [0x20] }
                i += 4
            } else if bytes[i] == 0x39, i + 4 < bytes.count, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x36, isDigit(i + 3), isDigit(i + 4),
                !isWord(i - 1), !isWord(i + 5)
            {
                // "9-6xx" standing alone (not inside a longer number) → "9.6xx".
                out += [0x39, 0x2E, 0x36, bytes[i + 3], bytes[i + 4]]
                i += 5
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
