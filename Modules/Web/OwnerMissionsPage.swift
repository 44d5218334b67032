import Domain
import HTML
import HTTP
import Workflows

/// `/espace-responsable/missions`: the owner's missions in every state, newest first, the link
/// to propose one, and for each draft the form that submits it for moderation
/// (`/espace-responsable/missions/{id}/soumettre`, Workflows `submitMission`, with the revision read).
enum OwnerMissionsPage {
    static let path = "/espace-responsable/missions"

    static func render(
        _ context: WebContext, error: (id: MissionID, message: String)? = nil,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let cursor = context.http.query["suite"]
        let search = MissionSearch(
            mine: true, sort: MissionSort(.createdAt, descending: true),
            limit: MissionSearch.limits.upperBound,
            after: try? cursor.map(MissionCursor.position(from:)))
        let page = try context.workflows.missions(matching: search, by: .user(user))
        let rows = try page.items.map { mission -> HTML in
            // A draft's form needs its revision: one read per draft, drafts are few.
            let revision =
                mission.state == .draft ? try context.workflows.mission(mission.id, by: .user(user)).revision : nil
            return row(
                mission, revision: revision, context: context, error: error?.id == mission.id ? error?.message : nil)
        }
        let notice: HTML? =
            switch context.http.query.first(where: { $0.name == "enregistree" || $0.name == "soumise" })?.name {
            case "enregistree":
                "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>Le brouillon est enregistré. Soumettez-le quand il est prêt.</p></div>"
            case "soumise":
                "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>La mission est soumise : l'opérateur du programme la relit avant de la publier.</p></div>"
            default: nil
            }
        let table: HTML =
            rows.isEmpty
            ? "<p>Vous n'avez pas encore proposé de mission.</p>"
            : """
            \(WebLayout.table("Mes missions, la plus récente en premier",
                                columns: ["Mission", "État", "Période", "Candidatures jusqu'au", "Action"], rows: rows))
            """
        let next: HTML? = page.nextCursor.map {
            "<p class=\"pagination\"><a href=\"\(URLQuery.link(path, [("suite", $0)]))\" rel=\"next\">Missions suivantes</a></p>"
        }
        let main: HTML = """
            <h1>Mes missions</h1>
            \(notice)
            <p>Rédigez une mission en brouillon, puis soumettez-la : l'opérateur du programme la relit avant de la publier. Les candidatures reçues sont dans <a href="/espace-responsable/candidatures">Candidatures à mes missions</a>.</p>
            <p><a class="fr-btn" href="\(MissionFormPage.newPath)">Proposer une mission</a></p>
            <h2>Missions proposées</h2>
            \(table)
            \(next)
            """
        return WebResponse.page(
            WebLayout.page("Mes missions", context: context, main: main), context: context, status: status)
    }

    /// POST: submits the draft for moderation, then back to the list.
    static func submit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try missionID(context)
        let revision = form["revision"].flatMap { Int($0) }
        do {
            _ = try context.workflows.submitMission(id, expectedRevision: revision, by: .user(user))
            return WebResponse.seeOther(path + "?soumise=1")
        } catch let error as MissionError {
            return try render(context, error: (id, FrenchMessages.mission(error).text), status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            return try render(
                context, error: (id, "la mission a changé entre-temps : vérifiez-la et recommencez."),
                status: HTTPStatus(code: 409))
        }
    }

    private static func row(_ mission: Mission, revision: Int?, context: WebContext, error: String?) -> HTML {
        let details = mission.details
        let id = mission.id.rawValue
        let link: HTML =
            mission.state == .draft
            ? "<a href=\"\(MissionFormPage.editPath(mission.id))\">\(details.title)</a>"
            : "<a href=\"/missions/\(id)\">\(details.title)</a>"
        let rejection: HTML? =
            mission.state == .draft
            ? mission.rejectionReason.map {
                "<p class=\"meta\">Refusée par l'opérateur : \($0)</p>"
            } : nil
        let action: HTML =
            revision.map { revision in
                """
                <form method="post" action="\(path)/\(id)/soumettre">\(context.csrfField)<input type="hidden" name="revision" value="\(revision)">
                <button class="fr-btn" type="submit" id="soumettre-\(id)" aria-label="Soumettre à la modération : \(details.title)">Soumettre à la modération</button></form>
                """
            } ?? "—"
        return """
            <tr><td>\(link)\(rejection)\(WebLayout.fieldError("mission-\(id)", error))</td>
            <td>\(WebFormat.state(mission.state))</td>
            <td>du \(WebFormat.date(details.window.start)) au \(WebFormat.date(details.window.end))</td>
            <td>\(WebFormat.date(details.applicationDeadline))</td>
            <td>\(action)</td></tr>
            """
    }

    /// The `{id}` of the path.
    static func missionID(_ context: WebContext) throws -> MissionID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = MissionID(raw), id.rawValue > 0 else { throw NotFoundError("mission", key: raw) }
        return id
    }
}
