import CaseModel
import Hummingbird

extension InterviewRoutes {
    /// `POST /interview/wants`: one contact choice (required) and the dispute box; on to the
    /// follow-up page the choice needs, if any.
    func submitWants(_ session: inout Session, form: FormData) -> Response {
        let disputed = form.value(WantsChoice.disputeField) == "true"
        guard let choice = form.value(WantsChoice.field).flatMap(WantsChoice.init(rawValue:)) else {
            let message =
                session.language == "es"
                ? "Elija lo que quiere que haga el cobrador sobre el contacto"
                : "Choose what you want the collector to do about contacting you"
            var shown = session
            shown.answers[WantsChoice.disputeField] = disputed ? "true" : nil
            return screens(shown).form(InterviewPage.page("wants")!, errors: [.error(WantsChoice.field, message)])
        }
        session.topics = WantsChoice.topics(session.topics, choosing: choice, disputed: disputed)
        session.answers[WantsChoice.disputeField] = disputed ? "true" : nil
        let page = InterviewPage.page("wants")!
        return redirect(Self.next(after: page, in: session).map { "/interview/\($0.id)" } ?? "/review")
    }
}
