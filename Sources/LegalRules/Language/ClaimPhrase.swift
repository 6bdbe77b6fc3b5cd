import CaseModel

/// Sentences for possible claims and defences and for the information findings (homestead,
/// retirement savings, taxes), in English and Spanish side by side.
enum ClaimPhrase: Sendable, Hashable {
    case creditorArithmetic(figure: Money)
    case callOutsideHours(date: CalendarDate, time: TimeOfDay, who: String, debtor: String)
    case contactAfterCease(date: CalendarDate, cease: CalendarDate, who: String, debtor: String)
    case contactWhileRepresented(date: CalendarDate, notified: CalendarDate, who: String, debtor: String)
    case threatBeforeJudgment(date: CalendarDate, threat: ThreatKind, who: String)
    case wageThreatBarred(date: CalendarDate, who: String, state: Jurisdiction)
    case threatOfArrest(date: CalendarDate, who: String)
    case oneYearLimit(date: CalendarDate, passed: Bool)
    case creditorNotCollector
    case noticeMissing(sale: CalendarDate)
    case noticeLate(sent: CalendarDate, sale: CalendarDate, days: Int)
    case noticeUnknown
    case minimumDamages(charge: Money, base: Money, basis: DamagesBasis, total: Money)
    case minimumDamagesNeedsFacts
    case surplusOwed(surplus: Money)
    case creditReporting
    case debtBuyerOneParty(name: String)
    case judgmentLienHome(Jurisdiction)
    case judgmentLienVehicle(Jurisdiction)
    case retirementProtected(types: String)
    case iraStateLaw(Jurisdiction)
    case taxForgiven
    case taxNonrecourse

    /// What the 10 % of UCC 9-625(c)(2) is taken of.
    enum DamagesBasis: Sendable, Hashable { case principal, cashPrice }

    func text(in language: AnalysisLanguage) -> String { language == .spanish ? spanish : english }

