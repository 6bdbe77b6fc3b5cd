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
    private static func texas(_ text: String) -> String {
        var out = text
        for (pattern, template) in [
            (#"UCC §§ "#, "Tex. Bus. & Com. Code §§ "), (#"UCC § "#, "Tex. Bus. & Com. Code § "),
            (#"UCC (?=9-6)"#, "Tex. Bus. & Com. Code § "),
        ] {
            out = out.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return out.replacingOccurrences(of: #"\b9-6([0-9]{2})\b"#, with: "9.6$1", options: .regularExpression)
    }
}
