import CaseModel

/// Sentences that compare figures (the sale price, the balance claimed, the judgment), note a
/// weekend deadline, and state a levy's protection and claim deadline, in English and Spanish side by side.
enum NotePhrase: Sendable, Hashable {
    case saleSurplus(salePrice: Money, owed: Money, surplus: Money, sale: SaleType)
    case claimedDifference(claimed: Money, owed: Money, difference: Money, deficiency: Money?, afterSale: Money?)
    case judgmentDifference(judgment: Money, deficiency: Money, difference: Money)
    case weekend(CalendarDate)
    /// A deadline on a federal holiday (5 U.S.C. 6103), by its English name.
    case holiday(CalendarDate, String)
    case fullyProtected
    case levyClaimDeadline(date: CalendarDate, days: Int, served: CalendarDate, service: NoticeService, period: Int, asOf: CalendarDate)
    case levyClaimNeedsService

    /// How levy papers reached the debtor, for the claim-deadline sentence.
    enum NoticeService: Sendable, Hashable { case personal, mail }

    /// The English sentence.
    var english: String {
        switch self {
        case .saleSurplus(let price, let owed, let surplus, let sale):
            let who: String
            switch sale {
            case .nonjudicial: who = "the trustee"
            case .judicial: who = "the referee or sheriff who conducted the sale"
            case .repossession: who = "the creditor for its accounting of the sale"
            }
            return .sentence(
                "The sale price alone (\(price)) exceeds the total owed computed here (\(owed)) by \(surplus): there may be surplus funds; ask \(who).")
        case .claimedDifference(let claimed, let owed, let difference, let deficiency, let afterSale):
            let side = difference > .zero ? "more" : "less"
            var after = ""
            if let deficiency, let afterSale, afterSale != .zero {
                after = .sentence(
                    " After the sale credit the computed deficiency is \(deficiency), \(afterSale.absolute) \(afterSale > .zero ? "less" : "more") than the balance claimed."
                )
            }
            return .sentence(
                "The balance claimed (\(claimed)) is \(difference.absolute) \(side) than the total owed computed from the itemised figures (\(owed)).\(after) An itemised statement from the creditor would explain the difference."
            )
        case .judgmentDifference(let judgment, let deficiency, let difference):
            if difference > .zero {
                return .sentence(
                    "The judgment (\(judgment)) is \(difference) below the computed ceiling of \(deficiency). The case file does not say whether the judgment is for the deficiency."
                )
            }
            if difference == .zero { return "The judgment (\(judgment)) equals the deficiency computed here." }
            return .sentence(
                "The judgment (\(judgment)) is \(difference.absolute) more than the deficiency computed here (\(deficiency)); interest, costs or fees not in the case file may explain part of it, or the judgment may not be for the deficiency."
            )
        case .weekend(let date):
            let day = date.isoWeekday == 6 ? "Saturday" : "Sunday"
            return .sentence("\(date) is a \(day); whether the deadline moves to the next business day is not confirmed, so do not count on the extra time.")
        case .holiday(let date, let name):
            return .sentence(
                "\(date) is a federal holiday (\(name), 5 U.S.C. 6103); whether the deadline moves to the next business day is not confirmed, so do not count on the extra time."
            )
        case .fullyProtected:
            return "Under 31 C.F.R. Part 212 the bank should not have frozen any of this money."
        case .levyClaimDeadline(let date, let days, let served, let service, let period, let asOf):
            let how = service == .personal ? "handed to you" : "mailed to you"
            var s =
                "The deadline to claim an exemption is counted from the date the levy papers were \(how) (\(served)), not the day you read them: \(period) days, so by \(date) by our count."
            if days < 0 {
                s += " It passed \(-days) day\(days == -1 ? "" : "s") before \(asOf): the deadline may already have passed. Call your lawyer today."
            } else {
                s += " That is \(days) day\(days == 1 ? "" : "s") from \(asOf)."
            }
            return s
        case .levyClaimNeedsService:
            return "The claim deadline depends on whether the levy papers were handed to you or mailed to you, which the case file does not say."
        }
    }

