import CaseModel
import LegalRules
import Templating

// The analysis of garnishments, levies, exemption claims and the FDCPA, as templates read it.

extension CaseAnalysis.WageGarnishment: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "employer": employer.templateValue,
            "pay_period": payPeriod.templateValue,
            "jurisdiction": jurisdiction.templateValue,
            "gross": gross.templateValue,
            "disposable": disposable.templateValue,
            "federal_floor": federalFloor.templateValue,
            "floor_multiple": floorMultiple.templateValue,
            "twenty_five_percent": twentyFivePercent.templateValue,
            "excess_over_floor": excessOverFloor.templateValue,
            "limiting_rule": limitingRule.templateValue,
            "federal_limit": federalLimit.templateValue,
            "federal_rule": federalRule.templateValue,
            "state_limit": stateLimit?.templateValue,
            "state_limit_is_upper_bound": stateLimitIsUpperBound.templateValue,
            "state_rule": stateRule.templateValue,
            "max_garnishable": maxGarnishable.templateValue,
            "withheld": withheld.templateValue,
            "over_withheld": overWithheld?.templateValue,
            "first_withheld": firstWithheld?.templateValue,
            "work_county": workCounty?.templateValue,
            "citation": citation.templateValue,
            "citations": citations.templateValue,
            "confidence": confidence.templateValue,
            "floor_confidence": floorConfidence.templateValue,
            "state_confidence": stateConfidence.templateValue,
        ])
    }
}

extension CaseAnalysis.Levy: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "bank": bank.templateValue,
            "account_last4": accountLast4?.templateValue,
            "balance": balance.templateValue,
            "frozen_on": frozenOn?.templateValue,
            "lookback_start": lookbackStart?.templateValue,
            "lookback_end": lookbackEnd?.templateValue,
            "benefits_in_lookback": benefitsInLookback?.templateValue,
            "protected_amount": protectedAmount?.templateValue,
            "unprotected_balance": unprotectedBalance?.templateValue,
            "deposits": deposits.templateValue,
            "summary": summary.templateValue,
            "other_exempt_deposits": otherExemptDeposits.templateValue,
            "fully_protected": fullyProtected.templateValue,
            "fully_protected_sentence": fullyProtectedSentence?.templateValue,
            "other_exempt_deposits_moot": otherExemptDepositsMoot.templateValue,
            "claim_deadline": claimDeadline?.templateValue,
            "claim_days_remaining": claimDaysRemaining?.templateValue,
            "claim_deadline_passed": claimDeadlinePassed?.templateValue,
            "claim_deadline_sentence": claimDeadlineSentence?.templateValue,
            "citation": citation.templateValue,
            "confidence": confidence.templateValue,
            "missing": missing.templateValue,
        ])
    }
}

extension CaseAnalysis.Levy.ListedDeposit: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "date": date.templateValue, "amount": amount.templateValue,
            "source": source.templateValue, "direct_deposit": directDeposit.templateValue,
        ])
    }
}

extension CaseAnalysis.Levy.ExemptDeposit: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "source": source.templateValue,
            "source_label": sourceLabel.templateValue,
            "total": total.templateValue,
            "explanation": explanation.templateValue,
            "citation": citation.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}

extension CaseAnalysis.ExemptionClaim: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "action": action.templateValue,
            "jurisdiction": jurisdiction.templateValue,
            "procedure": procedure?.templateValue,
            "rule": rule.templateValue,
            "deadline": deadline?.templateValue,
            "forms": forms.templateValue,
            "form_note": formNote?.templateValue,
            "claim_procedure": claimProcedure.templateValue,
            "citation": citation.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}

extension CaseAnalysis.ClaimProcedure: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "enforcing_officer": enforcingOfficer.templateValue,
            "garnishee": garnishee.templateValue,
            "clerk": clerk.templateValue,
            "words_confirmed": wordsConfirmed.templateValue,
            "filing_place": filingPlace?.templateValue,
            "deadline_text": deadlineText?.templateValue,
            "request_hearing": requestHearing.templateValue,
            "hearing": hearing?.templateValue,
            "official_forms": officialForms.templateValue,
            "form_required": formRequired?.templateValue,
            "verification_wording": verificationWording?.templateValue,
            "verification_citation": verificationCitation?.templateValue,
            "needs_notary": needsNotary.templateValue,
            "verification_dated": verificationDated.templateValue,
            "state_bank_exemption": stateBankExemption?.templateValue,
            "wage_motion": wageMotion?.templateValue,
            "wage_motion_how": wageMotionHow?.templateValue,
            "wage_motion_citation": wageMotionCitation?.templateValue,
            "citation": citation.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}

extension CaseAnalysis.FDCPA: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "jurisdiction": jurisdiction.templateValue,
            "collector_status": collectorStatus.templateValue,
            "parties": parties.templateValue,
            "validation_window": validationWindow.templateValue,
            "recipient": recipient?.templateValue,
        ])
    }
}

extension CaseAnalysis.FDCPA.Recipient: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "role": role.templateValue,
            "name": name?.templateValue,
            "kind": kind.templateValue,
            "debt_collector": debtCollector.templateValue,
            "state_law": stateLaw?.templateValue,
            "state_law_citation": stateLawCitation?.templateValue,
            "state_name": stateName?.templateValue,
        ])
    }
}

extension CaseAnalysis.FDCPA.ContactingPartyStatus: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "role": role.templateValue,
            "name": name?.templateValue,
            "kind": kind.templateValue,
            "sentence": sentence.templateValue,
            "state_law": stateLaw?.templateValue,
            "state_law_citation": stateLawCitation?.templateValue,
            "state_law_confidence": stateLawConfidence?.templateValue,
            "citation": citation.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}

extension CaseAnalysis.FDCPA.ValidationWindowStatus: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "open": open?.templateValue,
            "received": received?.templateValue,
            "ends": ends?.templateValue,
            "days_remaining": daysRemaining?.templateValue,
            "estimated": estimated.templateValue,
            "sentence": sentence.templateValue,
            "citation": citation.templateValue,
            "confidence": confidence.templateValue,
        ])
    }
}
