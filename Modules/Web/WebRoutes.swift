public import API
import Domain
import Gamification
import HTML
import HTTP
import Notifications
public import Workflows

/// The web front: French pages rendered on the server over the same Workflows as the JSON API.
/// Routes decode the form or query, call a use case and render a page; rights are decided by
/// the use cases. These routes are outside the JSON contract (docs/openapi.yaml): the router
/// keeps them apart (``APIRouter/pages``).
public enum WebRoutes {
    /// Declares one page or form: the method, the path template and the handler, which decodes
    /// the request, calls a use case and renders (an error it throws renders as ``errorPage``).
    typealias Register = (
        _ method: HTTPMethod, _ path: String, _ handler: @escaping @Sendable (WebContext) throws -> HTTPResponse
    ) -> Void

    /// The areas that declare their pages in their own file (`WebRoutes+Area.swift`): append `addAreaPages` to the list.
    static var areas: [(Register) -> Void] {
        [
            addPersonalDataPages, addTalentPages, addOwnerPages, addReferentPages, addOperatorPages,
            addVisMonJobPages, addAccountClosurePages, addAgendaPages, addProposalPages, addDocumentPages,
            addQuestionPages
        ]
    }

    /// Adds the pages; `signInLinks` handles the sign-in form's requests after its answer; `legal`
    /// is what the mandatory pages and the footer say. A browser's request that no route matches
    /// gets the French "Page introuvable" in the site's frame (``APIRouter/notFoundPage``).
    public static func add(
        to api: inout APIRouter, singleSignOn: WebSingleSignOn? = nil, signInLinks: SignInLinkQueue,
        legal: WebLegal = WebLegal()
    ) {
        WebAssets.add(to: &api)
        let secure = APIRouter.servesHTTPS(api.workflows)
        let workflows = api.workflows
        api.notFoundPage = { http in
            let context = try WebContext(http, workflows: workflows, secureCookies: secure, legal: legal)
            return try errorPage(NotFoundError("page", key: http.path), context: context)
        }
        func on(
            _ method: HTTPMethod, _ path: String, _ handler: @escaping @Sendable (WebContext) throws -> HTTPResponse
        ) {
            api.page(method, path) { http in
                let context = try WebContext(
                    http, workflows: workflows, secureCookies: secure, singleSignOn: singleSignOn,
                    legal: legal)
                var response: HTTPResponse
                do {
                    response = try handler(context)
                } catch {
                    response = try errorPage(error, context: context)
                }
                // A session the single-sign-on proxy opened reaches the browser with any response.
                if let cookie = context.sessionCookieHeader {
                    response.headers.append(name: "Set-Cookie", value: cookie)
                }
                return response
            }
        }
        for area in areas { area(on) }
        // The diploma's human page, in the site's frame (an HTML 404 too), beside the Open Badges
        // documents of the JSON contract (``BadgeRoutes``).
        api.plain(.get, "/badges/assertions/{id}/verification") { http in
            try DiplomaVerificationPage.render(http, workflows: workflows, legal: legal)
        }
        // the mandatory pages (the operator's text, or the built-in one) and the site map
        for page in WebLegal.pages {
            on(.get, "/\(page)") { try LegalPages.render(page, $0) }
        }
        on(.get, "/plan-du-site") { LegalPages.siteMap($0) }
        on(.get, "/") { try HomePage.render($0) }
        on(.get, "/missions") { try CataloguePage.render($0) }
        on(.get, "/missions/{id}") { try MissionPage.render($0) }
        on(.post, "/missions/{id}/candidature") { try MissionPage.apply($0) }
        on(.get, "/connexion") { SignInPage.render($0) }
        on(.post, "/connexion") { try SignInPage.request($0, links: signInLinks) }
        on(.get, "/connexion/lien") { SignInPage.confirm($0) }
        on(.post, "/connexion/lien") { try SignInPage.signIn($0) }
        on(.post, "/deconnexion") { try SignInPage.signOut($0) }
        on(.get, WebPaths.signUp) { SignUpPage.render($0) }
        on(.post, WebPaths.signUp) { try SignUpPage.request($0, links: signInLinks) }
        on(.get, WebPaths.space) { try MySpacePage.render($0) }
        on(.get, WebPaths.notificationPreferences) { try NotificationPreferencesPage.render($0) }
        on(.post, WebPaths.notificationPreferences) { try NotificationPreferencesPage.save($0) }
        on(.get, "/mes-candidatures") { try MyApplicationsPage.render($0) }
        on(.get, "/espace-responsable/candidatures") { try OwnerApplicationsPage.render($0) }
        for action in ["accepter", "decliner", "echange"] {
            on(.post, "/candidatures/{id}/\(action)") { try OwnerApplicationsPage.answer($0, action) }
        }
        // engagement: agreements, mission orders, time reports
        on(.get, "/mes-conventions") { try MyAgreementsPage.render($0) }
        on(.post, "/agents/{id}/confirmer-emploi") { try MyAgreementsPage.confirmEmployment($0) }
        on(.get, "/candidatures/{id}/convention") { try AgreementDraftPage.render($0) }
        on(.post, "/candidatures/{id}/convention") { try AgreementDraftPage.create($0) }
        on(.get, "/conventions/{id}") { try AgreementPage.render($0) }
        on(.get, "/conventions/{id}/modifier") { try AgreementDraftPage.renderEdit($0) }
        on(.post, "/conventions/{id}/modifier") { try AgreementDraftPage.edit($0) }
        on(.post, "/conventions/{id}/signer") { try AgreementPage.sign($0) }
        on(.post, "/conventions/{id}/refuser") { try AgreementPage.refuse($0) }
        on(.post, "/conventions/{id}/parties") { try AgreementPage.refreshParties($0) }
        on(.post, "/conventions/{id}/terminer") { try AgreementPage.complete($0) }
        on(.post, "/conventions/{id}/avis") { try AgreementPage.giveFeedback($0) }
        on(.post, "/conventions/{id}/ordre-de-mission") { try MissionOrderPage.issue($0) }
        on(.get, "/ordres-de-mission/{id}") { try MissionOrderPage.render($0) }
        on(.get, "/conventions/{id}/temps") { try TimeReportsPage.render($0) }
        on(.post, "/conventions/{id}/temps") { try TimeReportsPage.report($0) }
        on(.post, "/temps/{id}/valider") { try TimeReportsPage.decide($0, validate: true) }
        on(.post, "/temps/{id}/rejeter") { try TimeReportsPage.decide($0, validate: false) }
        // talent pages (profile, pool, distinctions, spotlight; the diploma page is in BadgeRoutes)
        on(.get, "/mon-profil") { try TalentProfilePage.render($0) }
        on(.post, "/mon-profil") { try TalentProfilePage.save($0) }
        on(.post, "/mon-profil/vivier") { try TalentProfilePage.changePool($0, join: true) }
        on(.post, "/mon-profil/vivier/quitter") { try TalentProfilePage.changePool($0, join: false) }
        on(.get, "/mes-distinctions") { try MyDistinctionsPage.render($0) }
        on(.get, "/a-l-honneur") { try SpotlightPage.render($0) }
        on(.post, "/a-l-honneur/participation") { try SpotlightPage.participate($0) }
        // Vis mon job
        on(.get, "/vis-mon-job") { try VisMonJobPage.render($0) }
        on(.post, "/vis-mon-job") { try VisMonJobPage.register($0) }
        on(.get, "/vis-mon-job/inscription-confirmee") { try VisMonJobPage.confirmation($0) }
        on(.get, "/vis-mon-job/inscription-retiree") { VisMonJobStudentPage.withdrawn($0) }
        on(.get, "/vis-mon-job/binome") { try VisMonJobStudentPage.render($0) }
        on(.post, "/vis-mon-job/binome/retrait") { try VisMonJobStudentPage.withdraw($0) }
        on(.post, "/vis-mon-job/binome/date") { try VisMonJobStudentPage.changeDate($0, accept: false) }
        on(.post, "/vis-mon-job/binome/date/accepter") { try VisMonJobStudentPage.changeDate($0, accept: true) }
        on(.post, "/vis-mon-job/binome/avis") { try VisMonJobStudentPage.leaveFeedback($0) }
        on(.get, "/vis-mon-job/pairs/{id}") { try VisMonJobPairPage.render($0) }
        on(.post, "/vis-mon-job/pairs/{id}/date") { try VisMonJobPairPage.changeDate($0, accept: false) }
        on(.post, "/vis-mon-job/pairs/{id}/date/accepter") { try VisMonJobPairPage.changeDate($0, accept: true) }
        on(.post, "/vis-mon-job/pairs/{id}/avis") { try VisMonJobPairPage.leaveFeedback($0) }
        on(.get, "/vis-mon-job/ambassadeur") { try VisMonJobAmbassadorPage.render($0) }
        on(.post, "/vis-mon-job/ambassadeur") { try VisMonJobAmbassadorPage.volunteer($0) }
        on(.post, "/vis-mon-job/coaching/{id}/reservation") { try VisMonJobAmbassadorPage.book($0) }
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
            // A page read while signed out: through sign-in and back to it (a form's POST goes
            // back to nothing, the person lands on their space).
            let next = context.http.method == .get ? context.http.target : nil
            return WebResponse.seeOther(WebPaths.signIn(returningTo: next))
        case WebError.csrfRejected:
            (status, title, text) = (
                403, "Formulaire refusé",
                "Ce formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez."
            )
        case let error as TextInputError:
            // Never typed on purpose (a paste, a forged request): the form is not shown again.
            status = 422
            (title, text) = FrenchMessages.textInput(error)
        case VisMonJobWebError.malformedToken:
            (status, title, text) = (
                400, "Lien incomplet",
                "Ce lien personnel Vis mon job est incomplet : copiez-le en entier depuis la page de confirmation de votre inscription."
            )
        case VisMonJobWebError.unknownToken:
            (status, title, text) = (
                404, "Lien inconnu",
                "Ce lien personnel Vis mon job ne correspond à aucune inscription : elle a peut-être été retirée."
            )
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
        return WebResponse.page(
            WebLayout.page(title, context: context, main: main), context: context,
            status: HTTPStatus(code: status))
    }
}
