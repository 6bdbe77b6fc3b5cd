import CaseModel

/// Sentences on how well one income item or asset is protected from ordinary creditors, and the
/// names of income sources, in English and Spanish side by side. Catalogue text passed in is English
/// and translated through `CatalogueSpanish`.
enum ProtectionPhrase: Sendable, Hashable {
    case wagesBarred(Jurisdiction, summary: String)
    case wagesFederalFloor(Jurisdiction, state: StateWageGarnishmentRule.Kind)
    case federalBenefit(explanation: String)
    case listedOnNewYorkNotice(IncomeSource)
    case stateLawNotComputed(explanation: String)
    case accountWithBenefits(protected: Money, balance: Money, whole: Bool)
    case accountSourceUnknown
    case erisaPlan, plan403b, governmentalPlan, governmentalPlanNewYork, ira, pensionSponsorUnknown, tsp, retirementKindUnknown
    case homestead, vehicle, otherAsset
    /// An income source's name, for labels ("Social Security", "Other deposits").
    case sourceName(IncomeSource)

    /// The English sentence or name.
    var english: String {
        switch self {
        case .wagesBarred(let j, let summary):
            // The state's summary already says what is exempt; a lead restating it reads twice.
            return .sentence("\(j.name) law: \(summary)")
        case .wagesFederalFloor(let j, let state):
            let lead =
                "At least 75% of disposable pay is protected by federal law: a creditor may take at most the lesser of 25% and the amount above 30 times the federal minimum wage a week (15 U.S.C. § 1673(a))."
            switch state {
            case .sameAsFederal: return "\(lead) \(j.name) adds no stricter percentage."
            case .formula, .stricterNotComputed: return "\(lead) \(j.name) protects more; see the wage-garnishment section."
            case .barredForConsumerDebt, .unknown: return "\(lead) \(j.name)'s own limit is not confirmed."
            }
        case .federalBenefit(let explanation):
            return explanation
        case .listedOnNewYorkNotice(let source):
            return .sentence(
                "\(Self.names(of: source).english) is listed as exempt on the New York Exemption Notice (CPLR 5222-a); the exemption must be claimed, and the state statute was not verified."
            )
        case .stateLawNotComputed(let explanation):
            return .sentence("\(explanation) State law (not computed).")
        case .accountWithBenefits(let protected, let balance, let whole):
            return whole
                ? "Federal benefits are directly deposited into this account: under 31 C.F.R. Part 212 the bank must leave \(protected), the whole \(balance) balance, available."
                : "Federal benefits are directly deposited into this account: under 31 C.F.R. Part 212 the bank must leave \(protected) of the \(balance) balance available; the rest depends on the source of the money; state law (not computed)."
        case .accountSourceUnknown:
            return
                "Depends on the source of the money; state law (not computed). 31 C.F.R. Part 212 protects only federal benefits directly deposited into the account, and the case does not show any going into this one."
        case .erisaPlan:
            return
                "A private employer's plan (ERISA): benefits in the plan cannot be assigned or alienated. Whether that protection survives once money is paid out into a bank account is not confirmed."
        case .plan403b:
            return
                "A 403(b) plan is an ERISA plan only when a private employer sponsors it; a governmental plan is not. Confirm the sponsor; otherwise protection is under state law (not computed)."
        case .governmentalPlan:
            return "Governmental plan (not ERISA); protection under state law (not computed)."
        case .governmentalPlanNewYork:
            return "Governmental plan (not ERISA); pensions are listed as exempt on the New York Exemption Notice (CPLR 5222-a); state statute to verify."
        case .ira:
            return "IRAs are not ERISA plans; outside bankruptcy their protection depends on the state's exemption law (not computed)."
        case .pensionSponsorUnknown:
            return
                "A private employer's pension is an ERISA plan, whose benefits cannot be assigned or alienated; a governmental pension is not an ERISA plan and depends on state law. Confirm who sponsors it."
        case .tsp:
            return "The protection of the Thrift Savings Plan was not researched (not confirmed)."
        case .retirementKindUnknown:
            return "Protection depends on the kind of plan (ERISA plan, IRA or governmental plan), which the case does not say; not computed."
        case .homestead:
            return "Homestead exemption: not computed; confirm the state's homestead exemption and the equity in the home."
        case .vehicle:
            return "Vehicle exemption: not computed; confirm the state's vehicle exemption and the equity in the vehicle."
        case .otherAsset:
            return "Whether this is exempt under state law is not computed; confirm."
        case .sourceName(let source):
            return Self.names(of: source).english
        }
    }

