import Domain
import Gamification
import HTML
import HTTP
import Workflows

/// The web front: French pages rendered on the server over the same Workflows as the JSON API.
/// Routes decode the form or query, call a use case and render a page; rights are decided by
/// the use cases. These routes are outside the JSON contract (docs/openapi.yaml): the router
/// keeps them apart (``APIRouter/pages``).
enum WebRoutes {
    static func add(to api: inout APIRouter, singleSignOn: WebSingleSignOn? = nil) {
        WebAssets.add(to: &api)
        let secure = api.workflows.configuration.recognition.issuer.urls.baseURL.hasPrefix("https://")
        let workflows = api.workflows
        func on(_ method: HTTPMethod, _ path: String, _ handler: @escaping @Sendable (WebContext) throws -> HTTPResponse) {
            api.page(method, path) { http in
                let context = try WebContext(http, workflows: workflows, secureCookies: secure, singleSignOn: singleSignOn)
                var response: HTTPResponse
                do {
                    response = try handler(context)
                } catch {
                    response = try errorPage(error, context: context)
                }
                // A session the single-sign-on proxy opened reaches the browser with any response.
                if let cookie = context.sessionCookieHeader { response.headers.append(name: "Set-Cookie", value: cookie) }
                return response
            }
        }
        on(.get, "/") { try HomePage.render($0) }
        on(.get, "/missions") { try CataloguePage.render($0) }
        on(.get, "/missions/{id}") { try MissionPage.render($0) }
        on(.post, "/missions/{id}/candidature") { try MissionPage.apply($0) }
        on(.get, "/connexion") { SignInPage.render($0) }
        on(.post, "/connexion") { try SignInPage.request($0) }
        on(.get, "/connexion/lien") { SignInPage.confirm($0) }
        on(.post, "/connexion/lien") { try SignInPage.signIn($0) }
        on(.post, "/deconnexion") { try SignInPage.signOut($0) }
        on(.get, "/mes-candidatures") { try MyApplicationsPage.render($0) }
        on(.get, "/espace-responsable/candidatures") { try OwnerApplicationsPage.render($0) }
        for action in ["accepter", "decliner", "echange"] {
            on(.post, "/candidatures/{id}/\(action)") { try OwnerApplicationsPage.answer($0, action) }
        }
        // owner space: missions; operator console
        on(.get, OwnerMissionsPage.path) { try OwnerMissionsPage.render($0) }
        on(.get, MissionFormPage.newPath) { try MissionFormPage.renderNew($0) }
        on(.post, MissionFormPage.newPath) { try MissionFormPage.create($0) }
        on(.get, "/espace-responsable/missions/{id}/modifier") { try MissionFormPage.renderEdit($0) }
        on(.post, "/espace-responsable/missions/{id}/modifier") { try MissionFormPage.edit($0) }
        on(.post, "/espace-responsable/missions/{id}/soumettre") { try OwnerMissionsPage.submit($0) }
        on(.get, ConsolePage.path) { try ConsolePage.render($0) }
        on(.get, "/console/missions/{id}") { try ModerationPage.render($0) }
        on(.post, "/console/missions/{id}/publier") { try ModerationPage.publish($0) }
        on(.post, "/console/missions/{id}/refuser") { try ModerationPage.reject($0) }
    }

    /// The page of an error a handler did not render itself; an unexpected error goes on to the
    /// server (a bare, logged 500).
    static func errorPage(_ error: any Error, context: WebContext) throws -> HTTPResponse {
        let status: Int
        let title: String
        let text: String
        switch error {
        case WebError.signInRequired:
            return WebResponse.seeOther("/connexion")
        case WebError.csrfRejected:
            (status, title, text) = (403, "Formulaire refusé",
                                     "Ce formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez.")
        case is NotFoundError:
            (status, title, text) = (404, "Page introuvable", "Cette page n'existe pas ou n'est pas accessible.")
        case let error as any DomainError where error.kind == .notFound:
            (status, title, text) = (404, "Page introuvable", "Cette page n'existe pas ou n'est pas accessible.")
        case let error as any DomainError where error.kind == .forbidden:
            (status, title, text) = (403, "Accès refusé", "Votre compte ne permet pas cette action.")
        default:
            throw error
        }
        let main: HTML = """
            <h1>\(title)</h1>
            <p>\(text)</p>
            <p><a href="/">Retour à l'accueil</a></p>
            """
        return WebResponse.page(WebLayout.page(title, context: context, main: main), context: context,
                                status: HTTPStatus(code: status))
    }
}
