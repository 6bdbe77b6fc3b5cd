/// Reads the debt, the sale and the judgment.
extension CaseDecoder {
    mutating func readDebt(_ r: ObjectReader) -> Debt? {
        let account = accountNumber(r, "account_number")
        let loanType: LoanType? = choice(r, "loan_type")
        let ownerOccupied = bool(r, "owner_occupied")
        let propertyState = state(r, "property_state")
        let propertyAddress = nested(r, "property_address") { $0.readAddress($1) }
        let originatedOn = date(r, "originated_on")
        let lastPaymentOn = date(r, "last_payment_on")
        let originalAmount = money(r, "original_amount")
        let balanceClaimed = money(r, "balance_claimed")
        let principal = money(r, "principal")
        let interest = money(r, "interest")
        let interestRate = percentage(r, "interest_rate")
        let acreage = acreage(r, "acreage")
        let units = count(r, "dwelling_units")
        let homeEquity = bool(r, "texas_home_equity")
        let refinancedOn = date(r, "refinanced_on")
        let newMoney = money(r, "refinance_new_money")
        let financeCharge = money(r, "finance_charge")
        let cashPrice = money(r, "cash_price")
        let disputed = bool(r, "disputed")
        let reasons = list(r, "dispute_reasons") { decoder, node, path -> String? in
            guard let text = decoder.tree.trimmedScalarText(node) else {
                decoder.mismatch(path.description, expected: "text", found: node)
                return nil
            }
            return text.isEmpty ? nil : text
        }
        return Debt(
            accountNumber: account, loanType: loanType, ownerOccupied: ownerOccupied,
            propertyState: propertyState, propertyAddress: propertyAddress, originatedOn: originatedOn,
            lastPaymentOn: lastPaymentOn, originalAmount: originalAmount, balanceClaimed: balanceClaimed,
            principal: principal, interest: interest, interestRate: interestRate, acreage: acreage,
            dwellingUnits: units, texasHomeEquity: homeEquity, refinancedOn: refinancedOn,
            refinanceNewMoney: newMoney, financeCharge: financeCharge, cashPrice: cashPrice,
            disputed: disputed ?? false, disputeReasons: reasons)
    }

    mutating func readSale(_ r: ObjectReader) -> Sale? {
        let type: SaleType? = choice(r, "type")
        let date = date(r, "date")
        let price = money(r, "price")
        let fmv = money(r, "fair_market_value")
        let costs = list(r, "costs") { $0.objectItem($1, $2, "CostItem") { $0.readCost($1) } }
        let deed = self.date(r, "deed_delivered_on")
        let confirmed = self.date(r, "confirmed_on")
        let repossessed = self.date(r, "repossessed_on")
        let disposition: DispositionKind? = choice(r, "disposition")
        let noticeSent = self.date(r, "disposition_notice_sent_on")
        let noticeReceived = bool(r, "disposition_notice_received")
        let buyer: SaleBuyer? = choice(r, "buyer")
        let title = self.date(r, "certificate_of_title_on")
        guard let type, let date, let price else { return nil }
        return Sale(
            type: type, date: date, price: price, fairMarketValue: fmv, costs: costs,
            deedDeliveredOn: deed, confirmedOn: confirmed, repossessedOn: repossessed, disposition: disposition,
            dispositionNoticeSentOn: noticeSent, dispositionNoticeReceived: noticeReceived, buyer: buyer,
            certificateOfTitleOn: title)
    }

    mutating func readCost(_ r: ObjectReader) -> CostItem? {
        let label = text(r, "label")
        let amount = money(r, "amount")
        guard let label, let amount else { return nil }
        return CostItem(label: label, amount: amount)
    }

    mutating func readJudgment(_ r: ObjectReader) -> Judgment? {
        let court = text(r, "court")
        let county = text(r, "county")
        let plaintiff = text(r, "plaintiff")
        let caseNumber = text(r, "case_number")
        let date = date(r, "date")
        let amount = money(r, "amount")
        let rate = percentage(r, "interest_rate")
        guard let court, let caseNumber, let date, let amount else { return nil }
        return Judgment(
            court: court, county: county, plaintiff: plaintiff, caseNumber: caseNumber, date: date, amount: amount,
            interestRate: rate)
    }
}
