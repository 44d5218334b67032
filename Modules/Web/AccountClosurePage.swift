import Domain
import HTML
import HTTP
import Workflows

/// Closing an account (right to erasure, docs/privacy.md): the person from `/mes-donnees`
/// (`POST /mes-donnees/fermer-mon-compte`), the operator on the person's request from the
/// user's page (`POST /utilisateurs/{id}/fermer`); both after a confirmation, both over
/// ``Workflows/closeAccount(of:by:)``. A refusal (an agreement under signature or running) is
/// said in French with a link to the agreement; after their own closure the person is signed
/// out and lands on `/compte-ferme`.
enum AccountClosurePage {
    static let closePath = "/mes-donnees/fermer-mon-compte"
    static let closedPath = "/compte-ferme"

    /// The section of `/mes-donnees` that starts the closure.
    static func section(_ context: WebContext) -> HTML {
        """
        <h2 id="fermer-mon-compte">Fermer mon compte</h2>
        <p>Fermer votre compte efface vos données personnelles : votre nom et votre adresse sont remplacés par « \(AccountClosure.pseudonym) », votre profil, vos textes, vos recherches, vos préférences et vos messages sont supprimés, vos diplômes sont révoqués. Le programme garde, sans votre nom, ce que la loi lui impose : les conventions terminées pour les autres parties, les heures et les crédits, le journal d’audit. Une convention en attente de signatures ou en cours doit d’abord être interrompue.</p>
        <form method="post" action="\(closePath)">\(context.csrfField)
        <button class="fr-btn fr-btn--tertiary" type="submit">Fermer mon compte</button>
        </form>
        """
    }

    /// `POST /mes-donnees/fermer-mon-compte`: the confirmation page, then the closure, the end of
    /// the session and `/compte-ferme` (303); a refusal re-renders the page with its reason (409).
    static func closeOwn(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        guard WebConfirmation.confirmed(form) else {
            return WebConfirmation.page(
                context, form: form, question: "Fermer votre compte ?",
                consequence:
                    "Vos données personnelles seront effacées et vous serez déconnecté : nom, adresse électronique, profil, responsable hiérarchique, motivations, recherches, préférences, messages. Vos diplômes seront révoqués. Cette action est définitive : le compte ne pourra pas être rouvert.",
                confirm: "Fermer définitivement mon compte", back: MyDataPage.path)
        }
        do {
            _ = try context.workflows.closeAccount(of: user.id, by: .user(user))
        } catch let error as AccountClosureError {
            return refusal(context, error, own: true, back: MyDataPage.path)
        }
        return WebResponse.seeOther(closedPath, cookies: [context.cookie(WebContext.sessionCookie, "", maxAge: 0)])
    }

    /// `POST /utilisateurs/{id}/fermer`: the operator closes the account on the person's request,
    /// after a confirmation; back to the user's page (303), or the refusal (409).
    static func closeOnRequest(_ context: WebContext) throws -> HTTPResponse {
        let manager = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = UserID(raw), id.rawValue > 0 else { throw NotFoundError("user", key: raw) }
        try Caller.user(manager).require(.operator, to: "close another person's account")
        let user = try context.workflows.managedUser(id, by: .user(manager))
        guard WebConfirmation.confirmed(form) else {
            return WebConfirmation.page(
                context, form: form, question: "Fermer le compte de \(user.displayName) ?",
                consequence:
                    "À la demande de la personne, ses données personnelles seront effacées (nom et adresse remplacés par « \(AccountClosure.pseudonym) », profil, textes, recherches, messages) et ses diplômes révoqués ; ses sessions et jetons cessent aussitôt. Cette action est définitive.",
                confirm: "Fermer le compte", back: UserPage.path(id))
        }
        do {
            _ = try context.workflows.closeAccount(of: id, by: .user(manager))
        } catch let error as AccountClosureError {
            return refusal(context, error, own: false, back: UserPage.path(id))
        }
        return WebResponse.seeOther(UserPage.path(id))
    }

    /// `GET /compte-ferme`: what happened, for anyone (the person is signed out).
    static func closed(_ context: WebContext) throws -> HTTPResponse {
        let main: HTML = """
            <h1>Votre compte est fermé</h1>
            <div class="fr-alert fr-alert--success fr-mb-3w"><p>Vos données personnelles ont été effacées et vous êtes déconnecté.</p></div>
            <p>Le programme conserve, sans votre nom, ce que la loi lui impose (conventions terminées, heures, crédits, journal d’audit) : la page <a href="/donnees-personnelles">Données personnelles</a> le détaille. Vous pourrez de nouveau participer en créant un compte.</p>
            <p><a href="/">Retour à l’accueil</a></p>
            """
        return WebResponse.page(WebLayout.page("Compte fermé", context: context, main: main), context: context)
    }

    /// The refusal of a closure, in French, naming the agreement to interrupt first.
    private static func refusal(
        _ context: WebContext, _ error: AccountClosureError, own: Bool, back: String
    ) -> HTTPResponse {
        let reason: HTML
        switch error {
        case .agreementInProgress(let id, let title, let status):
            let state = status == .signed ? "en cours" : "en attente de signatures"
            let whose = own ? "Votre compte" : "Ce compte"
            reason = """
                <p>\(whose) ne peut pas être fermé tant que la convention de la mission « <a href="/conventions/\(id.rawValue)">\(title)</a> » est \(state) : \(own ? "interrompez-la" : "elle doit être interrompue") d’abord.</p>
                """
        case .alreadyClosed:
            reason = "<p>Ce compte est déjà fermé.</p>"
        }
        let main: HTML = """
            <h1>Fermeture du compte impossible</h1>
            <div class="fr-alert fr-alert--error fr-mb-3w" role="alert"><h2 class="fr-alert__title">La fermeture n’a pas été faite</h2>\(reason)</div>
            <p><a href="\(back)">Retour</a></p>
            """
        return WebResponse.page(
            WebLayout.page("Fermeture du compte impossible", context: context, main: main), context: context,
            status: HTTPStatus(code: 409))
    }
}
