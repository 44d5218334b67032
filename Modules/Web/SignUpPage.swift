import Domain
import Foundation
import HTML
import HTTP
import Notifications
import Workflows

/// `/inscription`: an agent creates their account with their professional address (issue 17).
/// An address outside the allowed domains (``SignUpRules``, `TALENTS_SIGNUP_DOMAINS`) is refused
/// at once with the list of domains — a rule about the address, which tells nothing of accounts.
/// Any other gets the same answer, before any lookup, whether or not it has an account: the
/// ``SignInLinkQueue`` then creates the account if there is none (talent role only) and e-mails
/// the sign-in link, which confirms the address and leads to the profile form (an existing
/// account just gets its sign-in link).
enum SignUpPage {
    static func render(_ context: WebContext) -> HTTPResponse {
        form(context, email: "", error: nil)
    }

    static func request(_ context: WebContext, links: SignInLinkQueue) throws -> HTTPResponse {
        let form = try context.form()
        let text = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let email = try? EmailAddress(text) else {
            return self.form(
                context, email: text,
                error: "saisissez une adresse électronique valide, par exemple prenom.nom@exemple.gouv.fr.",
                status: HTTPStatus(code: 422))
        }
        do {
            try context.workflows.checkSignUpAddress(email)
        } catch SignUpError.domainNotAllowed {
            return self.form(
                context, email: text,
                error: "cette adresse n'est pas une adresse professionnelle acceptée pour créer un compte. "
                    + "Utilisez votre adresse d'agent public, dans l'un des domaines acceptés : \(domains(context)).",
                status: HTTPStatus(code: 422))
        }
        // The same answer, after the same work, whether or not an account has this address.
        links.submitSignUp(email)
        let main: HTML = """
            <h1>Vérifiez votre messagerie</h1>
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status"><p>Un lien vient d'être envoyé à l'adresse \(email.value). Ouvrez-le pour confirmer votre adresse : il est valable \(Workflows.signInLinkLifetimeMinutes) minutes et ne sert qu'une fois.</p>
            <p>Si cette adresse n'a pas encore de compte, il est créé et le lien vous mène à votre profil de talent à compléter ; si elle en a déjà un, le lien vous y connecte.</p></div>
            <p>Rien reçu après quelques minutes ? Vérifiez vos courriels indésirables, puis <a href="\(WebPaths.signUp)">recommencez</a>.</p>
            """
        return WebResponse.page(WebLayout.page("Lien envoyé", context: context, main: main), context: context)
    }

    /// The allowed domains, as a sentence: "gouv.fr et ses sous-domaines, culture.fr…".
    private static func domains(_ context: WebContext) -> String {
        context.workflows.configuration.signUpRules.allowedDomains.map { "\($0) (et ses sous-domaines)" }
            .joined(separator: ", ")
    }

    private static func form(
        _ context: WebContext, email: String, error: String?,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let main: HTML = """
            <h1>Créer mon compte</h1>
            <p>Agent public, proposez vos talents numériques aux administrations. Votre compte se crée avec votre adresse électronique professionnelle (domaines acceptés : \(domains(context))) : vous recevez un lien qui la confirme, puis vous complétez votre profil.</p>
            <form method="post" action="\(WebPaths.signUp)" novalidate>
            \(context.csrfField)
            \(WebField.input("email", label: "Adresse électronique professionnelle", hint: "Par exemple prenom.nom@exemple.gouv.fr",
                             type: "email", value: email, autocomplete: "email", error: error, required: true))
            <button class="fr-btn" type="submit">Créer mon compte</button>
            </form>
            <p>Vous avez déjà un compte ? <a href="\(WebPaths.signIn)">Se connecter</a></p>
            """
        return WebResponse.page(
            WebLayout.page("Créer mon compte", context: context, main: main), context: context, status: status)
    }
}