    /// The Spanish sentence (docs/glossary-es.md: excedente, fideicomisario, síndico, alguacil).
    var spanish: String {
        let d = Spanish.date
        switch self {
        case .saleSurplus(let price, let owed, let surplus, let sale):
            let who: String
            switch sale {
            case .nonjudicial: who = "al fideicomisario (trustee)"
            case .judicial: who = "al síndico (referee) o al alguacil (sheriff) que realizó la venta"
            case .repossession: who = "al acreedor por sus cuentas de la venta"
            }
            return .sentence(
                "El precio de venta por sí solo (\(price)) supera en \(surplus) el total adeudado calculado aquí (\(owed)): puede haber fondos sobrantes (excedente); pregunte \(who)."
            )
        case .claimedDifference(let claimed, let owed, let difference, let deficiency, let afterSale):
            let side = difference > .zero ? "más" : "menos"
            var after = ""
            if let deficiency, let afterSale, afterSale != .zero {
                after = .sentence(
                    " Después del crédito por la venta, la deficiencia calculada es de \(deficiency), \(afterSale.absolute) \(afterSale > .zero ? "menos" : "más") que el saldo reclamado."
                )
            }
            return .sentence(
                "El saldo reclamado (\(claimed)) es \(difference.absolute) \(side) que el total adeudado calculado con las cifras desglosadas (\(owed)).\(after) Un estado de cuenta desglosado del acreedor explicaría la diferencia."
            )
        case .judgmentDifference(let judgment, let deficiency, let difference):
            if difference > .zero {
                return .sentence(
                    "La sentencia (\(judgment)) es \(difference) menor que el límite calculado de \(deficiency). El expediente del caso no dice si la sentencia es por la deficiencia."
                )
            }
            if difference == .zero { return "La sentencia (\(judgment)) es igual a la deficiencia calculada aquí." }
            return .sentence(
                "La sentencia (\(judgment)) es \(difference.absolute) mayor que la deficiencia calculada aquí (\(deficiency)); los intereses, costos u honorarios que no figuran en el expediente del caso pueden explicar parte de la diferencia, o la sentencia puede no ser por la deficiencia."
            )
        case .weekend(let date):
            let day = date.isoWeekday == 6 ? "sábado" : "domingo"
            return .sentence(
                "El \(d(date)) cae en \(day); no está confirmado si el plazo pasa al siguiente día hábil, así que no cuente con ese tiempo adicional.")
        case .holiday(let date, let name):
            return .sentence(
                "El \(d(date)) es un día feriado federal (\(Self.spanishHoliday(name)), 5 U.S.C. 6103); no está confirmado si el plazo pasa al siguiente día hábil, así que no cuente con ese tiempo adicional."
            )
        case .fullyProtected:
            return "Según el 31 C.F.R. Part 212, el banco no debió congelar nada de este dinero."
        case .levyClaimDeadline(let date, let days, let served, let service, let period, let asOf):
            let how = service == .personal ? "se le entregaron en persona" : "se le enviaron por correo postal"
            var s =
                "El plazo para presentar el reclamo de exención se cuenta a partir de la fecha en que los documentos del embargo \(how) (el \(d(served))), no del día en que usted los leyó: \(period) días, es decir, a más tardar el \(d(date)) según nuestro cálculo."
            if days < 0 {
                s += " Venció \(Spanish.days(-days)) antes del \(d(asOf)): es posible que el plazo ya haya vencido. Llame hoy mismo a su abogado o abogada."
            } else {
                s += " Faltan \(Spanish.days(days)) a partir del \(d(asOf))."
            }
            return s
        case .levyClaimNeedsService:
            return
                "El plazo para presentar el reclamo depende de si los documentos del embargo se le entregaron en persona o se le enviaron por correo postal, y el expediente del caso no lo dice."
        }
    }
}

extension Money {
    /// The amount without its sign, for "is $X more/less than" sentences.
    var absolute: Money { self < .zero ? -self : self }
}

extension NotePhrase {
    /// The Spanish name of a federal holiday.
    static func spanishHoliday(_ name: String) -> String {
        switch name {
        case "New Year's Day": return "Año Nuevo"
        case "Birthday of Martin Luther King, Jr.": return "natalicio de Martin Luther King, Jr."
        case "Washington's Birthday": return "natalicio de Washington"
        case "Memorial Day": return "Día de los Caídos"
        case "Juneteenth National Independence Day": return "Día Nacional de la Independencia de Juneteenth"
        case "Independence Day": return "Día de la Independencia"
        case "Labor Day": return "Día del Trabajo"
        case "Columbus Day": return "Día de Colón"
        case "Veterans Day": return "Día de los Veteranos"
        case "Thanksgiving Day": return "Día de Acción de Gracias"
        case "Christmas Day": return "Navidad"
        default: return name
        }
    }
}