    var english: String {
        switch self {
        case .creditorArithmetic(let figure):
            return .sentence(
                "Because no deficiency is allowed, nothing is owed after the sale. The creditor's own arithmetic (the debt less the sale price) would give \(figure); that is their figure, not an amount owed."
            )
        case .callOutsideHours(let date, let time, let who, let debtor):
            return .sentence(
                "\(who) contacted \(debtor) on \(date) at \(time.description), outside 8 a.m. to 9 p.m. at the debtor's location; a debt collector may not contact a consumer at such an inconvenient time unless the consumer agreed."
            )
        case .contactAfterCease(let date, let cease, let who, let debtor):
            return .sentence(
                "\(who) contacted \(debtor) on \(date), after receiving the debtor's written request to stop contact on \(cease); after such a request a debt collector may only confirm it is stopping or notify the debtor of a specific remedy it intends to invoke."
            )
        case .contactWhileRepresented(let date, let notified, let who, let debtor):
            return .sentence(
                "\(who) contacted \(debtor) directly on \(date), after being told on \(notified) that the debtor has a lawyer for this debt; a debt collector must then deal with the lawyer unless the lawyer does not respond or agrees."
            )
        case .threatBeforeJudgment(let date, let threat, let who):
            return .sentence(
                "On \(date) \(who) threatened \(Self.englishThreat(threat)), but the case shows no judgment before that date; a private creditor generally needs a court judgment first, and threatening action that cannot legally be taken is forbidden."
            )
        case .wageThreatBarred(let date, let who, let state):
            return .sentence(
                "On \(date) \(who) threatened to take the debtor's wages, but in \(state.name) current wages cannot be garnished for an ordinary consumer debt, even after a judgment; threatening action that cannot legally be taken is forbidden."
            )
        case .threatOfArrest(let date, let who):
            return .sentence("On \(date) \(who) threatened arrest or jail; failing to pay a consumer debt is not a crime, and such a threat is forbidden.")
        case .oneYearLimit(let date, let passed):
            return passed
                ? .sentence("The one-year limit to sue over this contact ended on \(date).")
                : .sentence("A suit over this contact must be filed by \(date) (one year after it).")
        case .creditorNotCollector:
            return
                "The party that made this contact may not be a debt collector under the FDCPA (a creditor collecting its own debt); state law may still reach it."
        case .noticeMissing(let sale):
            return .sentence(
                "The case says no notice of disposition was received before the sale on \(sale). A secured party must send the debtor a reasonable authenticated notice of disposition before selling repossessed collateral; for consumer goods the notice must contain the information UCC 9-614 lists."
            )
        case .noticeLate(let sent, let sale, let days):
            return .sentence(
                "The notice of disposition is dated \(sent), \(days) day\(days == 1 ? "" : "s") before the sale on \(sale). For a consumer transaction whether that was a reasonable time is a question of fact (the 10-day safe harbour of UCC 9-612(b) covers only other transactions)."
            )
        case .noticeUnknown:
            return
                "Whether a notice of disposition was sent before the sale is not in the case file (sale.disposition_notice_received, sale.disposition_notice_sent_on); a missing or defective notice is a defence and a claim."
        case .minimumDamages(let charge, let base, let basis, let total):
            let of = basis == .principal ? "the principal amount of the obligation" : "the cash price"
            return .sentence(
                "If the secured party did not comply with Article 9 in a consumer-goods transaction, the debtor may recover at least the credit service charge plus 10 % of \(of): \(charge) + 10 % of \(base) = \(total), whatever the actual loss."
            )
        case .minimumDamagesNeedsFacts:
            return
                "The statutory minimum damages for a consumer-goods repossession (the finance charge plus 10 % of the principal, or the time-price differential plus 10 % of the cash price) need the finance charge and the amount financed or the cash price (debt.finance_charge, debt.original_amount, debt.cash_price)."
        case .surplusOwed(let surplus):
            return .sentence("The sale brought \(surplus) more than the debt and the costs claimed; a secured party must pay a surplus to the debtor.")
        case .creditReporting:
            return
                "If a credit report shows this debt wrongly (an amount that is barred, disputed or not owed), a dispute sent to the credit bureau obliges it to reinvestigate and tell the furnisher, who must then investigate too; copies of the dispute should be kept."
        case .debtBuyerOneParty(let name):
            return .sentence("\(name) owns the debt and collects it itself: it is one party in both roles, so letters go to it and it gets one FDCPA answer.")
        case .judgmentLienHome(let j):
            return .sentence(
                "A judgment lien on a home attaches to the debtor's equity, but \(j.name)'s homestead exemption protects part or all of it from a forced sale; the amount protected in \(j.name) is not confirmed here."
            )
        case .judgmentLienVehicle(let j):
            return .sentence(
                "A lien or levy on a vehicle reaches only the equity above any car loan, and \(j.name)'s motor-vehicle exemption protects some of it; the amount in \(j.name) is not confirmed here."
            )
        case .retirementProtected(let types):
            return .sentence(
                "Money in a private employer's retirement plan covered by ERISA (the case lists: \(types)) generally cannot be taken by a judgment creditor, so there is no need to withdraw it to pay a collector; withdrawing it can cost taxes and penalties and turns protected savings into reachable cash. A government or church plan is not an ERISA plan; its protection comes from other law, not confirmed here."
            )
        case .iraStateLaw(let j):
            return .sentence(
                "IRAs are not ERISA plans: outside bankruptcy their protection from creditors comes from \(j.name) law, which is not confirmed here (the federal bankruptcy exemption, 11 U.S.C. 522, applies only in bankruptcy)."
            )
        case .taxForgiven:
            return
                "Information to take to a tax preparer: if a lender forgives or stops collecting a deficiency, the forgiven amount of a recourse debt can be taxable income reported on Form 1099-C; the insolvency exclusion (debts above assets just before the forgiveness) is claimed on Form 982. See IRS Publication 4681."
        case .taxNonrecourse:
            return
                "Information to take to a tax preparer: on a nonrecourse loan (no personal liability, as when a deficiency is barred) the foreclosure is generally treated as a sale for the full debt, which can produce a gain or loss but not cancellation-of-debt income. See IRS Publication 4681."
        }
    }

