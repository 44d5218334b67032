import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/mes-candidatures`: the signed-in talent's applications, with their state, the date by
/// which the owner must answer, and for an accepted one the link to its agreement once drafted.
enum MyApplicationsPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        // Filter by state; a page of twenty, then the next from the cursor (an edited cursor
        // gives the first page).
        let query = context.http.query
        let status = query["etat"].flatMap { ApplicationStatus(rawValue: $0) }
        func page(after cursor: String?) throws -> ApplicationPage {
            let search = ApplicationSearch(
                statuses: status.map { [$0] } ?? [], limit: WebPagination.pageSize, cursor: cursor)
            return try context.workflows.sentApplications(matching: search, by: .user(user))
        }
        let listed = try (try? page(after: query["suite"])) ?? page(after: nil)
        let views = listed.items
        let filters = [("etat", status?.rawValue)]
        let pagination = WebPagination.following(
            first: query["suite"] == nil ? nil : URLQuery.link(WebPaths.myApplications, filters),
            next: listed.nextCursor.map { URLQuery.link(WebPaths.myApplications, filters + [("suite", $0)]) })
        let states =
            [(value: "", text: "Tous")]
            + ApplicationStatus.allCases.map { (value: $0.rawValue, text: WebFormat.status($0)) }
        let filter: HTML = """
            <form method="get" action="\(WebPaths.myApplications)" aria-label="Filtrer mes candidatures">
            <div class="filters">\(WebField.select("etat", label: "État", options: states, selected: status?.rawValue ?? "", error: nil))</div>
            <button class="fr-btn" type="submit">Filtrer</button>
            </form>
            """
        let agreements =
            views.contains { $0.application.state.status == .accepted }
            ? Dictionary(
                try context.workflows.agreements(by: .user(user)).map { ($0.agreement.applicationID, $0.agreement) },
                uniquingKeysWith: { $0.id.rawValue > $1.id.rawValue ? $0 : $1 })  // the newest
            : [:]
        let rows = views.map { view -> HTML in
            let application = view.application
            let due: HTML =
                application.state.status == .submitted
                ? (view.overdue
                    ? "<strong>En retard</strong> (réponse attendue le \(WebFormat.instant(application.dueAt)))"
                    : "Réponse attendue le \(WebFormat.instant(application.dueAt))")
                : "—"
            let agreement: HTML? = agreements[application.id].map {
                " — <a href=\"/conventions/\($0.id.rawValue)\">Voir la convention</a>"
            }
            return """
                <tr id="candidature-\(application.id.rawValue)"><td><a href="/missions/\(application.missionID.rawValue)">\(view.missionTitle)</a></td>
                <td>\(WebFormat.instant(application.submittedAt))</td><td>\(WebFormat.badge(application.state.status))\(answer(application.state, id: application.id))\(agreement)</td><td>\(due)</td>
                <td>\(withdrawal(view, agreement: agreements[application.id], context: context))</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? (status == nil
                ? "<p>Vous n'avez pas encore de candidature. <a href=\"/missions\">Parcourir les missions</a></p>"
                : "<p>Aucune candidature dans cet état.</p>")
            : """
            \(WebLayout.table("Mes candidatures, la plus proche de son échéance en premier",
                                columns: ["Mission", "Envoyée le", "État", "Échéance de réponse", "Action"], rows: rows))
            """
        // A talent signed in for the first time is invited to create the profile applying needs.
        let profileMissing = try user.has(.talent) && TalentProfilePage.ownProfile(context, user) == nil
        let invitation: HTML? =
            profileMissing
            ? "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\"><p>Votre profil de talent n'est pas encore créé : il est nécessaire pour proposer votre expertise. <a href=\"/mon-profil\">Compléter mon profil</a></p></div>"
            : nil
        let main: HTML = """
            <h1>Mes candidatures</h1>
            \(withdrawnNotice(context))
            \(invitation)
            <p>Le responsable de mission doit vous répondre dans les \(Application.answerPeriodDays) jours.</p>
            \(filter)
            \(table)
            \(pagination)
            """
        return WebResponse.page(WebLayout.page("Mes candidatures", context: context, main: main), context: context)
    }

    /// What the owner's answer says: the exchange's date and means, or the reason given.
    private static func answer(_ state: ApplicationState, id: ApplicationID) -> HTML {
        switch state {
        case .interviewProposed(let interview):
            return """
                <br>Le \(WebFormat.instant(interview.at)), \(interview.means)
                <br><a class="fr-link" href="\(WebPaths.interviewCalendar(id))" download>Ajouter à mon agenda (.ics)</a>
                """
        case .declined(let reason), .withdrawn(let reason):
            return "<br>Motif : \(reason.code.label)\(reason.text.map { " — \($0)" } ?? "")"
        case .submitted, .accepted:
            return .empty
        }
    }
}
