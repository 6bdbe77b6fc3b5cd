import CaseModel
import Templating

// The debt, the sale and the court and collection actions, under the case file's field names.

extension Debt: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "account_number": accountNumber?.templateValue,
            "loan_type": loanType?.templateValue,
            "owner_occupied": ownerOccupied?.templateValue,
            "property_state": propertyState?.templateValue,
            "property_address": propertyAddress?.templateValue,
            "originated_on": originatedOn?.templateValue,
            "last_payment_on": lastPaymentOn?.templateValue,
            "original_amount": originalAmount?.templateValue,
            "balance_claimed": balanceClaimed?.templateValue,
            "principal": principal?.templateValue,
            "interest": interest?.templateValue,
            "interest_rate": interestRate?.templateValue,
            "disputed": disputed.templateValue,
            "dispute_reasons": disputeReasons.templateValue,
            "acreage": acreage?.templateValue,
            "dwelling_units": dwellingUnits?.templateValue,
            "texas_home_equity": texasHomeEquity?.templateValue,
            "refinanced_on": refinancedOn?.templateValue,
            "refinance_new_money": refinanceNewMoney?.templateValue,
            "finance_charge": financeCharge?.templateValue,
            "cash_price": cashPrice?.templateValue,
        ])
    }
}

extension Sale: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "type": type.templateValue,
            "date": date.templateValue,
            "price": price.templateValue,
            "fair_market_value": fairMarketValue?.templateValue,
            "costs": costs.deferredTemplateValue,
            "deed_delivered_on": deedDeliveredOn?.templateValue,
            "confirmed_on": confirmedOn?.templateValue,
            "repossessed_on": repossessedOn?.templateValue,
            "disposition": disposition?.templateValue,
            "disposition_notice_sent_on": dispositionNoticeSentOn?.templateValue,
            "disposition_notice_received": dispositionNoticeReceived?.templateValue,
            "buyer": buyer?.templateValue,
            "certificate_of_title_on": certificateOfTitleOn?.templateValue,
        ])
    }
}

extension CostItem: TemplateValueConvertible {
    var templateValue: TemplateValue { .fields(["label": label.templateValue, "amount": amount.templateValue]) }
}

extension Judgment: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "court": court.templateValue,
            "county": county?.templateValue,
            "plaintiff": plaintiff?.templateValue,
            "case_number": caseNumber.templateValue,
            "date": date.templateValue,
            "amount": amount.templateValue,
            "interest_rate": interestRate?.templateValue,
        ])
    }
}

extension CollectionActions: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "garnishments": garnishments.templateValue,
            "levies": levies.templateValue,
            "liens": liens.templateValue,
        ])
    }
}

extension Garnishment: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "employer": employer.templateValue,
            "pay_period": payPeriod.templateValue,
            "gross_earnings": grossEarnings.templateValue,
            "disposable_earnings": disposableEarnings.templateValue,
            "amount_withheld": amountWithheld.templateValue,
            "first_withheld": firstWithheld?.templateValue,
            "served_on": servedOn?.templateValue,
            "work_county": workCounty?.templateValue,
        ])
    }
}

extension BankLevy: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "bank": bank.templateValue,
            "account_last4": accountLast4?.templateValue,
            "balance": balance.templateValue,
            "frozen_on": frozenOn?.templateValue,
            "deposits": deposits.templateValue,
            "notice_served_on": noticeServedOn?.templateValue,
            "notice_service": noticeService?.templateValue,
            "reviewed_on": reviewedOn?.templateValue,
        ])
    }
}

extension Deposit: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "date": date.templateValue,
            "amount": amount.templateValue,
            "source": source.templateValue,
            "direct_deposit": directDeposit.templateValue,
        ])
    }
}

extension Lien: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .fields([
            "property": property.templateValue,
            "recorded_on": recordedOn.templateValue,
            "amount": amount?.templateValue,
        ])
    }
}