    var spanish: String {
        let d = Spanish.date
        switch self {
        case .creditorArithmetic(let figure):
            return .sentence(
                "Como no se permite una deficiencia, no se debe nada después de la venta. La cuenta del propio acreedor (la deuda menos el precio de venta) daría \(figure); esa es su cifra, no un monto adeudado."
            )
        case .callOutsideHours(let date, let time, let who, let debtor):
            return .sentence(
                "\(who) se comunicó con \(debtor) el \(d(date)) a las \(time.description), fuera del horario de 8 a. m. a 9 p. m. en el lugar donde se encontraba la persona deudora; un cobrador de deudas no puede comunicarse con un consumidor en ese horario inconveniente salvo que el consumidor lo haya aceptado."
            )
        case .contactAfterCease(let date, let cease, let who, let debtor):
            return .sentence(
                "\(who) se comunicó con \(debtor) el \(d(date)), después de recibir el \(d(cease)) el pedido por escrito de la persona deudora de dejar de comunicarse; después de ese pedido, un cobrador solo puede confirmar que deja de hacerlo o avisar a la persona deudora de una medida concreta que piensa tomar."
            )
        case .contactWhileRepresented(let date, let notified, let who, let debtor):
            return .sentence(
                "\(who) se comunicó directamente con \(debtor) el \(d(date)), después de saber el \(d(notified)) que la persona deudora tiene un abogado para esta deuda; desde entonces el cobrador debe tratar con el abogado, salvo que este no responda o lo autorice."
            )
        case .threatBeforeJudgment(let date, let threat, let who):
            return .sentence(
                "El \(d(date)) \(who) amenazó con \(Self.spanishThreat(threat)), pero el caso no muestra ninguna sentencia antes de esa fecha; por lo general, un acreedor privado necesita primero una sentencia judicial, y está prohibido amenazar con medidas que legalmente no se pueden tomar."
            )
        case .wageThreatBarred(let date, let who, let state):
            return .sentence(
                "El \(d(date)) \(who) amenazó con quitarle parte del salario a la persona deudora, pero en \(Spanish.name(state)) el salario actual no se puede embargar por una deuda de consumo común, ni siquiera después de una sentencia; está prohibido amenazar con medidas que legalmente no se pueden tomar."
            )
        case .threatOfArrest(let date, let who):
            return .sentence("El \(d(date)) \(who) amenazó con arresto o cárcel; no pagar una deuda de consumo no es un delito, y esa amenaza está prohibida.")
        case .oneYearLimit(let date, let passed):
            return passed
                ? .sentence("El plazo de un año para demandar por este contacto terminó el \(d(date)).")
                : .sentence("Una demanda por este contacto debe presentarse a más tardar el \(d(date)) (un año después).")
        case .creditorNotCollector:
            return
                "Quien hizo este contacto podría no ser un cobrador de deudas según la FDCPA (un acreedor que cobra su propia deuda); la ley estatal todavía podría aplicarse."
        case .noticeMissing(let sale):
            return .sentence(
                "Según el caso, no se recibió ninguna notificación de la venta antes de la venta del \(d(sale)). El acreedor garantizado debe enviar a la persona deudora una notificación razonable de la venta antes de vender un bien recuperado; para bienes de consumo, la notificación debe incluir los datos que enumera el UCC 9-614."
            )
        case .noticeLate(let sent, let sale, let days):
            return .sentence(
                "La notificación de la venta tiene fecha del \(d(sent)), \(Spanish.days(days)) antes de la venta del \(d(sale)). En una transacción de consumo, si ese plazo fue razonable es una cuestión de hecho (el plazo seguro de 10 días del UCC 9-612(b) solo cubre otras transacciones)."
            )
        case .noticeUnknown:
            return
                "El expediente del caso no indica si se envió una notificación de la venta antes de la venta (sale.disposition_notice_received, sale.disposition_notice_sent_on); una notificación que falta o es defectuosa es una defensa y un reclamo."
        case .minimumDamages(let charge, let base, let basis, let total):
            let of = basis == .principal ? "del monto principal de la obligación" : "del precio al contado"
            return .sentence(
                "Si el acreedor garantizado no cumplió el Artículo 9 en una transacción de bienes de consumo, la persona deudora puede recuperar como mínimo el cargo por el crédito más el 10 % \(of): \(charge) + 10 % de \(base) = \(total), sin importar la pérdida real."
            )
        case .minimumDamagesNeedsFacts:
            return
                "Para calcular la indemnización mínima legal por la recuperación de un bien de consumo (el cargo financiero más el 10 % del principal, o la diferencia del precio a plazos más el 10 % del precio al contado) se necesitan el cargo financiero y el monto financiado o el precio al contado (debt.finance_charge, debt.original_amount, debt.cash_price)."
        case .surplusOwed(let surplus):
            return .sentence(
                "La venta produjo \(surplus) más que la deuda y los costos reclamados; el acreedor garantizado debe pagarle ese excedente a la persona deudora."
            )
        case .creditReporting:
            return
                "Si un informe de crédito muestra esta deuda de forma incorrecta (un monto prohibido, disputado o que no se debe), una disputa enviada a la agencia de informes de crédito la obliga a volver a investigar y a avisar a quien dio la información, que también debe investigar; conviene guardar copias de la disputa."
        case .debtBuyerOneParty(let name):
            return .sentence(
                "\(name) es dueño de la deuda y la cobra por sí mismo: es una sola parte con ambos papeles, así que las cartas se le envían a él y recibe una sola respuesta sobre la FDCPA."
            )
        case .judgmentLienHome(let j):
            return .sentence(
                "Un gravamen judicial sobre una vivienda alcanza el valor neto (equity) de la persona deudora, pero la exención de vivienda familiar (homestead) de \(Spanish.name(j)) protege una parte o todo ese valor frente a una venta forzosa; aquí no está confirmado el monto protegido en \(Spanish.name(j))."
            )
        case .judgmentLienVehicle(let j):
            return .sentence(
                "Un gravamen o embargo sobre un vehículo solo alcanza el valor que queda por encima de cualquier préstamo del auto, y la exención de vehículos de \(Spanish.name(j)) protege una parte; aquí no está confirmado el monto en \(Spanish.name(j))."
            )
        case .retirementProtected(let types):
            return .sentence(
                "El dinero en un plan de jubilación de un empleador privado cubierto por ERISA (el caso indica: \(types)) por lo general no lo puede tomar un acreedor con sentencia, así que no hace falta retirarlo para pagarle a un cobrador; retirarlo puede costar impuestos y multas y convierte ahorros protegidos en dinero embargable. Un plan del gobierno o de una iglesia no es un plan ERISA; su protección depende de otras leyes, que aquí no están confirmadas."
            )
        case .iraStateLaw(let j):
            return .sentence(
                "Las cuentas IRA no son planes ERISA: fuera de la bancarrota, su protección frente a los acreedores depende de la ley de \(Spanish.name(j)), que aquí no está confirmada (la exención federal de bancarrota, 11 U.S.C. 522, solo se aplica en una bancarrota)."
            )
        case .taxForgiven:
            return
                "Información para llevarle a quien le prepare los impuestos: si un prestamista perdona o deja de cobrar una deficiencia, el monto perdonado de una deuda con responsabilidad personal puede ser un ingreso sujeto a impuestos que se informa en el Formulario 1099-C; la exclusión por insolvencia (deudas mayores que los bienes justo antes del perdón) se pide con el Formulario 982. Vea la Publicación 4681 del IRS."
        case .taxNonrecourse:
            return
                "Información para llevarle a quien le prepare los impuestos: en un préstamo sin responsabilidad personal (como cuando una deficiencia está prohibida), la ejecución por lo general se trata como una venta por el total de la deuda, lo que puede dar una ganancia o una pérdida, pero no un ingreso por cancelación de deuda. Vea la Publicación 4681 del IRS."
        }
    }

    static func englishThreat(_ t: ThreatKind) -> String {
        switch t {
        case .lawsuit: return "a lawsuit"
        case .wageGarnishment: return "to take the debtor's wages"
        case .bankLevy: return "to take money from the debtor's bank account"
        case .propertySeizure: return "to seize the debtor's property"
        case .arrest: return "arrest"
        }
    }

    static func spanishThreat(_ t: ThreatKind) -> String {
        switch t {
        case .lawsuit: return "una demanda"
        case .wageGarnishment: return "quitarle parte del salario a la persona deudora"
        case .bankLevy: return "sacar dinero de la cuenta bancaria de la persona deudora"
        case .propertySeizure: return "incautar los bienes de la persona deudora"
        case .arrest: return "el arresto"
        }
    }
}
