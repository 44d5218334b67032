import Domain
import Foundation
import HTML
import HTTP
import Notifications
import Workflows

/// `/espace-responsable/candidatures`: the applications awaiting the mission owner, oldest due
/// first, with the days left of the 14 to answer, and the forms to propose an exchange, accept or
/// decline (`/candidatures/{id}/echange|accepter|decliner`, each carrying the revision read).
enum OwnerApplicationsPage {
    static func render(
        _ context: WebContext, errors: [ApplicationID: String] = [:],
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        // Filters: the stage (sent, exchange proposed, or both) and the late ones only; a page of
        // twenty, then the next from the cursor (an edited cursor gives the first page).
        let query = context.http.query
        let stage = query["etape"].flatMap { ApplicationStatus(rawValue: $0) }
            .flatMap { [.submitted, .interviewProposed].contains($0) ? $0 : nil }
        let late = query["retard"] == "oui"
        func page(after cursor: String?) throws -> ApplicationPage {
            let search = ApplicationSearch(
                statuses: stage.map { [$0] } ?? [.submitted, .interviewProposed], overdue: late ? true : nil,
                limit: WebPagination.pageSize, cursor: cursor)
            return try context.workflows.receivedApplications(matching: search, by: .user(user))
        }
        let listed = try (try? page(after: query["suite"])) ?? page(after: nil)
        let items = listed.items.map { item($0, context: context, error: errors[$0.application.id]) }
        let filters = [("etape", stage?.rawValue), ("retard", late ? "oui" : nil)]
        let pagination = WebPagination.following(
            first: query["suite"] == nil ? nil : URLQuery.link(WebPaths.ownerApplications, filters),
            next: listed.nextCursor.map { URLQuery.link(WebPaths.ownerApplications, filters + [("suite", $0)]) })
        let stages = [
            (value: "", text: "Toutes"), (value: ApplicationStatus.submitted.rawValue, text: "Envoyées, sans réponse"),
            (value: ApplicationStatus.interviewProposed.rawValue, text: "Échange proposé")
        ]
        let main: HTML = """
            <h1>Candidatures à mes missions</h1>
            <p>Vous avez \(Application.answerPeriodDays) jours pour répondre à chaque candidature : proposer un échange, l'accepter ou la décliner avec un motif. Les plus proches de leur échéance sont en premier.</p>
            <form method="get" action="\(WebPaths.ownerApplications)" aria-label="Filtrer les candidatures">
            <div class="filters">
            \(WebField.select("etape", label: "Étape", options: stages, selected: stage?.rawValue ?? "", error: nil))
            \(WebField.select("retard", label: "Échéance", options: [(value: "", text: "Toutes"), (value: "oui", text: "En retard seulement")],
                              selected: late ? "oui" : "", error: nil))
            </div>
            <button class="fr-btn" type="submit">Filtrer</button>
            </form>
            \(items.isEmpty ? "<p>Aucune candidature n'attend de réponse.</p>" as HTML : "<ol class=\"cards\">\(HTML.joined(items))</ol>")
            \(pagination)
            """
        return WebResponse.page(
            WebLayout.page("Candidatures à mes missions", context: context, main: main),
            context: context, status: status)
    }

    private static func item(_ view: ApplicationView, context: WebContext, error: String?) -> HTML {
        let application = view.application
        let id = application.id.rawValue
        let due = countdown(daysLeft: view.daysLeft, dueAt: application.dueAt)
        return """
            <li class="card" id="candidature-\(id)">
            <h2><a href="/missions/\(application.missionID.rawValue)">\(view.missionTitle)</a></h2>
            <p class="meta">Candidature de \(view.applicant?.displayName ?? "") · \(WebFormat.badge(application.state.status)) · \(due)</p>
            \(WebLayout.fieldError("candidature-\(id)", error))
            <p>\(application.motivation)</p>
            <p><a class="fr-link" href="\(OwnerApplicationPage.path(application.id))">Voir les compétences, la disponibilité et la présentation de \(view.applicant?.displayName ?? "ce talent")</a></p>
            \(answerForms(application.id, revision: view.revision, context: context, hasError: error != nil))
            </li>
            """
    }

    /// The days left to answer, or how late the answer is.
    static func countdown(daysLeft left: Int, dueAt: Instant) -> HTML {
        left > 0
            ? "<strong>\(left) jour\(left > 1 ? "s" : "") restant\(left > 1 ? "s" : "")</strong> (échéance le \(WebFormat.instant(dueAt)))"
            : "<strong>En retard</strong> depuis le \(WebFormat.instant(dueAt))"
    }

