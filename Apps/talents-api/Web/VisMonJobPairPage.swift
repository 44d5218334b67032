import Domain
import HTML
import HTTP
import Persistence
import Workflows

/// `/vis-mon-job/pairs/{id}`: the link of the "pair published" e-mail, sent to both sides.
/// A signed-in ambassador (or the operator) sees the pair (Workflows `pair`, 404 for anyone
/// else), and the ambassador proposes another date (`/vis-mon-job/pairs/{id}/date`) or accepts
/// the student's (`…/date/accepter`); a visitor is told where to go: the student to their
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
                <p><a href="/connexion">Connectez-vous</a>, puis ouvrez <a href="/vis-mon-job/ambassadeur">votre espace ambassadeur</a>.</p>
                """
            return WebResponse.page(WebLayout.page("Binôme Vis mon job", context: context, main: main), context: context)
        }
        return try page(context, details: try context.workflows.pair(id, by: .user(user)), error: nil, dateError: nil)
    }

    /// POST `/vis-mon-job/pairs/{id}/date` (`date`) and `…/date/accepter`, by the ambassador.
    static func changeDate(_ context: WebContext, accept: Bool) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try pairID(context)
        let revision = Int(form["revision"] ?? "")
        do {
            if accept {
                _ = try context.workflows.acceptDate(for: id, expectedRevision: revision, by: .user(user))
            } else {
                guard let date = try? LocalDate(parsing: form["date"] ?? "") else {
                    return try page(context, details: try context.workflows.pair(id, by: .user(user)), error: nil,
                                    dateError: "indiquez une date, par exemple 20/11/2026.", status: HTTPStatus(code: 422))
                }
                _ = try context.workflows.proposeDate(date, for: id, expectedRevision: revision, by: .user(user))
            }
            return WebResponse.seeOther("/vis-mon-job/pairs/\(id.rawValue)")
        } catch let error as VisMonJobError {
            let details = try context.workflows.pair(id, by: .user(user))
            if case .dateOutsideWindow = error {
                return try page(context, details: details, error: nil, dateError: VisMonJobWeb.message(error),
                                status: HTTPStatus(code: 422))
            }
            return try page(context, details: details, error: VisMonJobWeb.message(error), dateError: nil,
                            status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            return try page(context, details: try context.workflows.pair(id, by: .user(user)),
                            error: "le binôme a changé entre-temps : relisez la page et recommencez.", dateError: nil,
                            status: HTTPStatus(code: 409))
        }
    }

    private static func page(_ context: WebContext, details: PairDetails, error: String?, dateError: String?,
                             status: HTTPStatus = .ok) throws -> HTTPResponse {
        let edition = try context.workflows.edition(details.pair.value.editionID).value
        // The ambassador's side gets the student's contact only; the operator sees both and is no side.
        let dates = details.ambassador == nil
            ? VisMonJobWeb.dateSection(details.pair, side: .ambassador, edition: edition,
                                       today: context.workflows.clock.now.utcDate,
                                       action: "/vis-mon-job/pairs/\(details.pair.value.id.rawValue)/date",
                                       hidden: context.csrfField, error: dateError)
            : nil
        let main: HTML = """
            <h1>Binôme Vis mon job</h1>
            \(VisMonJobWeb.alert(error))
            <h2>Le binôme</h2>
            <ul class="cards">\(VisMonJobAmbassadorPage.pairCard(details))</ul>
            \(dates)
            <p><a href="/vis-mon-job/ambassadeur">Mon espace ambassadeur</a></p>
            """
        return WebResponse.page(WebLayout.page("Binôme Vis mon job", context: context, main: main), context: context,
                                status: status)
    }

    private static func pairID(_ context: WebContext) throws -> PairID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = PairID(raw), id.rawValue > 0 else { throw NotFoundError("pair", key: raw) }
        return id
    }
}
