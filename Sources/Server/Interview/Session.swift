import CaseModel

/// One person's interview, held in memory only: the answers as case paths and their text.
struct Session: Sendable {
    /// The id in the session cookie (never in a URL).
    var id: String
    /// The token every form of this session carries.
    var csrf: String
    /// `en` or `es`: the interview's language.
    var language: String = "en"
    /// The events chosen on the first page (`sale`, `judgment`, `garnishment`, `levy`) and the
    /// choices of the "what you want" page (`WantsChoice`, `dispute`).
    var topics: Set<String> = []
    /// Answers by case path (`debtor.address.zip`, `income[0].amount`); empty text is never stored.
    var answers: [String: String] = [:]
    /// When it was last used, to expire it.
    var lastUsed: ContinuousClock.Instant

    /// The answers the case is built from: those of pages that apply, plus a case id.
    var caseAnswers: [(String, String)] {
        let skipped = InterviewPage.all.filter { !$0.applies(to: self) }
        var pairs = answers.filter { answer in !skipped.contains { $0.owns(answer.key) } }
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if answers["id"] == nil { pairs.append(("id", "my-case")) }
        return pairs
    }

    /// The case, validated like `redress validate`.
    func parse(asOf: CalendarDate) -> CaseParseResult {
        CaseParser.parse(dottedPaths: caseAnswers, asOf: asOf)
    }

    /// Replaces the answers under `page` with `new` (the page's submitted fields).
    mutating func replace(on page: InterviewPage, with new: [String: String]) {
        answers = answers.filter { !page.owns($0.key) }
        for (path, value) in new where page.owns(path) { answers[path] = value }
    }

    /// Chooses topics from the answers, for a case that was uploaded: the events it has, and the
    /// "what you want" choice its fields make.
    mutating func inferTopics() {
        for page in InterviewPage.all {
            if let topic = page.topic, answers.keys.contains(where: page.owns) { topics.insert(topic) }
        }
        let wants = WantsChoice.inferred(from: answers)
        topics = WantsChoice.topics(topics, choosing: wants.choice, disputed: wants.disputed)
    }
}

/// Every interview in memory, each forgotten after its lifetime without use; at most `capacity`.
actor SessionStore {
    private var sessions: [String: Session] = [:]
    private let lifetime: Duration
    private let capacity: Int

    init(lifetime: Duration, capacity: Int) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The live session with `id`, if any.
    func session(_ id: String?) -> Session? {
        guard let id, let session = sessions[id] else { return nil }
        guard ContinuousClock.now - session.lastUsed < lifetime else {
            sessions[id] = nil
            return nil
        }
        return session
    }

    /// A new, empty session.
    func create() -> Session {
        sweep()
        let session = Session(id: Secrets.random(), csrf: Secrets.random(), lastUsed: .now)
        sessions[session.id] = session
        return session
    }

    /// Stores `session`, marking it used now.
    func save(_ session: Session) {
        var session = session
        session.lastUsed = .now
        sessions[session.id] = session
    }

    /// Forgets `id`.
    func remove(_ id: String) { sessions[id] = nil }

    var count: Int { sessions.count }

    private func sweep() {
        let now = ContinuousClock.now
        sessions = sessions.filter { now - $0.value.lastUsed < lifetime }
        while sessions.count >= capacity, let oldest = sessions.min(by: { $0.value.lastUsed < $1.value.lastUsed }) {
            sessions[oldest.key] = nil
        }
    }
}
