import CaseModel
import LegalRules
import Templating

// The analysis as templates read it (`analysis.…`), under the names of `redress analyze --json`.
// A field added to the analysis is added here too; `ContextSchemaTests` fails until it is.

extension CaseAnalysis: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "as_of": asOf.templateValue,
            "home_state": homeState.templateValue,
            "property_state": propertyState?.templateValue,
            "findings": findings.templateValue,
            "deficiency": deficiency?.templateValue,
            "deadlines": deadlines.templateValue,
            "garnishments": garnishments.templateValue,
            "levies": levies.templateValue,
            "exemption_claims": exemptionClaims.templateValue,
            "fdcpa": fdcpa.templateValue,
            "missing": missing.templateValue,
            "timeline": timeline.templateValue,
            "protection": protection.templateValue,
            "claims": claims.templateValue,
            "information": information.templateValue,
        ])
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

extension CaseAnalysis.Deficiency: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "regime": regime.templateValue,
            "jurisdiction": jurisdiction?.templateValue,
            "status": status.templateValue,
            "summary": summary.templateValue,
            "open_questions": openQuestions.templateValue,
            "sale_type": saleType.templateValue,
            "sale_date": saleDate.templateValue,
            "sale_price": salePrice.templateValue,
            "fair_market_value": fairMarketValue?.templateValue,
            "balance_claimed": balanceClaimed?.templateValue,
            "lines": lines.templateValue,
            "total_owed": totalOwed?.templateValue,
            "sale_credit": saleCredit?.templateValue,
            "total": total?.templateValue,
            "creditor_figure": creditorFigure?.templateValue,
            "creditor_lines": creditorLines.templateValue,
            "surplus": surplus?.templateValue,
            "measure": measure?.templateValue,
            "citation": citation.templateValue,
            "citations": citations.templateValue,
            "confidence": confidence.templateValue,
            "missing": missing.templateValue,
            "sale_surplus": saleSurplus?.templateValue,
            "sale_surplus_sentence": saleSurplusSentence?.templateValue,
            "claimed_difference": claimedDifference?.templateValue,
            "claimed_difference_after_sale": claimedDifferenceAfterSale?.templateValue,
            "claimed_difference_sentence": claimedDifferenceSentence?.templateValue,
            "judgment_difference": judgmentDifference?.templateValue,
            "judgment_difference_sentence": judgmentDifferenceSentence?.templateValue,
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
