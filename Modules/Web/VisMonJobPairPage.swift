import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/vis-mon-job/pairs/{id}`: the link of the "pair published" e-mail, sent to both sides.
/// A signed-in ambassador (or the operator) sees the pair (Workflows `pair`, 404 for anyone
/// else), and the ambassador proposes another date (`/vis-mon-job/pairs/{id}/date`) or accepts
/// the student's (`…/date/accepter`) and, from the day on, gives feedback (`…/avis`); a visitor is told where to go: the student to their
/// private link, the agent to sign in. The student's e-mail cannot carry their token (only its
/// hash is stored).
enum VisMonJobPairPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let id = try pairID(context)
        guard let user = context.user else {
            let main: HTML = """
                <h1>Binôme Vis mon job</h1>
                <h2>Vous êtes étudiant ou étudiante</h2>
                <p>Ouvrez le lien personnel donné lors de votre inscription : il présente votre ambassadeur ou ambassadrice, le jour et ce qu'il faut préparer.</p>
                <h2>Vous êtes ambassadeur ou ambassadrice</h2>
                <p><a href="\(WebPaths.signIn(returningTo: WebPaths.visMonJobPair(id.rawValue)))">Connectez-vous</a> : vous reviendrez sur cette page, ou ouvrez <a href="/vis-mon-job/ambassadeur">votre espace ambassadeur</a>.</p>
                """
            return WebResponse.page(
                WebLayout.page(
                    "Binôme Vis mon job", context: context, trail: [("Vis mon job", "/vis-mon-job")], main: main),
                context: context)
        }
        return try page(context, details: try context.workflows.pair(id, by: .user(user)), error: nil)
    }

    /// POST `/vis-mon-job/pairs/{id}/date` (`date`) and `…/date/accepter`, by the ambassador.
    static func changeDate(_ context: WebContext, accept: Bool) throws -> HTTPResponse {
        try change(context) { id, caller, form, forms in
            let revision = Int(form["revision"] ?? "")
            if accept { return try context.workflows.acceptDate(for: id, expectedRevision: revision, by: caller) }
            guard let date = WebFormat.parseDate(form["date"] ?? "") else {
                forms.dateError = "indiquez une date, par exemple 20/11/2026."
                return nil
            }
            return try context.workflows.proposeDate(date, for: id, expectedRevision: revision, by: caller)
        }
    }

    /// POST `/vis-mon-job/pairs/{id}/avis` (`note`, `commentaire`), from the pair's day on.
    static func leaveFeedback(_ context: WebContext) throws -> HTTPResponse {
        try change(context) { id, caller, form, forms in
            guard let feedback = VisMonJobWeb.feedback(from: form, forms: &forms) else { return nil }
            return try context.workflows.leaveFeedback(feedback, on: id, by: caller)
        }
    }

    /// One change of the pair by its ambassador: back to the page (303), or the page with the
    /// refusal (422 tied to a field, 409 otherwise). `apply` returns nil when the form itself is refused.
    private static func change(
        _ context: WebContext,
        _ apply: (PairID, Caller, HTTPQuery, inout VisMonJobWeb.PairForms) throws -> PairDetails?
    )
        throws -> HTTPResponse
    {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try pairID(context)
        var forms = VisMonJobWeb.PairForms()
        func again(_ error: String?, _ status: Int) throws -> HTTPResponse {
            try page(
                context, details: try context.workflows.pair(id, by: .user(user)), error: error, forms: forms,
                status: HTTPStatus(code: status))
        }
        do {
            guard try apply(id, .user(user), form, &forms) != nil else { return try again(nil, 422) }
            return WebResponse.seeOther("/vis-mon-job/pairs/\(id.rawValue)")
        } catch let error as VisMonJobError {
            return VisMonJobWeb.tie(error, to: &forms)
                ? try again(nil, 422) : try again(FrenchMessages.visMonJob(error), 409)
        } catch is StaleRevisionError {
            return try again("le binôme a changé entre-temps : relisez la page et recommencez.", 409)
        }
    }

    private static func page(
        _ context: WebContext, details: PairDetails, error: String?,
        forms: VisMonJobWeb.PairForms = .init(), status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let edition = try context.workflows.edition(details.pair.value.editionID).value
        let today = context.workflows.clock.now.utcDate
        let action = "/vis-mon-job/pairs/\(details.pair.value.id.rawValue)"
        // The ambassador's side gets the student's contact only; the operator sees both and is no side.
        let isAmbassador = details.ambassador == nil
        let dates =
            isAmbassador
            ? VisMonJobWeb.dateSection(
                details.pair, side: .ambassador, edition: edition, today: today,
                action: action + "/date", hidden: context.csrfField,
                error: forms.dateError) : nil
        let feedback =
            isAmbassador
            ? VisMonJobWeb.feedbackSection(
                details, side: .ambassador, edition: edition, today: today,
                action: action + "/avis", hidden: context.csrfField,
                forms: forms) : nil
        let main: HTML = """
            <h1>Binôme Vis mon job</h1>
            \(WebLayout.alert(error))
            <h2>Le binôme</h2>
            <ul class="cards">\(VisMonJobAmbassadorPage.pairCard(details))</ul>
            \(AgendaDownloads.link(WebPaths.visMonJobPairCalendar(details.pair.value.id.rawValue)))
            \(dates)
            \(feedback)
            <p><a href="/vis-mon-job/ambassadeur">Mon espace ambassadeur</a></p>
            """
        return WebResponse.page(
            WebLayout.page(
                "Binôme Vis mon job", context: context, trail: [("Vis mon job", "/vis-mon-job")], main: main),
            context: context,
            status: status)
    }

    private static func pairID(_ context: WebContext) throws -> PairID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = PairID(raw), id.rawValue > 0 else { throw NotFoundError("pair", key: raw) }
        return id
    }
}
