import CaseModel

/// Spanish formats the translated sentences share: long dates, state names, plurals, contractions.
enum Spanish {
    private static let months = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ]

    /// "27 de noviembre de 2026" (glossary: never a numeric date).
    static func date(_ d: CalendarDate) -> String { "\(d.day) de \(months[d.month - 1]) de \(d.year)" }

    /// "1 día" / "3 días".
    static func days(_ n: Int) -> String { n == 1 ? "1 día" : "\(n) días" }

    /// Contracts "a el" and "de el" where a phrase starting with "el" follows a preposition.
    static func contracting(_ text: String) -> String {
        replacing(" de el ", with: " del ", in: replacing(" a el ", with: " al ", in: text))
    }

    /// `text` with every occurrence of `pattern` replaced, left to right without overlaps, as
    /// Foundation's `replacingOccurrences(of:with:)` does. Compared byte by byte: the texts contracted
    /// are the catalogue's own precomposed Spanish, and Foundation's version went through UTF-16
    /// offsets (most of a Spanish analysis's time).
    private static func replacing(_ pattern: String, with replacement: String, in text: String) -> String {
        let bytes = Array(text.utf8)
        let target = Array(pattern.utf8)
        var out: [UInt8] = []
        var i = 0
        var replaced = false
        while i < bytes.count {
            if i + target.count <= bytes.count, bytes[i..<i + target.count].elementsEqual(target) {
                if !replaced { out.reserveCapacity(bytes.count); out += bytes[..<i]; replaced = true }
                out += replacement.utf8
                i += target.count
            } else {
                if replaced { out.append(bytes[i]) }
                i += 1
            }
        }
        return replaced ? String(decoding: out, as: UTF8.self) : text
    }

    /// The state's name in Spanish where it has a usual Spanish form ("Nueva York"), else as written.
    static func name(_ j: Jurisdiction) -> String {
        switch j {
        case .DC: return "el Distrito de Columbia"
        case .HI: return "Hawái"
        case .LA: return "Luisiana"
        case .NM: return "Nuevo México"
        case .NY: return "Nueva York"
        case .NJ: return "Nueva Jersey"
        case .NC: return "Carolina del Norte"
        case .ND: return "Dakota del Norte"
        case .SC: return "Carolina del Sur"
        case .SD: return "Dakota del Sur"
        case .PA: return "Pensilvania"
        case .WV: return "Virginia Occidental"
        default: return j.name
        }
    }

    /// The event a deadline runs from, with its article.
    static func trigger(_ t: DeadlineRule.Trigger) -> String {
        switch t {
        case .sale: return "la venta"
        case .certificateOfTitle: return "la expedición del certificado de título por el secretario del tribunal"
        case .confirmationOfSale: return "la confirmación de la venta por el tribunal"
        case .deedDelivery: return "la entrega de la escritura"
        case .endOfRedemptionPeriod: return "el fin del período de redención"
        case .auditorReportRatified: return "la ratificación final del informe del auditor"
        case .judgmentEntry: return "el registro de la sentencia"
        case .reportOfSaleReceived: return "la recepción del informe de la venta"
        case .noticeServed: return "la entrega formal de la notificación"
        case .noticeMailed: return "el envío de la notificación por correo postal"
        case .seizure: return "la incautación de los bienes"
        }
    }

    /// "90 días", "1 mes", "2 años", "10 días hábiles".
    static func amount(_ rule: DeadlineRule) -> String {
        let n = rule.amount
        switch rule.unit {
        case .days: return days(n)
        case .businessDays: return n == 1 ? "1 día hábil" : "\(n) días hábiles"
        case .months: return n == 1 ? "1 mes" : "\(n) meses"
        case .years: return n == 1 ? "1 año" : "\(n) años"
        }
    }

    /// "dentro de los 90 días siguientes a la entrega de la escritura".
    static func within(_ rule: DeadlineRule) -> String {
        if rule.startOffsetDays != 0 {
            return contracting("dentro de \(amount(rule)) contados a partir del \(rule.startOffsetDays).º día después de \(trigger(rule.trigger))")
        }
        if rule.amount == 1 { return contracting("dentro de \(amount(rule)) después de \(trigger(rule.trigger))") }
        return contracting("dentro de los \(amount(rule)) siguientes a \(trigger(rule.trigger))")
    }

    /// "10 años después de la venta".
    static func after(_ rule: DeadlineRule) -> String {
        let offset = rule.startOffsetDays == 0 ? "" : " contados a partir del \(rule.startOffsetDays).º día"
        return contracting("\(amount(rule))\(offset) después de \(trigger(rule.trigger))")
    }

    /// The sale type as an adjective phrase: "una venta judicial".
    static func sale(_ type: SaleType) -> String {
        switch type {
        case .judicial: return "una venta judicial"
        case .nonjudicial: return "una venta extrajudicial"
        case .repossession: return "una venta del vehículo"
        }
    }

    /// The pay period as an adjective: "semanal", "quincenal"…
    static func period(_ p: PayPeriod) -> String {
        switch p {
        case .weekly: return "semanal"
        case .biweekly: return "cada dos semanas"
        case .semimonthly: return "dos veces al mes"
        case .monthly: return "mensual"
        }
    }

    /// "de" before a phrase, contracted as Spanish requires: "del Seguro Social", never "de el".
    static func of(_ phrase: String) -> String {
        phrase.hasPrefix("el ") ? "del " + phrase.dropFirst(3) : "de " + phrase
    }

    /// An income source in words: "Seguro Social".
    static func source(_ s: IncomeSource) -> String {
        switch s {
        case .wages: return "salarios"
        case .socialSecurity: return "el Seguro Social"
        case .ssi: return "la Seguridad de Ingreso Suplementario (SSI)"
        case .va: return "beneficios para veteranos (VA)"
        case .federalPension: return "una pensión federal"
        case .statePension: return "una pensión estatal"
        case .privatePension: return "una pensión privada"
        case .railroadRetirement: return "la Junta de Retiro Ferroviario"
        case .unemployment: return "beneficios de desempleo"
        case .childSupport: return "manutención de menores"
        case .publicAssistance: return "asistencia pública"
        case .other: return "otra fuente"
        }
    }
}
