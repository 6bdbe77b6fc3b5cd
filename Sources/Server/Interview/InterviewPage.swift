import CaseModel

/// One page of the interview: a topic, and the case paths whose fields it asks for. The fields
/// themselves come from the case schema, so a field added to the model appears on its page.
struct InterviewPage: Sendable, Hashable {
    /// The page's slug in its address, such as `loan`.
    var id: String
    var titleEnglish: String
    var titleSpanish: String
    /// Case paths asked here: a whole object (`debtor`), a list (`income`) or one field (`debt.disputed`).
    var paths: [String]
    /// The event that makes the page apply (`sale`, `judgment`, …); nil for pages that always apply.
    var topic: String?

    func title(_ language: String) -> String { language == "es" ? titleSpanish : titleEnglish }

    /// The topics asked on the first page (the events); a page whose topic is not chosen is skipped.
    static let topics: [(id: String, en: String, es: String)] = [
        ("sale", "The lender sold my house or vehicle", "El prestamista vendió mi casa o vehículo"),
        ("judgment", "A court entered a judgment against me", "Un tribunal dictó una sentencia en mi contra"),
        ("garnishment", "My wages are being garnished", "Me están embargando el salario"),
        ("levy", "My bank account was levied or frozen", "Embargaron o congelaron mi cuenta bancaria"),
    ]

    /// The pages, in order. Top-level case fields no page names go on the last page (`other`).
    static let all: [InterviewPage] = {
        var pages = [
            InterviewPage(id: "you", titleEnglish: "About you", titleSpanish: "Sobre usted", paths: ["debtor", "language"]),
            InterviewPage(
                id: "parties", titleEnglish: "Who is contacting you and who owns the debt",
                titleSpanish: "Quién le contacta y quién es dueño de la deuda",
                paths: ["collector", "current_creditor", "original_creditor", "collection_attorney"]),
            InterviewPage(
                id: "loan", titleEnglish: "The loan and the notice you received",
                titleSpanish: "El préstamo y el aviso que recibió", paths: ["debt", "validation_notice_received"]),
            InterviewPage(
                id: "sale", titleEnglish: "The sale of the house or vehicle", titleSpanish: "La venta de la casa o el vehículo",
                paths: ["sale"], topic: "sale"),
            InterviewPage(
                id: "judgment", titleEnglish: "The judgment", titleSpanish: "La sentencia",
                paths: ["judgment", "actions.liens"], topic: "judgment"),
            InterviewPage(
                id: "garnishment", titleEnglish: "Wage garnishment", titleSpanish: "Embargo de salario",
                paths: ["actions.garnishments"], topic: "garnishment"),
            InterviewPage(
                id: "levy", titleEnglish: "Bank levy", titleSpanish: "Embargo bancario",
                paths: ["actions.levies"], topic: "levy"),
            InterviewPage(
                id: "money", titleEnglish: "Your income and what you own", titleSpanish: "Sus ingresos y bienes",
                paths: ["income", "assets"]),
            InterviewPage(id: "contacts", titleEnglish: "The contact log", titleSpanish: "Registro de contactos", paths: ["contacts"]),
            // A plain choice (`WantsChoice`); the follow-up pages apply only when the choice needs them.
            InterviewPage(id: "wants", titleEnglish: "What you want", titleSpanish: "Lo que usted quiere", paths: ["debt.disputed"]),
            InterviewPage(
                id: "limit", titleEnglish: "How the collector may contact you", titleSpanish: "Cómo puede contactarle el cobrador",
                paths: ["contact_preferences"], topic: WantsChoice.limit.rawValue),
            InterviewPage(
                id: "lawyer", titleEnglish: "Your lawyer", titleSpanish: "Su abogado", paths: ["debtor_attorney"],
                topic: WantsChoice.lawyer.rawValue),
            InterviewPage(
                id: "dispute", titleEnglish: "Why you dispute the debt", titleSpanish: "Por qué disputa la deuda",
                paths: ["debt.dispute_reasons"], topic: WantsChoice.disputeTopic),
        ]
        let named = Set(pages.flatMap(\.paths).map { String($0.prefix { $0 != "." }) })
        let rest = CaseSchema.object(CaseSchema.rootName).fields.map(\.key).filter { !named.contains($0) && $0 != "id" }
        pages.append(InterviewPage(id: "other", titleEnglish: "Anything else", titleSpanish: "Algo más", paths: rest))
        return pages
    }()

    /// Paths asked for on some page as one field: an object page walking `debt` skips them.
    static let claimedPaths: Set<String> = Set(all.flatMap(\.paths).filter { $0.contains(".") })

    static func page(_ id: String) -> InterviewPage? { all.first { $0.id == id } }

    /// Whether `path` (a diagnostic's or an answer's) falls under this page.
    func owns(_ path: String) -> Bool {
        guard let own = paths.first(where: { Self.isUnder(path, $0) }) else { return false }
        // `debt.disputed` belongs to `wants` though `loan` asks for `debt`.
        return !Self.claimedPaths.contains(where: { $0 != own && $0.count > own.count && Self.isUnder(path, $0) })
    }

    static func isUnder(_ path: String, _ prefix: String) -> Bool {
        path == prefix || path.hasPrefix(prefix + ".") || path.hasPrefix(prefix + "[")
    }

    /// Whether the page applies: it has no topic, or its topic was chosen (an event on the start
    /// page, a choice on the "what you want" page).
    func applies(to session: Session) -> Bool {
        guard let topic else { return true }
        return session.topics.contains(topic)
    }
}
