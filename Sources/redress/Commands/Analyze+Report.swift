import LegalRules

extension Analyze {
    /// The text width findings are wrapped to.
    static let width = 96

    /// The analysis as a person reads it: a heading per topic, each finding's sentence, its figures
    /// indented, then its sources and confidence.
    static func report(_ analysis: CaseAnalysis, caseID: String, language: AnalysisLanguage = .english) -> String {
        guard language == .english else { return spanishReport(analysis, caseID: caseID) }
        var out = [
            "Analysis of \(caseID) as of \(analysis.asOf)",
            "Not legal advice. Dates are estimates; confirm every rule and deadline against the current law or with a lawyer.",
        ]
        for topic in topics {
            let findings = analysis.findings(on: topic.topic)
            guard !findings.isEmpty else { continue }
            out.append("")
            out.append(topic.title)
            out.append(String(repeating: "-", count: topic.title.count))
            for finding in findings {
                out += wrap(finding.sentence, first: "* ", rest: "  ")
                for figure in finding.figures {
                    out.append("    \(figure.label): \(figure.formattedValue)")
                }
                let sources = finding.citations.map(\.text).joined(separator: "; ")
                out += wrap("Source: \(sources) (\(finding.confidence.label))", first: "  ", rest: "    ")
            }
        }
        if !analysis.missing.isEmpty {
            out.append("")
            out += wrap("Missing from the case file: \(analysis.missing.map { "\($0.label) (\($0.path))" }.joined(separator: ", "))", first: "", rest: "  ")
        }
        return out.joined(separator: "\n")
    }

    private static let topics: [(topic: Finding.Topic, title: String)] = [
        (.deficiency, "Deficiency after the sale"),
        (.deadline, "Deadlines after the sale"),
        (.vehicleDeficiency, "Vehicle repossession (UCC Article 9)"),
        (.wageGarnishment, "Wage garnishment"),
        (.bankLevy, "Bank levy"),
        (.exemptionClaim, "Claiming an exemption"),
        (.fdcpa, "Debt collectors (FDCPA)"),
    ]

    /// Word-wraps `text`, starting the first line with `first` and later lines with `rest`.
    static func wrap(_ text: String, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineIsEmpty = true
        for word in text.split(separator: " ") {
            if !lineIsEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineIsEmpty = true
            }
            line += (lineIsEmpty ? "" : " ") + word
            lineIsEmpty = false
        }
        lines.append(line)
        return lines
    }
}
