import Domain
import HTML
import HTTP
import Workflows

/// `/espace-responsable/candidatures/{id}`: one application as its mission's owner reads it to
/// choose (``Workflows/applicationReview(_:by:)``): the required skills set against the
/// applicant's levels, their other skills, availability, administration, presentation and
/// motivation, the matching's explanation, and the answer forms while an answer is awaited.
/// Never the line manager; the e-mail address only once accepted (the use case decides).
enum OwnerApplicationPage {
    /// The page of application `id`.
    static func path(_ id: ApplicationID) -> String {
        "/espace-responsable/candidatures/\(id.rawValue)"
    }

    /// GET, or the re-render of an answer refused (`error` above the forms).
    static func render(_ context: WebContext, error: String? = nil, status: HTTPStatus = .ok) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = ApplicationID(raw), id.rawValue > 0 else { throw NotFoundError("application", key: raw) }
        let review = try context.workflows.applicationReview(id, by: .user(user))
        let application = review.application
        let applicant = review.applicant
        let mission = review.mission
        let name = applicant.displayName
        let awaiting = [.submitted, .interviewProposed].contains(application.state.status)
        let employer = applicant.employer.map(WebFormat.administration) ?? "Administration inconnue"
        let explanation: HTML =
            review.explanation.map(TalentSummary.explanation)
                ?? """
                <p>Le rapprochement automatique n'aurait pas proposé ce profil : aucune compétence requise au niveau attendu, ou aucune disponibilité pendant la mission.</p>
                """
        let contact: HTML? = applicant.email.map {
            """
            <h2>Contact</h2>
            <p>Adresse électronique : <a href="mailto:\($0.value)">\($0.value)</a></p>
            <p><a class="fr-link" href="/candidatures/\(id.rawValue)/convention">Rédiger la convention</a></p>
            """
        }
        let answer: HTML? =
            awaiting
            ? """
            <h2>Répondre</h2>
            <p>\(OwnerApplicationsPage.countdown(daysLeft: review.daysLeft, dueAt: application.dueAt))</p>
            \(WebLayout.fieldError("candidature-\(id.rawValue)", error))
            \(OwnerApplicationsPage.answerForms(id, revision: review.revision, context: context, hasError: error != nil, fromReview: true))
            """ : WebLayout.alert(error)
        let main: HTML = """
            <h1>Candidature de \(name)</h1>
            <p class="meta">Mission <a href="/missions/\(mission.id.rawValue)">\(mission.details.title)</a> · \(WebFormat.badge(application.state.status)) · envoyée le \(WebFormat.instant(application.submittedAt))</p>
            <h2>Compétences</h2>
            \(TalentSummary.comparison(review.requiredSkills, caption: "Compétences requises par la mission et niveaux déclarés par \(name)"))
            <h3>Autres compétences déclarées</h3>
            \(TalentSummary.skillTags(review.otherSkills))
            <h2>Profil</h2>
            <dl class="terms">
            <dt>Administration</dt><dd>\(employer)</dd>
            <dt>Statut</dt><dd>\(applicant.status.label)</dd>
            <dt>Département de travail</dt><dd>\(applicant.departement.code)</dd>
            <dt>Disponibilité</dt><dd>\(TalentSummary.availability(applicant.availability))</dd>
            </dl>
            <h3>Présentation</h3>
            <p>\(applicant.presentation.isEmpty ? "Pas de présentation." : applicant.presentation)</p>
            <h2>Motivation</h2>
            <p>\(application.motivation)</p>
            <h2>Explication du rapprochement</h2>
            \(explanation)
            \(contact)
            \(answer)
            <p><a class="fr-link" href="/espace-responsable/candidatures">Toutes les candidatures à mes missions</a></p>
            """
        return WebResponse.page(
            WebLayout.page(
                "Candidature de \(name)", context: context,
                trail: [("Candidatures à mes missions", "/espace-responsable/candidatures")], main: main),
            context: context, status: status)
    }
}