    /// The Spanish sentence or name.
    var spanish: String {
        func es(_ text: String) -> String { AnalysisLanguage.spanish.rule(text) }
        switch self {
        case .wagesBarred(let j, let summary):
            return .sentence("Ley de \(Spanish.name(j)): \(es(summary))")
        case .wagesFederalFloor(let j, let state):
            let lead =
                "La ley federal protege por lo menos el 75% de los ingresos disponibles: un acreedor puede tomar como máximo la cantidad menor entre el 25% y lo que exceda de 30 veces el salario mínimo federal por semana (15 U.S.C. § 1673(a))."
            switch state {
            case .sameAsFederal: return "\(lead) \(Spanish.name(j)) no agrega un porcentaje más estricto."
            case .formula, .stricterNotComputed: return "\(lead) \(Spanish.name(j)) protege más; vea la sección sobre el embargo de salario."
            case .barredForConsumerDebt, .unknown: return "\(lead) El límite propio de \(Spanish.name(j)) no está confirmado."
            }
        case .federalBenefit(let explanation):
            return es(explanation)
        case .listedOnNewYorkNotice(let source):
            return .sentence(
                "\(Self.names(of: source).spanish) figura como exento en la Notificación de Exención de Nueva York (Exemption Notice, CPLR 5222-a); hay que reclamar la exención, y no se verificó la ley estatal."
            )
        case .stateLawNotComputed(let explanation):
            return .sentence("\(es(explanation)) Ley estatal (no calculada).")
        case .accountWithBenefits(let protected, let balance, let whole):
            return whole
                ? "En esta cuenta se reciben beneficios federales por depósito directo: según el 31 C.F.R. Part 212, el banco debe dejar disponibles \(protected), todo el saldo de \(balance)."
                : "En esta cuenta se reciben beneficios federales por depósito directo: según el 31 C.F.R. Part 212, el banco debe dejar disponibles \(protected) del saldo de \(balance); el resto depende del origen del dinero; ley estatal (no calculada)."
        case .accountSourceUnknown:
            return
                "Depende del origen del dinero; ley estatal (no calculada). El 31 C.F.R. Part 212 solo protege los beneficios federales recibidos por depósito directo en la cuenta, y el caso no muestra ninguno en esta."
        case .erisaPlan:
            return
                "Plan de un empleador privado (ERISA): los beneficios dentro del plan no se pueden ceder ni enajenar. No está confirmado si esa protección continúa una vez que el dinero se paga a una cuenta bancaria."
        case .plan403b:
            return
                "Un plan 403(b) es un plan ERISA solo cuando lo patrocina un empleador privado; un plan gubernamental no lo es. Confirme quién lo patrocina; si no, la protección depende de la ley estatal (no calculada)."
        case .governmentalPlan:
            return "Plan gubernamental (no es ERISA); protección según la ley estatal (no calculada)."
        case .governmentalPlanNewYork:
            return
                "Plan gubernamental (no es ERISA); las pensiones figuran como exentas en la Notificación de Exención de Nueva York (Exemption Notice, CPLR 5222-a); falta verificar la ley estatal."
        case .ira:
            return "Las cuentas IRA no son planes ERISA; fuera de la bancarrota, su protección depende de la ley de exenciones del estado (no calculada)."
        case .pensionSponsorUnknown:
            return
                "La pensión de un empleador privado es un plan ERISA, cuyos beneficios no se pueden ceder ni enajenar; una pensión gubernamental no es un plan ERISA y depende de la ley estatal. Confirme quién la patrocina."
        case .tsp:
            return "No se investigó la protección del Thrift Savings Plan (no confirmada)."
        case .retirementKindUnknown:
            return "La protección depende del tipo de plan (plan ERISA, cuenta IRA o plan gubernamental), que el caso no indica; no calculada."
        case .homestead:
            return "Exención de la vivienda familiar (homestead): no calculada; confirme la exención del estado y el valor neto de la vivienda."
        case .vehicle:
            return "Exención del vehículo: no calculada; confirme la exención del estado y el valor neto del vehículo."
        case .otherAsset:
            return "No se calcula si está exento según la ley estatal; confírmelo."
        case .sourceName(let source):
            return Self.names(of: source).spanish
        }
    }

    /// An income source's name as a label, in both languages.
    static func names(of source: IncomeSource) -> (english: String, spanish: String) {
        switch source {
        case .wages: return ("Wages", "Salario")
        case .socialSecurity: return ("Social Security", "Seguro Social")
        case .ssi: return ("SSI", "Seguridad de Ingreso Suplementario (SSI)")
        case .va: return ("Veterans' benefits (VA)", "Beneficios para veteranos (VA)")
        case .federalPension: return ("Federal pension", "Pensión federal")
        case .statePension: return ("State or local pension", "Pensión estatal o local")
        case .privatePension: return ("Private pension", "Pensión privada")
        case .railroadRetirement: return ("Railroad Retirement", "Jubilación ferroviaria (Railroad Retirement)")
        case .unemployment: return ("Unemployment benefits", "Beneficios de desempleo")
        case .childSupport: return ("Child support", "Manutención de menores")
        case .publicAssistance: return ("Public assistance", "Asistencia pública")
        case .other: return ("Other deposits", "Otros depósitos")
        }
    }
}
