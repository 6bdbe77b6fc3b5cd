import CaseModel

/// The words of the interview in English and Spanish: field labels and hints come from the case
/// schema (a new field appears with its key made readable and its summary as the hint); Spanish
/// words come from this table, and a field it lacks is shown in English, marked as such.
enum Labels {
    /// A field's label in `language`, and whether it had to fall back to English.
    static func label(_ field: FieldSpec, language: String) -> (text: String, isEnglish: Bool) {
        if language == "es", let es = spanish[field.key] { return (es, false) }
        return (english[field.key] ?? readable(field.key), language != "en")
    }

    /// A field's hint (the schema's summary) in `language`, and whether it is English.
    static func hint(_ field: FieldSpec, object: String, language: String) -> (text: String, isEnglish: Bool) {
        if language == "es", let es = spanishHints[object + "." + field.key] ?? spanishHints[field.key] { return (es, false) }
        return (field.summary, language != "en")
    }

    /// A choice value as shown: Spanish when known, else the value made readable.
    static func value(_ value: String, language: String) -> String {
        if language == "es", let es = spanishValues[value] { return es }
        return readable(value)
    }

    /// `balance_claimed` → `Balance claimed`.
    static func readable(_ key: String) -> String {
        let words = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static let english: [String: String] = [
        "line1": "Street address", "line2": "Apartment, suite or unit", "zip": "ZIP code", "ssn": "Social Security number",
        "original_creditor": "The original lender", "current_creditor": "Who owns the debt now",
        "collector": "The collection agency", "collection_attorney": "A law firm collecting the debt",
        "debtor_attorney": "Your lawyer, if one represents you", "debtor": "You",
        "validation_notice_received": "Date you received the validation notice",
        "language": "Language of the documents",
    ]

    static let spanish: [String: String] = [
        "name": "Nombre", "address": "Dirección", "line1": "Calle y número", "line2": "Apartamento, suite o unidad",
        "city": "Ciudad", "state": "Estado", "zip": "Código postal", "phone": "Teléfono", "email": "Correo electrónico",
        "household_size": "Personas en el hogar", "preferred_language": "Idioma preferido",
        "ssn": "Número de Seguro Social", "employer": "Empleador", "bar_number": "Número de colegiado",
        "firm": "Bufete", "debtor": "Usted", "language": "Idioma de los documentos",
        "original_creditor": "El prestamista original", "current_creditor": "Quién es dueño de la deuda ahora",
        "collector": "La agencia de cobranza", "collection_attorney": "Un bufete que cobra la deuda",
        "debtor_attorney": "Su abogado, si tiene uno", "debt": "La deuda", "sale": "La venta",
        "account_number": "Número de cuenta", "loan_type": "Tipo de préstamo", "owner_occupied": "¿Vivía usted en la propiedad?",
        "property_state": "Estado de la propiedad", "property_address": "Dirección de la propiedad",
        "originated_on": "Fecha del préstamo", "last_payment_on": "Fecha del último pago",
        "original_amount": "Monto original del préstamo", "balance_claimed": "Saldo que reclaman",
        "principal": "Capital", "interest": "Intereses", "interest_rate": "Tasa de interés",
        "disputed": "¿Disputa usted la deuda?", "dispute_reasons": "Por qué la disputa", "type": "Tipo",
        "date": "Fecha", "price": "Precio", "fair_market_value": "Valor justo de mercado", "costs": "Costos",
        "label": "Concepto", "amount": "Monto", "deed_delivered_on": "Fecha de entrega de la escritura",
        "confirmed_on": "Fecha de confirmación", "judgment": "La sentencia", "court": "Tribunal", "county": "Condado",
        "plaintiff": "Demandante (acreedor de la sentencia)",
        "case_number": "Número de caso", "contacts": "Contactos", "method": "Medio", "by": "Quién", "summary": "Resumen",
        "contact_preferences": "Cómo pueden contactarle", "allowed_media": "Medios permitidos",
        "forbidden_media": "Medios prohibidos", "allowed_hours": "Horario permitido", "from": "Desde", "to": "Hasta",
        "no_contact_at_work": "Sin contacto en el trabajo", "employer_forbids_contact": "Su empleador prohíbe el contacto",
        "notes": "Notas", "validation_notice_received": "Fecha en que recibió el aviso de validación",
        "actions": "Acciones de cobro", "garnishments": "Embargos de salario", "levies": "Embargos bancarios",
        "liens": "Gravámenes", "pay_period": "Periodo de pago", "gross_earnings": "Ingresos brutos",
        "disposable_earnings": "Ingresos disponibles", "amount_withheld": "Monto retenido",
        "first_withheld": "Primera retención", "work_county": "Condado donde trabaja", "bank": "Banco", "account_last4": "Últimos 4 dígitos de la cuenta",
        "balance": "Saldo", "frozen_on": "Fecha de congelamiento", "deposits": "Depósitos",
        "notice_served_on": "Fecha de entrega del aviso", "notice_service": "Cómo recibió el aviso",
        "source": "Fuente", "direct_deposit": "Depósito directo", "property": "Propiedad", "recorded_on": "Fecha de registro",
        "income": "Ingresos", "frequency": "Frecuencia", "payer": "Quién paga", "assets": "Bienes", "kind": "Tipo",
        "description": "Descripción", "value": "Valor", "retirement_type": "Tipo de cuenta de jubilación",
        "documents": "Documentos", "have": "¿Lo tiene?",
    ]

    static let spanishHints: [String: String] = [
        "Debtor.name": "Nombre completo, como debe aparecer en las cartas.", "Address.line1": "Calle y número.",
        "Address.zip": "Código postal: 12345 o 12345-6789.", "Address.state": "Código de dos letras del estado.",
        "ssn": "Número de Seguro Social o sus últimos cuatro dígitos; solo se guardan los últimos cuatro.",
        "account_number": "Número de cuenta; solo se guardan los últimos cuatro caracteres.",
        "date": "Fecha, AAAA-MM-DD.", "validation_notice_received": "Cuándo llegó el aviso de validación (AAAA-MM-DD).",
        "balance_claimed": "El total que el cobrador dice que se debe.", "disputed": "Si usted disputa la deuda.",
        "contact_preferences": "Llene esto para limitar el contacto en vez de pedir que cese.",
        "debtor_attorney": "Si un abogado le representa, el cobrador debe hablar con él.",
        "plaintiff": "Quién le demandó (el acreedor de la sentencia), tal como lo nombran la sentencia o los papeles del tribunal.",
    ]

    static let spanishValues: [String: String] = [
        "true": "Sí", "false": "No", "en": "Inglés", "es": "Español", "mortgage": "Hipoteca", "vehicle": "Vehículo",
        "phone": "Teléfono", "email": "Correo electrónico", "mail": "Correo postal", "text": "Mensaje de texto",
        "letter": "Carta", "weekly": "Semanal", "biweekly": "Quincenal", "monthly": "Mensual",
        "wages": "Salario", "ssi": "SSI", "social_security": "Seguro Social", "unemployment": "Desempleo",
    ]
}
