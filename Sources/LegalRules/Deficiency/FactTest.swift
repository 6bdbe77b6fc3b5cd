import CaseModel

/// A fact a bar or a deadline needs beyond loan type, sale type and occupancy, tested against the
/// case (Arizona's 2.5 acres, Nevada's 2009 cut-off, California's 2013 refinance rule, Texas home
/// equity, who bought at the sale, whether the property is agricultural).
public enum FactTest: Sendable, Hashable, Codable {
    /// At most this many thousandths of an acre and at most this many dwelling units.
    case smallDwelling(maxAcreThousandths: Int, maxUnits: Int)
    /// At most this many dwelling units.
    case maxUnits(Int)
    /// A Texas home-equity loan under Tex. Const. art. XVI, § 50(a)(6).
    case texasHomeEquity
    /// The loan was made on or after the date.
    case originatedOnOrAfter(CalendarDate)
    /// The refinance was executed on or after the date and took out no new money.
    case refinancedOnOrAfterWithoutNewMoney(CalendarDate)
    /// The lender (or a party related to it) bought at the sale.
    case lenderBought
    /// The property is agricultural (no case field: home loans are taken as not agricultural).
    case agricultural

    /// Whether the case's facts meet the test.
    public func fit(_ facts: DeficiencyFacts) -> AvailabilityRule.Fit {
        switch self {
        case .smallDwelling(let acres, let units):
            if let a = facts.acreage, a.thousandths > acres { return .doesNotApply }
            if let u = facts.dwellingUnits, u > units { return .doesNotApply }
            return facts.acreage != nil && facts.dwellingUnits != nil ? .applies : .mayApply
        case .maxUnits(let units):
            guard let u = facts.dwellingUnits else { return .mayApply }
            return u <= units ? .applies : .doesNotApply
        case .texasHomeEquity:
            guard let equity = facts.texasHomeEquity else { return .mayApply }
            return equity ? .applies : .doesNotApply
        case .originatedOnOrAfter(let date):
            guard let made = facts.originatedOn else { return .mayApply }
            return made >= date ? .applies : .doesNotApply
        case .refinancedOnOrAfterWithoutNewMoney(let date):
            guard let refinanced = facts.refinancedOn else { return .mayApply }
            guard refinanced >= date else { return .doesNotApply }
            guard let money = facts.refinanceNewMoney else { return .mayApply }
            return money > .zero ? .mayApply : .applies
        case .lenderBought:
            guard let buyer = facts.buyer else { return .mayApply }
            return buyer == .thirdParty ? .doesNotApply : .applies
        case .agricultural:
            return facts.loanType == .other ? .mayApply : .doesNotApply
        }
    }

    /// The question to ask when the case does not settle the test.
    public func question(in language: AnalysisLanguage) -> String {
        let es = language == .spanish
        switch self {
        case .smallDwelling(let acres, let units):
            let a = Acreage(thousandths: acres)
            return es
                ? "¿Tiene la propiedad \(a) acres o menos y se usa para una sola vivienda de \(units == 2 ? "una o dos familias" : "hasta \(units) unidades") (debt.acreage, debt.dwelling_units)?"
                : "Is the property \(a) acres or less, used for a single \(units == 2 ? "one- or two-family" : "\(units)-unit") dwelling (debt.acreage, debt.dwelling_units)?"
        case .maxUnits(let units):
            return es
                ? "¿Es la vivienda para no más de \(units == 4 ? "cuatro" : String(units)) familias (debt.dwelling_units)?"
                : "Is the home a dwelling for not more than \(units == 4 ? "four" : String(units)) families (debt.dwelling_units)?"
        case .texasHomeEquity:
            return es
                ? "¿Era el préstamo un préstamo sobre el valor de la vivienda de Texas según Tex. Const. art. XVI, § 50(a)(6) (debt.texas_home_equity)?"
                : "Was the loan a Texas home-equity loan under Tex. Const. art. XVI, § 50(a)(6) (debt.texas_home_equity)?"
        case .originatedOnOrAfter(let date):
            return es
                ? "¿Se otorgó el préstamo el \(date) o después (debt.originated_on)?"
                : "Was the loan made on or after \(date) (debt.originated_on)?"
        case .refinancedOnOrAfterWithoutNewMoney(let date):
            return es
                ? "¿Se refinanció el préstamo de compra el \(date) o después, y cuánto dinero nuevo se sacó en el refinanciamiento (debt.refinanced_on, debt.refinance_new_money)?"
                : "Was the purchase-money loan refinanced on or after \(date), and how much new money did the refinance take out (debt.refinanced_on, debt.refinance_new_money)?"
        case .lenderBought:
            return es
                ? "¿Compró la propiedad en la venta el prestamista o una parte relacionada con él (sale.buyer)?"
                : "Did the lender, or a party related to it, buy the property at the sale (sale.buyer)?"
        case .agricultural:
            return es ? "¿Es una propiedad agrícola?" : "Is the property agricultural?"
        }
    }
}
