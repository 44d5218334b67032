import Domain
import HTML
import HTTP
import Workflows

/// `/vis-mon-job/pairs/{id}`: the link of the "pair published" e-mail, sent to both sides.
/// A signed-in ambassador (or the operator) sees the pair (Workflows `pair`, 404 for anyone
/// else); a visitor is told where to go: the student to their private link, the agent to
/// sign in. The student's e-mail cannot carry their token (only its hash is stored).
enum VisMonJobPairPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = PairID(raw), id.rawValue > 0 else { throw NotFoundError("pair", key: raw) }
        let main: HTML
        if let user = context.user {
            let details = try context.workflows.pair(id, by: .user(user))
            main = """
                <h1>Binôme Vis mon job</h1>
                <ul class="cards">\(VisMonJobAmbassadorPage.pairCard(details))</ul>
                <p><a href="/vis-mon-job/ambassadeur">Mon espace ambassadeur</a></p>
                """
        } else {
            main = """
                <h1>Binôme Vis mon job</h1>
                <h2>Vous êtes étudiant ou étudiante</h2>
                <p>Ouvrez le lien personnel donné lors de votre inscription : il présente votre ambassadeur ou ambassadrice, le jour et ce qu'il faut préparer.</p>
                <h2>Vous êtes ambassadeur ou ambassadrice</h2>
                <p><a href="/connexion">Connectez-vous</a>, puis ouvrez <a href="/vis-mon-job/ambassadeur">votre espace ambassadeur</a>.</p>
                """
        }
        return WebResponse.page(WebLayout.page("Binôme Vis mon job", context: context, main: main), context: context)
    }
}
