import CaseModel
import LegalRules
import Templating

/// A value with a place in the template context, under the names the case file and
/// `redress analyze --json` use.
///
/// Each model type says once, in these files, which fields a template can read: the context is
/// built from these conversions alone. Tests hold the case's keys equal to the case schema's
/// fields and the analysis' keys equal to its JSON, so a new field cannot be forgotten.
protocol TemplateValueConvertible {
    /// The value as templates see it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue {
    /// A map of `fields` without the absent ones: an absent optional stays missing, so that
    /// `{{#if x}}`, `requires` and "no value" errors see it as missing.
    static func fields(_ fields: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
        var map = [String: TemplateValue](minimumCapacity: fields.count)
        for (key, value) in fields {
            if let value { map[key] = value }
        }
        return .map(map)
    }

    /// `value` converted when a template first reads it: a letter that reads a few of the case's
    /// fields does not pay for converting its lists and other parties.
    static func deferred(_ value: some TemplateValueConvertible & Sendable) -> TemplateValue {
        .deferred(DeferredValue { value.templateValue })
    }
}

extension Array where Element: TemplateValueConvertible & Sendable {
    /// The list, converted when first read; an empty list at once, which costs nothing to make.
    var deferredTemplateValue: TemplateValue { isEmpty ? .list([]) : .deferred(self) }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension Money: TemplateValueConvertible {
    var templateValue: TemplateValue { .money(cents: cents) }
}

extension CalendarDate: TemplateValueConvertible {
    var templateValue: TemplateValue { .date(year: year, month: month, day: day) }
}

// Values that print as text: a number is masked, a rate or a time written out.
extension SensitiveNumber: TemplateValueConvertible {
    var templateValue: TemplateValue { .string(masked) }
}

extension Percentage: TemplateValueConvertible {
    var templateValue: TemplateValue { .string(description) }
}

extension TimeOfDay: TemplateValueConvertible {
    var templateValue: TemplateValue { .string(description) }
}

extension PartyReference: TemplateValueConvertible {
    var templateValue: TemplateValue { .string(description) }
}

/// A choice among names prints as its name in the case file (`bank_account`, `NY`).
extension TemplateValueConvertible where Self: RawRepresentable, RawValue == String {
    var templateValue: TemplateValue { .string(rawValue) }
}

extension AssetKind: TemplateValueConvertible {}
extension CaseLanguage: TemplateValueConvertible {}
extension ContactMedium: TemplateValueConvertible {}
extension ContactMethod: TemplateValueConvertible {}
extension IncomeFrequency: TemplateValueConvertible {}
extension IncomeSource: TemplateValueConvertible {}
extension Jurisdiction: TemplateValueConvertible {}
extension LevyNoticeService: TemplateValueConvertible {}
extension LoanType: TemplateValueConvertible {}
extension DispositionKind: TemplateValueConvertible {}
extension SaleBuyer: TemplateValueConvertible {}
extension AmountBasis: TemplateValueConvertible {}
extension ThreatKind: TemplateValueConvertible {}

extension Acreage: TemplateValueConvertible {
    var templateValue: TemplateValue { .string(description) }
}
extension PayPeriod: TemplateValueConvertible {}
extension RetirementType: TemplateValueConvertible {}
extension SaleType: TemplateValueConvertible {}

extension CaseAnalysis.Deficiency.Regime: TemplateValueConvertible {}
extension CaseAnalysis.Protection.Category: TemplateValueConvertible {}
extension CaseAnalysis.Protection.Status: TemplateValueConvertible {}
extension Confidence: TemplateValueConvertible {}
extension CollectorVerdict: TemplateValueConvertible {}
extension ContactingParty: TemplateValueConvertible {}
extension DeadlineRule.Party: TemplateValueConvertible {}
extension DeficiencyAssessment.Status: TemplateValueConvertible {}
extension ExemptionClaimRule.Action: TemplateValueConvertible {}
extension FairValueRule.CreditMeasure: TemplateValueConvertible {}
extension FederalWageGarnishmentLimit.LimitingRule: TemplateValueConvertible {}
extension Finding.Topic: TemplateValueConvertible {}