    /// The three answer forms of application `id` (accept, propose an exchange, decline), each
    /// carrying the revision read; `fromReview` sends the answer back to the application's own
    /// page (``OwnerApplicationPage``) rather than to the list. `hasError` ties the date field to
    /// the error shown above the forms (`candidature-<id>-erreur`).
    static func answerForms(
        _ id: ApplicationID, revision: Int, context: WebContext, hasError: Bool, fromReview: Bool = false
    ) -> HTML {
        let id = id.rawValue
        let hidden: HTML =
            fromReview
            ? "\(WebField.hidden(context, revision: revision))<input type=\"hidden\" name=\"depuis\" value=\"fiche\">"
            : WebField.hidden(context, revision: revision)
        // The date field names the error of the whole application (shown above the forms), not
        // an error of its own, so it is written here rather than by WebField.
        let described: HTML = hasError ? " aria-describedby=\"candidature-\(id)-erreur\"" : .empty
        let reasons = ReasonCode.allCases.map { (value: $0.rawValue, text: $0.label) }
        return """
            <form method="post" action="/candidatures/\(id)/accepter">\(hidden)<button class="fr-btn" type="submit">Accepter</button></form>
            <form method="post" action="/candidatures/\(id)/echange">\(hidden)
            <div class="fr-input-group"><label class="fr-label" for="echange-\(id)-date">Date et heure de l'échange<span class="fr-hint-text">Heure de Paris</span></label>
            <input class="fr-input" type="datetime-local" id="echange-\(id)-date" name="date" required\(described)></div>
            \(WebField.input("echange-\(id)-moyen", name: "moyen", label: "Moyen",
                             hint: "Par exemple : visioconférence, téléphone, sur place", value: "", error: nil, required: true))
            <button class="fr-btn fr-btn--secondary" type="submit">Proposer un échange</button></form>
            <form method="post" action="/candidatures/\(id)/decliner">\(hidden)
            \(WebField.select("motif-\(id)", name: "motif", label: "Motif du refus", options: reasons, selected: nil, error: nil))
            \(WebField.input("precision-\(id)", name: "precision", label: "Précision", hint: "Obligatoire pour le motif « Autre »",
                             value: "", error: nil))
            <button class="fr-btn fr-btn--secondary" type="submit">Décliner</button></form>
            """
    }

    /// POST `/candidatures/{id}/accepter|echange|decliner`: the answer (accepting and declining
    /// once confirmed), then back to the list.
    static func answer(_ context: WebContext, _ action: String) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = ApplicationID(raw), id.rawValue > 0 else { throw NotFoundError("application", key: raw) }
        let revision = form["revision"].flatMap { Int($0) }
        // The application's own page sends its answers back to itself, errors included.
        let fromReview = form["depuis"] == "fiche"
        let back = fromReview ? OwnerApplicationPage.path(id) : "/espace-responsable/candidatures"
        func refused(_ message: String, status: Int) throws -> HTTPResponse {
            fromReview
                ? try OwnerApplicationPage.render(context, error: message, status: HTTPStatus(code: status))
                : try render(context, errors: [id: message], status: HTTPStatus(code: status))
        }
        // Accepting and declining are final: one more page to confirm.
        if action != "echange", !WebConfirmation.confirmed(form) {
            let view = try context.workflows.application(id, by: .user(user))
            let who = view.applicant?.displayName ?? "ce talent"
            return action == "accepter"
                ? WebConfirmation.page(
                    context, form: form, question: "Accepter la candidature de \(who) ?",
                    consequence:
                        "Vous retenez \(who) pour la mission « \(view.missionTitle) ». La réponse est définitive et lui est envoyée ; vous rédigerez ensuite la convention.",
                    confirm: "Accepter la candidature", back: back)
                : WebConfirmation.page(
                    context, form: form, question: "Décliner la candidature de \(who) ?",
                    consequence: "La réponse est définitive et est envoyée à \(who) avec le motif choisi.",
                    confirm: "Décliner la candidature", back: back)
        }
        do {
            switch action {
            case "accepter":
                _ = try context.workflows.acceptApplication(id, expectedRevision: revision, by: .user(user))
            case "decliner":
                let code = ReasonCode(rawValue: form["motif"] ?? "") ?? .other
                let text = form["precision"].flatMap { $0.isEmpty ? nil : $0 }
                _ = try context.workflows.declineApplication(
                    id, reason: try CodedReason(code, text: text),
                    expectedRevision: revision, by: .user(user))
            default:
                guard let at = parisInstant(form["date"] ?? "") else {
                    return try refused("indiquez la date et l'heure de l'échange.", status: 422)
                }
                _ = try context.workflows.proposeInterview(
                    Interview(at: at, means: form["moyen"] ?? ""), for: id,
                    expectedRevision: revision, by: .user(user))
            }
        } catch let error as ApplicationError {
            return try refused(FrenchMessages.application(error), status: 422)
        } catch is StaleRevisionError {
            return try refused("la candidature a changé entre-temps : vérifiez-la et recommencez.", status: 409)
        }
        return WebResponse.seeOther(back)
    }

    /// `2026-12-01T14:30` (an HTML `datetime-local` value) in Paris time.
    static func parisInstant(_ text: String) -> Instant? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        guard let date = formatter.date(from: text) else { return nil }
        return Instant(millisecondsSinceEpoch: Int64(date.timeIntervalSince1970 * 1000))
    }
}
