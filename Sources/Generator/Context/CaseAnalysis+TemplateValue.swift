import CaseModel
import LegalRules
import Templating

// The analysis as templates read it (`analysis.…`), under the names of `redress analyze --json`.
// A field added to the analysis is added here too; `CaseContextTests` fails until it is.

/// The analysis' fields as a table: the context defers each on its own (see
/// `CaseContext.analysis`), so it needs every key, whether or not a case has its value.
extension CaseAnalysis: TemplateValueConvertible {
    static let templateFields: [(key: String, value: @Sendable (Self) -> TemplateValue?)] = [
        ("as_of", { $0.asOf.templateValue }),
        ("home_state", { $0.homeState.templateValue }),
        ("property_state", { $0.propertyState?.templateValue }),
        ("findings", { $0.findings.templateValue }),
        ("deficiency", { $0.deficiency?.templateValue }),
        ("deadlines", { $0.deadlines.templateValue }),
        ("garnishments", { $0.garnishments.templateValue }),
        ("levies", { $0.levies.templateValue }),
        ("exemption_claims", { $0.exemptionClaims.templateValue }),
        ("fdcpa", { $0.fdcpa.templateValue }),
        ("missing", { $0.missing.templateValue }),
        ("timeline", { $0.timeline.templateValue }),
        ("protection", { $0.protection.templateValue }),
        ("claims", { $0.claims.templateValue }),
        ("information", { $0.information.templateValue }),
    ]

    var templateValue: TemplateValue {
        var map = [String: TemplateValue](minimumCapacity: Self.templateFields.count)
        for (key, value) in Self.templateFields {
            if let value = value(self) { map[key] = value }
        }
        return .map(map)
    }
}

extension Finding: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "id": id.templateValue,
            "topic": topic.templateValue,
            "sentence": sentence.templateValue,
            "figures": figures.templateValue,
            "citations": citations.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}

extension Citation: TemplateValueConvertible {
    var templateValue: TemplateValue { .fields(["text": text.templateValue, "url": url?.templateValue]) }
}

/// A figure holds its value under the name of its kind (`money`, `date`, `number` or `text`).
extension Figure: TemplateValueConvertible {
    var templateValue: TemplateValue {
        switch value {
        case .text(let text): return .fields(["label": label.templateValue, "text": text.templateValue])
        case .money(let amount): return .fields(["label": label.templateValue, "money": amount.templateValue])
        case .date(let date): return .fields(["label": label.templateValue, "date": date.templateValue])
        case .number(let n): return .fields(["label": label.templateValue, "number": n.templateValue])
        }
    }
}

extension LineItem: TemplateValueConvertible {
    var templateValue: TemplateValue { .fields(["label": label.templateValue, "amount": amount.templateValue]) }
}

/// The deficiency's fields as a table: the context defers those beyond its amounts (see
/// `CaseContext.analysis`), so it needs every key, whether or not a case has its value.
extension CaseAnalysis.Deficiency: TemplateValueConvertible {
    static let templateFields: [(key: String, value: @Sendable (Self) -> TemplateValue?)] = [
        ("regime", { $0.regime.templateValue }),
        ("jurisdiction", { $0.jurisdiction?.templateValue }),
        ("status", { $0.status.templateValue }),
        ("summary", { $0.summary.templateValue }),
        ("open_questions", { $0.openQuestions.templateValue }),
        ("sale_type", { $0.saleType.templateValue }),
        ("sale_date", { $0.saleDate.templateValue }),
        ("sale_price", { $0.salePrice.templateValue }),
        ("fair_market_value", { $0.fairMarketValue?.templateValue }),
        ("balance_claimed", { $0.balanceClaimed?.templateValue }),
        ("lines", { $0.lines.templateValue }),
        ("total_owed", { $0.totalOwed?.templateValue }),
        ("sale_credit", { $0.saleCredit?.templateValue }),
        ("total", { $0.total?.templateValue }),
        ("creditor_figure", { $0.creditorFigure?.templateValue }),
        ("creditor_lines", { $0.creditorLines.templateValue }),
        ("surplus", { $0.surplus?.templateValue }),
        ("measure", { $0.measure?.templateValue }),
        ("citation", { $0.citation.templateValue }),
        ("citations", { $0.citations.templateValue }),
        ("confidence", { $0.confidence.templateValue }),
        ("missing", { $0.missing.templateValue }),
        ("sale_surplus", { $0.saleSurplus?.templateValue }),
        ("sale_surplus_sentence", { $0.saleSurplusSentence?.templateValue }),
        ("claimed_difference", { $0.claimedDifference?.templateValue }),
        ("claimed_difference_after_sale", { $0.claimedDifferenceAfterSale?.templateValue }),
        ("claimed_difference_sentence", { $0.claimedDifferenceSentence?.templateValue }),
        ("judgment_difference", { $0.judgmentDifference?.templateValue }),
        ("judgment_difference_sentence", { $0.judgmentDifferenceSentence?.templateValue }),
    ]

    var templateValue: TemplateValue {
        var map = [String: TemplateValue](minimumCapacity: Self.templateFields.count)
        for (key, value) in Self.templateFields {
            if let value = value(self) { map[key] = value }
        }
        return .map(map)
    }
}

/// The deficiency's amounts alone, under the deficiency's own names.
extension CaseAnalysis.Deficiency.Figures: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "total_owed": totalOwed?.templateValue,
            "sale_credit": saleCredit?.templateValue,
            "total": total?.templateValue,
            "creditor_figure": creditorFigure?.templateValue,
            "surplus": surplus?.templateValue,
            "measure": measure?.templateValue,
            "sale_surplus": saleSurplus?.templateValue,
            "claimed_difference": claimedDifference?.templateValue,
            "claimed_difference_after_sale": claimedDifferenceAfterSale?.templateValue,
            "judgment_difference": judgmentDifference?.templateValue,
        ])
    }
}

extension CaseAnalysis.Deadline: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "id": id.templateValue,
            "party": party.templateValue,
            "description": description.templateValue,
            "sentence": sentence.templateValue,
            "counted_from": countedFrom?.templateValue,
            "date": date?.templateValue,
            "days_remaining": daysRemaining?.templateValue,
            "passed": passed?.templateValue,
            "days_ago": daysAgo?.templateValue,
            "weekend": weekend?.templateValue,
            "holiday": holiday?.templateValue,
            "non_business_day": nonBusinessDay?.templateValue,
            "needs": needs?.templateValue,
            "citation": citation.templateValue,
            "citations": citations.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}

extension CaseAnalysis.MissingField: TemplateValueConvertible {
    var templateValue: TemplateValue { .fields(["path": path.templateValue, "label": label.templateValue]) }
}

extension CaseAnalysis.TimelineEntry: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "date": date.templateValue,
            "kind": kind.templateValue,
            "event": event.templateValue,
            "who": who?.templateValue,
            "detail": detail?.templateValue,
        ])
    }
}

extension CaseAnalysis.Protection: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "label": label.templateValue,
            "category": category.templateValue,
            "kind": kind.templateValue,
            "status": status.templateValue,
            "sentence": sentence.templateValue,
            "citation": citation?.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}
