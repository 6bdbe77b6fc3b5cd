import LegalRules

extension Analyze {
    /// The analysis report with Spanish headings (`--language es`); the sentences are already Spanish.
    /// Figure labels and citations stay as the analysis writes them.
    static func spanishReport(_ analysis: CaseAnalysis, caseID: String) -> String {
        var out = [
            "Análisis de \(caseID) al \(analysis.asOf)",
            "No constituye asesoramiento legal. Las fechas son estimados; confirme cada regla y cada plazo con la ley vigente o con un abogado.",
        ]
        for (topic, title) in spanishTopics {
            let findings = analysis.findings(on: topic)
            guard !findings.isEmpty else { continue }
            out.append("")
            out.append(title)
            out.append(String(repeating: "-", count: title.count))
            for finding in findings {
                out += wrap(finding.sentence, first: "* ", rest: "  ")
                for figure in finding.figures {
                    out.append("    \(figure.label): \(figure.formattedValue)")
                }
                let sources = finding.citations.map(\.text).joined(separator: "; ")
                out += wrap("Fuente: \(sources) (\(spanishConfidence[finding.confidence] ?? ""))", first: "  ", rest: "    ")
            }
        }
        if !analysis.missing.isEmpty {
            out.append("")
            out += wrap(
                "Falta en el expediente del caso: \(analysis.missing.map { "\($0.label) (\($0.path))" }.joined(separator: ", "))", first: "", rest: "  ")
        }
        return out.joined(separator: "\n")
    }

    private static let spanishTopics: [(Finding.Topic, String)] = [
        (.deficiency, "Deficiencia después de la venta"),
        (.deadline, "Plazos después de la venta"),
        (.vehicleDeficiency, "Recuperación del vehículo (Artículo 9 del UCC)"),
        (.wageGarnishment, "Embargo de salario"),
        (.bankLevy, "Embargo de cuenta bancaria"),
        (.exemptionClaim, "Reclamo de exención"),
        (.fdcpa, "Cobradores de deudas (FDCPA)"),
    ]

    private static let spanishConfidence: [Confidence: String] = [
        .statute: "verificado con el texto de la ley",
        .secondary: "solo fuente secundaria",
        .unknown: "no confirmado",
    ]
}
