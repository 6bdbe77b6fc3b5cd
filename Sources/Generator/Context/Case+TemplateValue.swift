import CaseModel
import Templating

// The case as templates read it: the case file's own field names (see schema/case.schema.json).
// A field added to the case is added here too; `CaseContextTests` fails until it is. The parties
// and lists are converted when a template first reads them (most letters read a few fields).

extension Case: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "id": id.templateValue,
            "language": language?.templateValue,
            "debtor": debtor.templateValue,
            "original_creditor": originalCreditor.map(TemplateValue.deferred),
            "current_creditor": currentCreditor.map(TemplateValue.deferred),
            "collector": collector.map(TemplateValue.deferred),
            "collection_attorney": collectionAttorney.map(TemplateValue.deferred),
            "debtor_attorney": debtorAttorney.map(TemplateValue.deferred),
            "debt": debt?.templateValue,
            "sale": sale?.templateValue,
            "judgment": judgment.map(TemplateValue.deferred),
            "contacts": contacts.deferredTemplateValue,
            "contact_preferences": contactPreferences.map(TemplateValue.deferred),
            "validation_notice_received": validationNoticeReceived?.templateValue,
            "validation_period_ends_on": validationPeriodEndsOn?.templateValue,
            "cease_letter_received_on": ceaseLetterReceivedOn?.templateValue,
            "attorney_notified_on": attorneyNotifiedOn?.templateValue,
            "actions": .deferred(actions),
            "income": income.deferredTemplateValue,
            "assets": assets.deferredTemplateValue,
            "documents": documents.deferredTemplateValue,
            "notes": notes?.templateValue,
        ])
    }
}

extension Debtor: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "name": name.templateValue,
            "address": address.templateValue,
            "phone": phone?.templateValue,
            "email": email?.templateValue,
            "household_size": householdSize?.templateValue,
            "preferred_language": preferredLanguage?.templateValue,
            "ssn": ssn?.templateValue,
            "employer": employer?.templateValue,
        ])
    }
}

extension Party: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "name": name.templateValue,
            "address": address?.templateValue,
            "phone": phone?.templateValue,
            "email": email?.templateValue,
            "bar_number": barNumber?.templateValue,
            "firm": firm?.templateValue,
            "reference_number": referenceNumber?.templateValue,
        ])
    }
}

/// An address also has `lines`: its street lines, then "City, ST 12345" (``Address/lines``).
extension Address: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "line1": line1.templateValue,
            "line2": line2?.templateValue,
            "city": city.templateValue,
            "state": state.templateValue,
            "zip": zip.templateValue,
            "lines": lines.templateValue,
        ])
    }
}

extension Contact: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "date": date.templateValue,
            "method": method.templateValue,
            "by": by?.templateValue,
            "summary": summary?.templateValue,
            "time": time?.templateValue,
            "threatened": threatened.templateValue,
        ])
    }
}

extension ContactPreferences: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "allowed_media": allowedMedia.templateValue,
            "forbidden_media": forbiddenMedia.templateValue,
            "phone": phone?.templateValue,
            "email": email?.templateValue,
            "allowed_hours": allowedHours?.templateValue,
            "no_contact_at_work": noContactAtWork.templateValue,
            "employer_forbids_contact": employerForbidsContact.templateValue,
            "notes": notes?.templateValue,
        ])
    }
}

extension HourRange: TemplateValueConvertible {
    var templateValue: TemplateValue { .fields(["from": from.templateValue, "to": to.templateValue]) }
}

extension IncomeItem: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "source": source.templateValue,
            "amount": amount.templateValue,
            "frequency": frequency.templateValue,
            "payer": payer?.templateValue,
            "basis": basis?.templateValue,
        ])
    }
}

extension Asset: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "kind": kind.templateValue,
            "description": description.templateValue,
            "value": value?.templateValue,
            "account_last4": accountLast4?.templateValue,
            "retirement_type": retirementType?.templateValue,
        ])
    }
}

extension DocumentItem: TemplateValueConvertible {
    var templateValue: TemplateValue { .fields(["name": name.templateValue, "have": have.templateValue]) }
}
