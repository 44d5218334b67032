import Domain
import HTML
import HTTP
import Reporting
import Workflows

/// `/console`: the operator's console — the moderation queue (submitted missions, each opened
/// at `/console/missions/{id}`), the applications past their 14-day due date across missions,
/// and the programme's key figures. Operators only: the use cases refuse anybody else (403).
enum ConsolePage {
    static let path = "/console"

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let caller = Caller.user(user)
        // The figures first: the use case refuses every caller but the operator.
        let period = ConsolePeriod(context.http.query)
        let figures = try context.workflows.programmeFigures(
            firstDay: period.first, lastDay: period.last, by: caller)
        // A cursor that is not one of ours (an edited link) gives the first page.
        let queue =
            try (try? context.workflows.moderationQueue(after: context.http.query["file"], by: caller))
            ?? context.workflows.moderationQueue(by: caller)
        func overdue(after cursor: String?) throws -> ApplicationPage {
            try context.workflows.applications(
                matching: ApplicationSearch(overdue: true, limit: ApplicationSearch.limits.upperBound, cursor: cursor),
                by: caller)
        }
        let late = try (try? overdue(after: context.http.query["retards"])) ?? overdue(after: nil)
        let now = context.workflows.clock.now
        let main: HTML = """
            <h1>Console de l'opérateur</h1>
            <nav aria-label="Sections de la console"><ul class="inline">
            <li><a href="#moderation">File de modération (\(queue.items.count)\(queue.nextCursor == nil ? "" : "+"))</a></li>
            <li><a href="#retards">Candidatures en retard (\(late.items.count)\(late.nextCursor == nil ? "" : "+"))</a></li>
            <li><a href="#indicateurs">Indicateurs</a></li>
            </ul></nav>
            <nav aria-label="Outils de l'opérateur"><ul class="inline">
            <li><a href="\(UsersPage.path)">Utilisateurs</a></li>
            <li><a href="\(AdministrationsPage.path)">Administrations</a></li>
            <li><a href="\(VisMonJobConsolePage.path)">Vis mon job</a></li>
            <li><a href="\(CorrectionsPage.applicationsPath)">Candidatures déclinées</a></li>
            <li><a href="\(CorrectionsPage.diplomasPath)">Diplômes</a></li>
            <li><a href="\(ContactMessagesPage.path)">Messages à l'équipe du programme</a></li>
            <li><a href="\(ReferentOrdersPage.path)">Ordres de mission</a></li>
            <li><a href="\(ReferentCreditsPage.path)">Comptes de crédits</a></li>
            </ul></nav>
            <h2 id="moderation">File de modération</h2>
            <p>Les missions soumises par leurs responsables, la plus proche de sa date limite de candidature en premier : relisez-les, puis publiez-les ou refusez-les avec un motif.</p>
            \(moderation(queue))
            <h2 id="retards">Candidatures en retard</h2>
            <p>Les candidatures sans réponse \(Application.answerPeriodDays) jours après leur envoi, toutes missions confondues, la plus ancienne échéance en premier.</p>
            \(lateApplications(late))
            <h2 id="indicateurs">Indicateurs du programme</h2>
            \(period.form(path: path))
            <p>Au \(WebFormat.instant(now)), \(period.description).</p>
            \(period.errors.isEmpty ? ConsoleFigures(figures: figures).html : .empty)
            """
        return WebResponse.page(
            WebLayout.page("Console de l'opérateur", context: context, main: main), context: context,
            status: period.errors.isEmpty ? .ok : HTTPStatus(code: 422))
    }

    private static func moderation(_ queue: Workflows.MissionPage) -> HTML {
        guard !queue.items.isEmpty else { return "<p>Aucune mission n'attend de modération.</p>" }
        let rows = queue.items.map { mission -> HTML in
            let details = mission.details
            return """
                <tr><td><a href="\(ModerationPage.path(mission.id))">\(details.title)</a></td>
                <td>\(details.nature.label)</td>
                <td>\(mission.submittedAt.map(WebFormat.instant) ?? "—")</td>
                <td>\(WebFormat.date(details.applicationDeadline))</td></tr>
                """
        }
        let next = WebPagination.following(
            first: nil, next: queue.nextCursor.map { URLQuery.link(path, [("file", $0)]) + "#moderation" },
            label: "Pages de la file de modération")
        let table = WebLayout.table(
            "Missions à modérer", columns: ["Mission", "Nature", "Soumise le", "Candidatures jusqu'au"],
            rows: rows)
        return "\(table)\(next)"
    }

    private static func lateApplications(_ page: ApplicationPage) -> HTML {
        guard !page.items.isEmpty else { return "<p>Aucune candidature n'est en retard.</p>" }
        let rows = page.items.map { view -> HTML in
            let application = view.application
            // Whole days late; the first day counts from the first instant past the due date.
            let days = max(1, -view.daysLeft)
            return """
                <tr><td><a href="/missions/\(application.missionID.rawValue)">\(view.missionTitle)</a></td>
                <td>\(view.applicant?.displayName ?? "—")</td>
                <td>\(WebFormat.instant(application.submittedAt))</td>
                <td>\(WebFormat.instant(application.dueAt))</td>
                <td>\(days) jour\(days > 1 ? "s" : "")</td></tr>
                """
        }
        let next = WebPagination.following(
            first: nil, next: page.nextCursor.map { URLQuery.link(path, [("retards", $0)]) + "#retards" },
            label: "Pages des candidatures en retard")
        let table = WebLayout.table(
            "Candidatures en retard",
            columns: ["Mission", "Candidat", "Envoyée le", "Réponse due le", "Retard"], rows: rows)
        return "\(table)\(next)"
    }
}
