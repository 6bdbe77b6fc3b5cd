import CaseModel

/// Short event names for the timeline and human labels for case-file paths, in English and Spanish.
enum TimelinePhrase: Sendable, Hashable {
    case loanOriginated, lastPayment, sale(SaleType), deedDelivered, saleConfirmed, judgmentEntered
    case contact(ContactMethod), validationNoticeReceived, garnishmentFirstWithheld
    case levyFrozen, levyNoticeServed(personal: Bool?), lienRecorded
    /// The label of a case-file path such as `actions.levies[0].frozen_on`.
    case fieldLabel(String)

    /// The English phrase.
    var english: String {
        switch self {
        case .loanOriginated: return "Loan made"
        case .lastPayment: return "Last payment"
        case .sale(let type):
            switch type {
            case .nonjudicial: return "Trustee's sale"
            case .judicial: return "Foreclosure sale"
            case .repossession: return "Repossessed vehicle sold"
            }
        case .deedDelivered: return "Deed delivered to the buyer"
        case .saleConfirmed: return "Sale confirmed by the court"
        case .judgmentEntered: return "Judgment entered"
        case .contact(let method):
            switch method {
            case .phone: return "Phone call"
            case .voicemail: return "Voicemail"
            case .text: return "Text message"
            case .email: return "Email"
            case .letter: return "Letter"
            case .inPerson: return "In-person visit"
            case .socialMedia: return "Social media message"
            case .other: return "Other contact"
            }
        case .validationNoticeReceived: return "Validation notice received"
        case .garnishmentFirstWithheld: return "First pay withheld (wage garnishment)"
        case .levyFrozen: return "Bank account frozen"
        case .levyNoticeServed(let personal):
            switch personal {
            case true?: return "Levy papers handed to the debtor"
            case false?: return "Levy papers mailed to the debtor"
            case nil: return "Levy papers served"
            }
        case .lienRecorded: return "Judgment lien recorded"
        case .fieldLabel(let path): return Self.label(path).english
        }
    }

    /// The Spanish phrase.
    var spanish: String {
        switch self {
        case .loanOriginated: return "Se otorgó el préstamo"
        case .lastPayment: return "Último pago"
        case .sale(let type):
            switch type {
            case .nonjudicial: return "Venta por el fideicomisario (trustee's sale)"
            case .judicial: return "Venta judicial por ejecución hipotecaria"
            case .repossession: return "Venta del vehículo recuperado"
            }
        case .deedDelivered: return "Entrega de la escritura al comprador"
        case .saleConfirmed: return "El tribunal confirmó la venta"
        case .judgmentEntered: return "Se dictó la sentencia"
        case .contact(let method):
            switch method {
            case .phone: return "Llamada telefónica"
            case .voicemail: return "Mensaje de voz"
            case .text: return "Mensaje de texto"
            case .email: return "Correo electrónico"
            case .letter: return "Carta"
            case .inPerson: return "Visita en persona"
            case .socialMedia: return "Mensaje en redes sociales"
            case .other: return "Otro contacto"
            }
        case .validationNoticeReceived: return "Se recibió la notificación de validación"
        case .garnishmentFirstWithheld: return "Primera retención del salario (embargo de salario)"
        case .levyFrozen: return "Se congeló la cuenta bancaria"
        case .levyNoticeServed(let personal):
            switch personal {
            case true?: return "Se entregaron en persona los documentos del embargo"
            case false?: return "Se enviaron por correo postal los documentos del embargo"
            case nil: return "Se notificaron los documentos del embargo"
            }
        case .lienRecorded: return "Se registró un gravamen judicial"
        case .fieldLabel(let path): return Self.label(path).spanish
        }
    }

    /// Labels for the case-file paths the analysis can report missing; indices are ignored, and an
    /// unknown path is its own label.
    static func label(_ path: String) -> (english: String, spanish: String) {
        var key = ""
        var inIndex = false
        for ch in path {
            if ch == "[" { inIndex = true; key.append(ch) } else if ch == "]" { inIndex = false; key.append(ch) } else if !inIndex { key.append(ch) }
        }
        switch key {
        case "debt.property_state": return ("State where the property is", "Estado donde está la propiedad")
        case "debt.loan_type": return ("Kind of loan", "Tipo de préstamo")
        case "debt.owner_occupied": return ("Whether the owner lived in the property", "Si el dueño vivía en la propiedad")
        case "debt.principal": return ("Unpaid principal", "Capital pendiente de pago")
        case "debt.balance_claimed": return ("Balance claimed", "Saldo reclamado")
        case "sale.date": return ("Date of the sale", "Fecha de la venta")
        case "sale.deed_delivered_on": return ("Date the deed was delivered", "Fecha de entrega de la escritura")
        case "sale.confirmed_on": return ("Date the court confirmed the sale", "Fecha en que el tribunal confirmó la venta")
        case "judgment.date": return ("Date the judgment was entered", "Fecha en que se dictó la sentencia")
        case "actions.levies[].frozen_on": return ("Date the bank account was frozen", "Fecha en que se congeló la cuenta bancaria")
        case "actions.levies[].deposits": return ("Deposits into the frozen account", "Depósitos en la cuenta congelada")
        case "actions.levies[].notice_served_on":
            return (
                "Date the levy papers were handed or mailed to the debtor", "Fecha en que se entregaron o se enviaron por correo los documentos del embargo"
            )
        case "actions.levies[].notice_service":
            return ("Whether the levy papers were handed or mailed to the debtor", "Si los documentos del embargo se entregaron en persona o por correo postal")
        case "validation_notice_received": return ("Date the validation notice was received", "Fecha en que se recibió la notificación de validación")
        default: return (path, path)
        }
    }
}
