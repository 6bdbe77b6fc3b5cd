import Foundation

/// The drafting rules of docs/drafting-rules.md as patterns: what a document sent to a collector or
/// filed with a court must never say, per language, and what every letter must say.
enum DraftingRules {
    /// Phrases no mailed or filed document may contain (case-insensitive regular expressions).
    static let forbidden: [String: [String]] = [
        "en": [
            // a figure the debtor computes
            #"my (own )?figures"#, #"by my count"#, #"more than (what )?I"#, #"I (only )?owe \$"#,
            // a deadline or window of the debtor's that has passed
            #"\bhas (ended|expired|passed|closed)\b"#, #"\b(ended|expired|closed) on\b"#, #"\btoo late\b"#, #"\bpassed\b"#,
            // that a garnishment or levy is lawful
            #"within the (federal |state )?limit"#, #"\bis (lawful|legal|allowed by law)\b"#, #"within the law"#,
            // words addressed to the debtor
            #"check with a lawyer"#, #"talk to a lawyer"#, #"ask your lawyer"#, #"not legal advice"#, #"for your records"#,
            #"lawhelp\.org"#, #"\bkeep (a|the) copy\b"#, #"\bsign the (letter|claim)\b"#, #"before you (file|send)"#,
        ],
        "es": [
            #"mis (propias )?cifras"#, #"según mis cálculos"#, #"por nuestra cuenta"#,
            #"ya (terminó|venció|pasó)"#, #"\bvenció\b"#, #"plazo .{0,40}terminó"#,
            #"dentro del límite"#, #"es (legal|lícit[oa])\b"#,
            #"hable con un abogado"#, #"consulte (a|con) (un|su) abogad"#, #"no constituye asesoramiento legal"#,
            #"para sus registros"#, #"lawhelp\.org"#, #"firme la (carta|solicitud)"#,
        ],
    ]

    /// The non-acknowledgment and no-waiver sentence every letter to a collector carries.
    static let nonAcknowledgment: [String: [String]] = [
        "en": ["is not an acknowledgment that I owe this debt", "I do not waive any right"],
        "es": ["no reconoce que yo deba esta deuda", "No renuncio a ningún derecho"],
    ]

    /// The forbidden phrases found in `text`.
    static func violations(in text: String, language: String) -> [String] {
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        return (forbidden[language] ?? []).filter { flat.range(of: $0, options: [.regularExpression, .caseInsensitive]) != nil }
    }

    /// Every money amount written in `text` (`$1,234.56`), as printed.
    static func amounts(in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"-?\$[0-9][0-9,]*\.[0-9]{2}"#)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
