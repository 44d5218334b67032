import Domain
import HTML
import HTTP
import Workflows

/// `/espace-responsable/missions`: the owner's missions in every state, newest first, the link
/// to propose one, and for each draft the form that submits it for moderation
/// (`/espace-responsable/missions/{id}/soumettre`, Workflows `submitMission`, with the revision read);
/// for a published mission the link to the talents recommended for it and the form that closes it
/// as filled (`…/cloturer`), and for any mission not closed yet the form that cancels it
/// (`…/annuler`), both confirmed first (Workflows `closeMission`).
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
            // The forms need the revision: one read per mission not closed yet.
            let revision =
                mission.state.isClosed ? nil : try context.workflows.mission(mission.id, by: .user(user)).revision
            return row(
                mission, revision: revision, context: context, error: error?.id == mission.id ? error?.message : nil)
        }
        let notice: HTML? =
            switch context.http.query.first(where: {
                ["enregistree", "soumise", "cloturee", "annulee"].contains($0.name)
            })?
            .name
            {
            case "enregistree":
                "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>Le brouillon est enregistré. Soumettez-le quand il est prêt.</p></div>"
            case "soumise":
                "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>La mission est soumise : l'opérateur du programme la relit avant de la publier.</p></div>"
            case "cloturee":
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>La mission est close comme pourvue : elle ne reçoit plus de candidatures.</p></div>"
            case "annulee":
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>La mission est annulée : elle ne reçoit plus de candidatures.</p></div>"
            default: nil
            }
        let table: HTML =
            rows.isEmpty
            ? "<p>Vous n'avez pas encore proposé de mission.</p>"
            : """
            \(WebLayout.table("Mes missions, la plus récente en premier",
                                columns: ["Mission", "État", "Période", "Candidatures jusqu'au", "Action"], rows: rows))
            """
        let next = WebPagination.following(
            first: cursor == nil ? nil : path, next: page.nextCursor.map { URLQuery.link(path, [("suite", $0)]) })
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
        let action: HTML = revision.map { actions(mission, revision: $0, context: context) } ?? "—"
        return """
            <tr><td>\(link)\(rejection)\(WebLayout.fieldError("mission-\(id)", error))</td>
            <td>\(WebFormat.state(mission.state))</td>
            <td>du \(WebFormat.date(details.window.start)) au \(WebFormat.date(details.window.end))</td>
            <td>\(WebFormat.date(details.applicationDeadline))</td>
            <td>\(action)</td></tr>
            """
    }

    /// The forms of a mission not closed yet, as its state allows them: submit a draft, see the
    /// talents recommended for a published mission and close it as filled, cancel.
    private static func actions(_ mission: Mission, revision: Int, context: WebContext) -> HTML {
        let id = mission.id.rawValue
        let title = mission.details.title
        let hidden = WebField.hidden(context, revision: revision)
        var forms: [HTML] = []
        if MissionAction.submit.isAllowed(from: mission.state) {
            forms.append(
                """
                <form method="post" action="\(path)/\(id)/soumettre">\(hidden)
                <button class="fr-btn fr-btn--sm" type="submit" id="soumettre-\(id)" aria-label="Soumettre à la modération : \(title)">Soumettre à la modération</button></form>
                """)
        }
        if mission.state == .published {
            forms.append(
                """
                <p><a class="fr-link" href="\(RecommendedTalentsPage.path(mission.id))" aria-label="Talents recommandés : \(title)">Talents recommandés</a></p>
                """)
        }
        if MissionAction.closeAsFilled.isAllowed(from: mission.state) {
            forms.append(
                """
                <form method="post" action="\(path)/\(id)/cloturer">\(hidden)
                <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" id="cloturer-\(id)" aria-label="Clore comme pourvue : \(title)">Clore comme pourvue</button></form>
                """)
        }
        if MissionAction.cancel.isAllowed(from: mission.state) {
            forms.append(
                """
                <form method="post" action="\(path)/\(id)/annuler">\(hidden)
                <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit" id="annuler-\(id)" aria-label="Annuler la mission : \(title)">Annuler la mission</button></form>
                """)
        }
        return HTML.joined(forms)
    }

    /// POST `…/cloturer` (as filled) or `…/annuler` (cancelled): a confirmation page first (the
    /// rights checked before it), then the closing, then back to the list with a message.
    static func close(_ context: WebContext, as closure: MissionClosure) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try missionID(context)
        let revision = form["revision"].flatMap { Int($0) }
        if !WebConfirmation.confirmed(form) {
            let action: MissionAction = closure == .filled ? .closeAsFilled : .cancel
            let mission = try context.workflows.mission(id, before: action, by: .user(user)).value
            let title = mission.details.title
            return closure == .filled
                ? WebConfirmation.page(
                    context, form: form, question: "Clore la mission « \(title) » comme pourvue ?",
                    consequence:
                        "La mission quitte le catalogue et ne reçoit plus de candidatures. Les candidatures acceptées et leurs conventions continuent. Ce choix est définitif.",
                    confirm: "Clore la mission", back: path)
                : WebConfirmation.page(
                    context, form: form, question: "Annuler la mission « \(title) » ?",
                    consequence:
                        "La mission est abandonnée : elle quitte le catalogue et ne reçoit plus de candidatures. Ce choix est définitif.",
                    confirm: "Annuler la mission", back: path)
        }
        do {
            _ = try context.workflows.closeMission(id, as: closure, expectedRevision: revision, by: .user(user))
            return WebResponse.seeOther(path + (closure == .filled ? "?cloturee=1" : "?annulee=1"))
        } catch let error as MissionError {
            return try render(context, error: (id, FrenchMessages.mission(error).text), status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            return try render(
                context, error: (id, "la mission a changé entre-temps : vérifiez-la et recommencez."),
                status: HTTPStatus(code: 409))
        }
    }

    /// The `{id}` of the path.
    static func missionID(_ context: WebContext) throws -> MissionID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = MissionID(raw), id.rawValue > 0 else { throw NotFoundError("mission", key: raw) }
        return id
    }
}
