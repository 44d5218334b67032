import Domain
import Foundation
import HTML
import HTTP
import Notifications
import Workflows

/// Sign-in by a one-time link: `/connexion` takes the address and answers before looking it up
/// (the ``SignInLinkQueue`` then creates the link and queues the e-mail, so the answer takes the
/// same time whether or not the address has an account);
/// `/connexion/lien?jeton=…` (the link) shows a button whose POST uses the link and opens the
/// session (a GET changes nothing, so a mail scanner that follows links does not use it);
/// `/deconnexion` ends the session. A page that needs a session sends its visitor here with
/// `?retour=<its path>`, which the form, the e-mailed link and its button carry along, so that
/// signing in goes back to that page (only a local path: ``WebPaths/localReturnPath(_:)``);
/// without one, the person lands on their space (``WebPaths/space``).
enum SignInPage {
    static func render(_ context: WebContext) -> HTTPResponse {
        form(
            context, email: "", error: nil, next: WebPaths.localReturnPath(context.http.query[WebPaths.returnParameter])
        )
    }

    /// The hidden field that carries the page to go back to, when there is one.
    static func returnField(_ next: String?) -> HTML {
        guard let next else { return .empty }
        return "<input type=\"hidden\" name=\"\(WebPaths.returnParameter)\" value=\"\(next)\">"
    }

    static func request(_ context: WebContext, links: SignInLinkQueue) throws -> HTTPResponse {
        let form = try context.form()
        let next = WebPaths.localReturnPath(form[WebPaths.returnParameter])
        let text = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let email = try? EmailAddress(text) else {
            return self.form(
                context, email: text,
                error: "saisissez une adresse électronique valide, par exemple prenom.nom@exemple.gouv.fr.",
                next: next, status: HTTPStatus(code: 422))
        }
        // The same answer, after the same work, whether or not an account has this address (no
        // account enumeration, not even by timing): nothing is looked up before answering.
        links.submit(email, next: next)
        let main: HTML = """
            <h1>Vérifiez votre messagerie</h1>
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status"><p>Si un compte existe pour l'adresse \(email.value), un lien de connexion vient de lui être envoyé. Il est valable \(Workflows.signInLinkLifetimeMinutes) minutes et ne sert qu'une fois.</p></div>
            <p>Pas encore de compte ? Agent public, <a href="\(WebPaths.signUp)">créez-le avec votre adresse professionnelle</a>.</p>
            <p><a href="\(WebPaths.signIn(returningTo: next))">Demander un nouveau lien</a></p>
            """
        return WebResponse.page(WebLayout.page("Lien envoyé", context: context, main: main), context: context)
    }

    static func confirm(_ context: WebContext) -> HTTPResponse {
        let token = context.http.query["jeton"] ?? ""
        let main: HTML = """
            <h1>Connexion</h1>
            <p>Confirmez votre connexion à Partagez vos talents numériques.</p>
            <form method="post" action="/connexion/lien">
            \(context.csrfField)
            <input type="hidden" name="jeton" value="\(token)">
            \(returnField(WebPaths.localReturnPath(context.http.query[WebPaths.returnParameter])))
            <button class="fr-btn" type="submit">Me connecter</button>
            </form>
            """
        return WebResponse.page(WebLayout.page("Connexion", context: context, main: main), context: context)
    }

    static func signIn(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        do {
            let session = try context.workflows.signIn(linkToken: form["jeton"] ?? "")
            let maxAge = Workflows.webSessionLifetimeHours * 3600
            // Back to the page that asked for the session, else to the person's space.
            let next = WebPaths.localReturnPath(form[WebPaths.returnParameter]) ?? WebPaths.space
            return WebResponse.seeOther(
                next,
                cookies: [context.cookie(WebContext.sessionCookie, session.token, maxAge: maxAge)])
        } catch WebSignInError.invalidLink {
            let main: HTML = """
                <h1>Lien invalide</h1>
                \(WebLayout.alert("Ce lien de connexion a expiré ou a déjà servi."))
                <p><a href="/connexion">Demander un nouveau lien</a></p>
                """
            return WebResponse.page(
                WebLayout.page("Lien invalide", context: context, main: main), context: context,
                status: HTTPStatus(code: 400))
        }
    }

    static func signOut(_ context: WebContext) throws -> HTTPResponse {
        _ = try context.form()
        if let token = context.sessionToken { try context.workflows.signOut(sessionToken: token) }
        return WebResponse.seeOther("/", cookies: [context.cookie(WebContext.sessionCookie, "", maxAge: 0)])
    }

    private static func form(
        _ context: WebContext, email: String, error: String?, next: String?,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let notice: HTML? =
            next == nil
            ? nil
            : "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>Connectez-vous pour accéder à cette page : le lien reçu par courriel vous y ramènera.</p></div>"
        let main: HTML = """
            <h1>Se connecter</h1>
            \(notice)
            <p>Recevez un lien de connexion par courriel : pas de mot de passe à retenir.</p>
            <form method="post" action="/connexion" novalidate>
            \(context.csrfField)
            \(returnField(next))
            \(WebField.input("email", label: "Adresse électronique professionnelle", hint: "Par exemple prenom.nom@exemple.gouv.fr",
                             type: "email", value: email, autocomplete: "email", error: error, required: true))
            <button class="fr-btn" type="submit">Recevoir un lien de connexion</button>
            </form>
            <h2>Pas encore de compte ?</h2>
            <p>Agent public, créez votre compte avec votre adresse électronique professionnelle.</p>
            <p><a href="\(WebPaths.signUp)">Créer mon compte</a></p>
            """
        return WebResponse.page(
            WebLayout.page("Se connecter", context: context, main: main), context: context, status: status)
    }
}
