import CaseModel

extension Phrase {
    /// The Spanish sentence: a translation of `english`, case by case, in the glossary's terms
    /// (docs/glossary-es.md). Dates are long Spanish dates, money stays "$1,234.56", citations
    /// and case-file paths stay as written.
    var spanish: String {
        let d = Spanish.date
        let name = Spanish.name
        func ask(_ question: String?) -> String {
            question.map { " Pregunta por responder: \(AnalysisLanguage.spanish.rule($0))" } ?? ""
        }
        func es(_ text: String) -> String { AnalysisLanguage.spanish.rule(text) }
        switch self {
        case .barred(let j, let explanation):
            return .sentence("En \(name(j)), aquí no se permite una sentencia de deficiencia: \(es(explanation))")
        case .allowed(let j, let explanation):
            return .sentence("En \(name(j)), se puede reclamar una deficiencia: \(es(explanation))")
        case .otherwise(let j, let allowed, let explanation):
            let lead = allowed ? "Si no, se puede reclamar una deficiencia" : "Si no, la regla no está confirmada"
            return .sentence("En \(name(j)): \(lead): \(es(explanation))")
        case .verdictUnknown(let j):
            return .sentence("No está confirmado si \(name(j)) permite una deficiencia en esta situación; revise la ley o consulte a un abogado.")
        case .mayBeBarred(let j, let explanation, let question):
            let tail =
                question == nil
                ? " Depende de datos que el expediente del caso no indica (el tipo de venta o si la vivienda la ocupaba su dueño)." : ask(question)
            return .sentence("Es posible que en \(name(j)) esté prohibida una deficiencia: \(es(explanation))\(tail)")
        case .alsoBarred(let j, let certain, let explanation, let question):
            let lead = certain ? "También se aplica otra prohibición" : "También podría aplicarse otra prohibición"
            return .sentence("\(lead) en \(name(j)): \(es(explanation))\(certain ? "" : ask(question))")
        case .ruleUnknown(let needed):
            return .sentence(
                "No se puede decidir si se permite una deficiencia sin \(needed.joined(separator: " y ")): las reglas contra la deficiencia dependen del estado donde está la propiedad y del tipo de préstamo."
            )
        case .deadlineNotConfirmed(let sale, let j):
            return .sentence(
                "Aquí no está confirmado ningún plazo para que el prestamista reclame una deficiencia después de \(Spanish.sale(sale)) en \(name(j)); revise la ley o consulte a un abogado."
            )
        case .generalLimitation(let sale, let j, let period):
            return .sentence(
                "No se encontró un plazo especial para que el prestamista reclame una deficiencia después de \(Spanish.sale(sale)) en \(name(j)); se aplica el plazo general de prescripción de \(period.years) años para \(es(period.basis)), contado desde que nació el reclamo por la deuda (un pago no hecho o el vencimiento anticipado), no desde la venta."
            )
        case .amount(let owed, let credits, let deficiency):
            return .sentence("Al monto adeudado de \(owed) se le restan créditos de \(credits), y queda una deficiencia de \(deficiency).")
        case .surplus(let owed, let credits, let surplus):
            return .sentence("Los créditos de \(credits) superan el monto adeudado de \(owed), así que no hay deficiencia; el excedente es de \(surplus).")
        case .fairValueApplied(let fmv, let price):
            return .sentence(
                "Se acredita el valor justo de mercado de \(fmv) en lugar del precio de venta más bajo de \(price), lo que reduce la deficiencia en \(fmv - price)."
            )
        case .fairValueNeeded:
            return
                "El estado mide la deficiencia según el valor justo de mercado, pero no se indicó ningún valor; con una tasación superior al precio de venta, la deficiencia sería menor."
        case .fairValueMustBeRaised(let j, let explanation):
            return .sentence("En \(name(j)) el crédito por el valor justo de mercado no es automático: \(es(explanation))")
        case .fairValueMayApply(let j, let conditions, let explanation, let deficiency):
            let when = conditions.isEmpty ? "se confirma el tipo de venta" : conditions.map(Self.spanishCondition).joined(separator: " y ")
            return .sentence(
                "Si \(when), se aplica la regla del valor justo de mercado de \(name(j)): \(es(explanation)) En ese caso, la deficiencia sería de \(deficiency)."
            )
        case .amountUnknown:
            return "El caso no indica ni el capital pendiente de pago ni el saldo reclamado, así que no se puede calcular la deficiencia."
        case .notItemised(let claimed, let judicial):
            let basis =
                judicial
                ? " En una ejecución hipotecaria judicial, la deuda la fija la sentencia de ejecución hipotecaria, cuyo monto no figura en el expediente del caso; el cálculo usa en su lugar la cifra del cobrador."
                : ""
            return .sentence(
                "El saldo reclamado (\(claimed)) es la cifra del propio cobrador, no de un tribunal, y el caso no desglosa el capital y los intereses, así que el cálculo parte de esa cifra. No se sabe si es la deuda antes de la venta (solo entonces vale el resultado de arriba) o lo que el cobrador dice que queda después de la venta (entonces es la cifra de deficiencia del propio cobrador, y de ella no resulta ningún sobrante), ni si ya incluye los costos indicados (si los incluye, se cuentan dos veces).\(basis)"
            )
        case .claimedBalanceDiffers(let claimed, let owed, let credit, let surplus, let deficiency):
            let result = surplus.map { "no queda deficiencia (hay un excedente de \($0))" } ?? "queda una deficiencia de \(deficiency)"
            return .sentence(
                "El saldo reclamado, \(claimed), no coincide con las cifras desglosadas: el capital, los intereses y los costos suman \(owed), y después del crédito por la venta de \(credit) \(result). El expediente del caso no dice si el saldo reclamado es anterior o posterior a la venta; un estado de cuenta desglosado del acreedor explicaría la diferencia."
            )
        case .notionalSurplus(let price, let owed, let byPrice):
            let tail = byPrice < .zero ? "" : " Con el precio de venta por sí solo (\(price)), las cifras desglosadas frente a \(owed) dejan \(byPrice)."
            return .sentence(
                "El excedente indicado arriba resulta de acreditar el valor justo de mercado, que limita la deficiencia pero no es dinero que se le pague a nadie.\(tail)"
            )
        case .judgmentDespiteBar(let amount, let entered, let caseNumber):
            return .sentence(
                "El caso registra una sentencia por \(amount) dictada el \(d(entered)) (\(caseNumber)). Si es una sentencia por la deficiencia después de esta venta, según la regla anterior no se permitía ninguna; un abogado puede decirle si todavía se puede impugnar."
            )
        case .judgmentAfterDeadline(let entered, let deadline):
            return .sentence(
                "La sentencia del caso se dictó el \(d(entered)), después del plazo del \(d(deadline)) indicado arriba; si el prestamista actuó a tiempo depende de cuándo presentó su moción o su demanda, no de cuándo se dictó la sentencia."
            )
        case .lineUnpaidPrincipal: return "Capital pendiente de pago"
        case .lineInterest: return "Intereses"
        case .lineBalanceClaimed: return "Saldo que reclama el cobrador (su cifra; capital e intereses sin desglosar)"
        case .lineTotalOwed: return "Total adeudado"
        case .lineLessSalePrice: return "Menos el precio de venta"
        case .lineLessFairMarketValue(let price): return "Menos el valor justo de mercado (mayor que el precio de venta de \(price))"
        case .lineLess(let label): return "Menos: \(label)"
        case .lineSurplus: return "Excedente (no hay deficiencia)"
        case .lineDeficiency: return "Deficiencia"
        case .vehicleLead:
            return
                "La deficiencia después de la recuperación de un vehículo se rige por el Artículo 9 del UCC, no por las reglas del estado sobre ejecución hipotecaria; aquí no está confirmado si se debe algo ni cuánto (UCC § 9-615), así que las cifras de abajo solo acreditan el precio de venta."
        case .vehicleDeadlineNotCatalogued:
            return
                "Aquí no figura ningún plazo para que el acreedor demande por la deficiencia de un vehículo; se aplica el período de prescripción del estado para el contrato, que no se investigó."
        case .vehicleRule(let rule):
            return es(rule)
        case .vehicleFairMarketValue(let value, let price, let surplus, let deficiency):
            let outcome = surplus.map { "no habría deficiencia (habría un excedente de \($0))" } ?? "la deficiencia sería de \(deficiency)"
            return .sentence(
                "El caso indica un valor justo de mercado de \(value), \(value - price) más que el precio de venta de \(price). Un precio tan bajo puede ser prueba de que la venta no fue comercialmente razonable (UCC § 9-610), y si el comprador fue el acreedor o una parte relacionada, el UCC § 9-615(f) puede medir la deficiencia según lo que habría pagado un comprador no relacionado; si se acredita ese valor, \(outcome). No se confirmó el texto de la sección 9-615(f)."
            )
        case .deadline(let rule, let j, let date, let days, let asOf):
            let scope = rule.condition.map { " (para \(es($0)))" } ?? ""
            var sentence: String
            switch rule.party {
            case .lender: sentence = "En \(name(j))\(scope), el prestamista debe \(es(rule.action)) \(Spanish.within(rule))"
            case .enforcementEnds: sentence = "En \(name(j))\(scope), el derecho del prestamista a \(es(rule.action)) vence \(Spanish.after(rule))"
            case .debtor: sentence = "En \(name(j))\(scope), usted debe \(es(rule.action)) \(Spanish.within(rule))"
            }
            if let date, let days {
                sentence += ": a más tardar el \(d(date)) según nuestro cálculo"
                sentence += days >= 0 ? ", dentro de \(Spanish.days(days)) a partir del \(d(asOf))." : "; venció el \(d(date))."
                if date.isWeekend {
                    sentence += " " + NotePhrase.weekend(date).spanish
                } else if let holiday = FederalHoliday.name(on: date) {
                    sentence += " " + NotePhrase.holiday(date, holiday).spanish
                }
            } else if rule.unit == .businessDays {
                sentence += "; cuente los días hábiles según el calendario del tribunal."
            } else {
                sentence += Spanish.contracting("; para calcularlo se necesita la fecha de \(Spanish.trigger(rule.trigger)).")
            }
            if let note = rule.note { sentence += " \(es(note))" }
            return sentence
        case .deadlineDescription(let rule):
            let scope = rule.condition.map { " (para \(es($0)))" } ?? ""
            switch rule.party {
            case .lender: return "El prestamista debe \(es(rule.action)) \(Spanish.within(rule))\(scope)"
            case .enforcementEnds: return "El derecho del prestamista a \(es(rule.action)) vence \(Spanish.after(rule))\(scope)"
            case .debtor: return "Usted debe \(es(rule.action)) \(Spanish.within(rule))\(scope)"
            }
        case .needsField(let path): return path
        case .needsBusinessDays: return "el calendario del tribunal (los días hábiles no se calculan)"
        case .needsTrigger(let trigger):
            return Spanish.contracting("la fecha de \(Spanish.trigger(trigger)) (ningún campo del expediente del caso la contiene)")
        case .needsNoticeServed:
            return "la fecha en que se entregó formalmente a la persona deudora la notificación del embargo (ningún campo del expediente del caso la contiene)"
        case .needsNoticeMailed:
            return
                "la fecha del matasellos de la notificación enviada por correo postal a la persona deudora (ningún campo del expediente del caso la contiene)"
        case .federalLimit(let maximum, let period, let disposable, let floor, let multiple):
            return .sentence(
                "La ley federal permite que un acreedor tome como máximo \(maximum) de un pago \(Spanish.period(period)) con ingresos disponibles de \(disposable): la cantidad menor entre el 25% y lo que exceda de \(floor) (\(multiple) × $7.25)."
            )
        case .stateBarred(let j, let summary):
            return .sentence("\(name(j)) no permite el embargo de salario por deudas de consumo comunes: \(es(summary))")
        case .stateNotApplicable(let j, let scope):
            return .sentence("La regla más estricta de \(name(j)) solo cubre \(Self.spanishScope(scope)), así que aquí se aplica el límite federal.")
        case .stateLimit(let j, let scope, let maximum, let summary, let upperBound, let period, let scopeUnknown, let regionalHigher):
            var sentence =
                "La regla de \(name(j))\(scope == .allJudgments ? "" : " para \(Self.spanishScope(scope))") permite como máximo \(maximum): \(es(summary))"
            if upperBound { sentence += " Este cálculo usa el salario mínimo federal; con el salario mínimo del propio estado, el límite puede ser menor." }
            if let regionalHigher {
                sentence +=
                    " Este cálculo usa el salario mínimo regional más bajo del estado; donde se aplica el salario regional más alto, de \(regionalHigher) por hora, el límite es menor."
            }
            if let period {
                sentence += " Para un pago \(Spanish.period(period)), la cifra semanal se ajustó como en la tabla federal, así que es un estimado."
            }
            if scopeUnknown { sentence += " Si esta regla se aplica depende de si la deuda está cubierta (\(Self.spanishScope(scope)))." }
            return sentence
        case .stateMinimumWage(let j, let date, let rates, let used, let regionMatters, let county):
            let list = rates.map { "\($0.hourly) por hora en \($0.regionSpanish)" }.joined(separator: " y ")
            var sentence = "El \(d(date)) el salario mínimo de \(name(j)) es de \(list)."
            if rates.count == 1, rates[0].counties.count > 0, let county {
                sentence += " Según el caso, la persona deudora trabaja en \(county), así que el límite de arriba usa esa cifra."
            } else if rates.count > 1, let county {
                sentence +=
                    " El lugar de trabajo indicado (\(county)) no es un condado que esta tabla conozca, así que el límite de arriba usa \(used), la cifra más baja"
                sentence += regionMatters ? "; puede aplicarse la más alta, que protegería más." : "; la más alta da el mismo límite."
            } else if rates.count > 1 {
                sentence += " El caso no dice dónde trabaja la persona deudora, así que el límite de arriba usa \(used), la cifra más baja"
                sentence += regionMatters ? "; puede aplicarse la más alta, que protegería más." : "; la más alta da el mismo límite."
            }
            return sentence
        case .stateNeedsWage(let j, let summary):
            return .sentence(
                "La regla de \(name(j)) es más estricta que la ley federal, pero para calcularla se necesita el salario mínimo del estado: \(es(summary))")
        case .stateStricter(let j, let summary):
            return .sentence("\(name(j)) protege más que la ley federal, de una forma que aquí no se calcula: \(es(summary))")
        case .stateSameAsFederal(let j, let summary):
            return .sentence("\(name(j)) no tiene un porcentaje más estricto que la ley federal: \(es(summary))")
        case .stateUnknown(let j, let summary):
            return .sentence("El límite propio de \(name(j)) para el embargo de salario no está confirmado; solo se aplica el límite federal. \(es(summary))")
        case .overWithheld(let withheld, let over, let maximum):
            return .sentence("El monto retenido de \(withheld) es \(over) más que los \(maximum) que la ley permite tomar de este pago.")
        case .withinLimit(let withheld, let maximum):
            return .sentence(
                "El monto retenido de \(withheld) no supera el máximo de \(maximum) calculado aquí; eso solo compara cifras y no hace que el embargo sea legal."
            )
        case .mayProtectMore(let j, let withheld, let maximum):
            return .sentence(
                "El monto retenido de \(withheld) no supera los \(maximum) calculados aquí, pero \(name(j)) puede proteger una parte mayor de este pago; su propio límite no se calculó."
            )
        case .dependantsNotCounted(let j, let perDependant, let householdSize):
            let household = householdSize.map { ", y el hogar tiene \($0) \($0 == 1 ? "persona" : "personas") (debtor.household_size)" } ?? ""
            return .sentence(
                "El límite de \(name(j)) indicado arriba no cuenta a ningún dependiente: la ley lo reduce en \(perDependant) por semana por cada dependiente que vive con la persona deudora\(household). El expediente del caso no dice quiénes son los dependientes."
            )
        case .reviewDateUnknown(let bank, let path):
            return .sentence(
                "El caso no indica la fecha en que se congeló la cuenta en \(bank) (\(path).frozen_on), así que no se pueden calcular el período de revisión de dos meses del 31 CFR Part 212 ni el monto protegido."
            )
        case .depositsUnknown(let bank, let path, let from, let to):
            return .sentence(
                "El caso no indica ningún depósito en la cuenta en \(bank) (\(path).deposits), así que no se sabe si se depositaron beneficios federales por depósito directo entre el \(d(from)) y el \(d(to)), ni cuánto debe dejar disponible el banco."
            )
        case .lookback(let review, let from, let to):
            return .sentence(
                "Para una revisión de la cuenta el \(d(review)), el banco revisa del \(d(from)) al \(d(to)) si hubo beneficios federales por depósito directo.")
        case .notProtected212_4:
            return
                "Esta orden trae un aviso del derecho a embargar beneficios federales (Notice of Right to Garnish Federal Benefits, del gobierno de los Estados Unidos o de una agencia estatal de manutención de menores), así que no se aplica la protección automática de dos meses."
        case .protectedAmount(let protected, let benefits, let balance):
            return .sentence(
                "El banco debe dejar disponibles \(protected): la cantidad menor entre los \(benefits) en beneficios federales recibidos por depósito directo durante el período de revisión y el saldo de \(balance)."
            )
        case .noAutomaticProtection:
            return
                "No se recibió ningún beneficio federal cubierto por depósito directo durante el período de revisión, así que nada está protegido automáticamente; hay que reclamar los fondos exentos."
        case .paperBenefits:
            return
                "Los beneficios federales depositados con cheque en papel no están protegidos automáticamente, pero siguen exentos y se pueden reclamar mediante el proceso de exención del estado."
        case .possiblyExempt(let total, let source, let explanation):
            return source == .other
                ? "Otros depósitos de \(total) fuera de la protección automática: \(es(explanation))"
                : "Depósitos de \(total) \(Spanish.of(Spanish.source(source))) fuera de la protección automática: \(es(explanation))"
        case .claimUnknown(let j):
            return .sentence(
                "El plazo para presentar un reclamo de exención en \(name(j)) no está confirmado; el reclamo debe hacerse lo antes posible, y los documentos entregados pueden indicar el plazo."
            )
        case .claimWithDeadline(let procedure, let deadline, let forms):
            return .sentence("\(es(procedure)) \(deadline)\(Self.spanishForms(forms))")
        case .claimWithoutDeadline(let procedure, let forms):
            return .sentence("\(es(procedure))\(Self.spanishForms(forms))")
        case .formNote(let forms):
            return .sentence("Formularios: \(forms.joined(separator: ", ")).")
        case .collectorLikely:
            return
                "Un tercero que cobra una deuda que se le debe a otro probablemente es un \"cobrador de deudas\" según la FDCPA, así que se aplican las reglas federales sobre el contacto, la validación y las solicitudes de dejar de comunicarse."
        case .collectorUnlikely:
            return "Un acreedor que cobra su propia deuda por lo general no es un \"cobrador de deudas\" según la FDCPA."
        case .collectorUncertain:
            return
                "Un comprador de deudas no es cobrador de deudas solo por haber comprado deudas atrasadas, pero puede serlo si su actividad principal es el cobro de deudas."
        case .servicerBeforeDefault:
            return "Un administrador del préstamo que se hizo cargo de la cuenta antes del incumplimiento de pago por lo general queda fuera de la FDCPA."
        case .collectorUnknown:
            return
                "Si se aplica la FDCPA depende de quién cobra: por lo general sí a un tercero o a un comprador de deudas, y por lo general no al prestamista original."
        case .stateLawCovers(let j, let law, let duties):
            let added = duties.isEmpty ? "" : " " + duties.map { es($0).hasSuffix(".") ? es($0) : es($0) + "." }.joined(separator: " ")
            return .sentence("La ley de \(name(j)) (\(law)) también rige la conducta de cobro de esta parte, aunque la FDCPA quizá no se aplique.") + added
        case .stateLawExcludesAttorneys(let j, let law):
            return .sentence(
                "La ley de \(name(j)) (\(law)) excluye a los abogados que cobran para un cliente, así que a esta parte quizá solo se aplique la FDCPA.")
        case .stateLawCreditorsUnconfirmed(let j, let law):
            return .sentence("\(name(j)) tiene la ley \(law), pero no se confirmó si alcanza a un acreedor que cobra su propia deuda.")
        case .stateLawNotCreditors(let j, let law):
            return .sentence(
                "La ley de \(name(j)) (\(law)) cubre a las agencias de cobro, pero no a un acreedor que cobra su propia deuda en su propio nombre.")
        case .stateLawUnknown(let j):
            return .sentence(
                "No se confirmó si \(name(j)) tiene una ley de cobro que alcance a un acreedor que cobra su propia deuda; la FDCPA quizá no se aplique a esta parte."
            )
        case .rosenthalAttorneyExcluded:
            return
                "La Ley Rosenthal de California excluye a los abogados de su definición de cobrador de deudas, aunque la FDCPA federal puede aplicarse a un bufete de abogados."
        case .rosenthalCovered:
            return
                "La Ley Rosenthal de California cubre a cualquiera que cobre deudas de consumo con regularidad, por cuenta propia o de otros, así que también alcanza a los acreedores originales. Además, el artículo 1788.17 del Código Civil exige que los cobradores de California cumplan las disposiciones de la FDCPA federal (no está confirmado qué artículos exactos incorpora)."
        case .windowUnknown:
            return
                "Si disputa la deuda por escrito dentro de los 30 días siguientes a recibir la notificación de validación, el cobrador debe detener el cobro hasta que le envíe la verificación; para saber si ese plazo sigue abierto, se necesita la fecha en que llegó la notificación."
        case .window(let open, let end, let days, let fromNotice):
            let source =
                fromNotice
                ? "según la fecha impresa en la notificación de validación"
                : "según un estimado: 30 días después de recibir la notificación (si la notificación indica otra fecha final, vale esa)"
            if open {
                return .sentence(
                    "El plazo de 30 días para disputar la deuda por escrito sigue abierto hasta el \(d(end)) (\(days == 1 ? "queda 1 día" : "quedan \(days) días")), \(source)."
                )
            }
            return .sentence("El plazo de 30 días para disputar la deuda por escrito se cerró el \(d(end)), \(source).")
        case .note(let note): return note.spanish
        case .timeline(let event): return event.spanish
        case .protection(let protection): return protection.spanish
        case .claim(let claim): return claim.spanish
        }
    }

    /// " Formularios: EJ-160, EJ-165." (form names stay as written).
    static func spanishForms(_ forms: [String]) -> String {
        forms.isEmpty ? "" : " Formularios: \(forms.map { AnalysisLanguage.spanish.rule($0) }.joined(separator: ", "))."
    }

    /// Whom a state's wage formula covers, in Spanish.
    static func spanishScope(_ scope: WageFormula.Scope) -> String {
        switch scope {
        case .allJudgments: return "las sentencias comunes"
        case .consumerCredit: return "las sentencias por crédito de consumo"
        case .headOfFamily: return "a un jefe de familia que lo solicite"
        }
    }

    /// A fair-value condition, in Spanish.
    static func spanishCondition(_ condition: FairValueRule.Condition) -> String {
        switch condition {
        case .ownerOccupied: return "la propiedad la ocupaba su dueño"
        case .lenderBoughtProperty: return "el prestamista compró la propiedad en la venta"
        case .debtorMustRaiseIt: return "la persona deudora se lo pide al tribunal"
        }
    }
}
