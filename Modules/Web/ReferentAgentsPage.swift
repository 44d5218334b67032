import Domain
import HTML
import HTTP
import Workflows

/// `/referent/agents-a-confirmer`: every agent who names the referent's administration (or one
/// under it) as employer and waits for its confirmation, paginated, each with the form that
/// confirms it (Workflows `employmentsToConfirm`, `confirmEmployment`). The domain has no
/// refusal: an agent who named the wrong administration corrects their profile.
enum ReferentAgentsPage {
    static let path = "/referent/agents-a-confirmer"

    static func render(_ context: WebContext, error: String? = nil, status: HTTPStatus = .ok) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let waiting = try context.workflows.employmentsToConfirm(by: .user(user))
        let pages = ListPagination(context.http.query["page"], total: waiting.count)
        let rows = pages.slice(waiting).map { item -> HTML in
            """
            <tr><td>\(item.user.displayName)</td><td>\(WebFormat.administration(item.employer))</td>
            <td>\(item.talent.profile.lineManager.name)</td>
            <td><form method="post" action="\(path)/\(item.talent.id.rawValue)/confirmer">\(WebField.hidden(context, revision: item.revision))
            <input type="hidden" name="page" value="\(pages.page)">
            <button class="fr-btn fr-btn--sm" type="submit">Confirmer<span class="visually-hidden"> l’emploi de \(item.user.displayName)</span></button></form></td></tr>
            """
        }
        let main: HTML = """
            <h1>Agents dont l’emploi est à confirmer</h1>
            \(WebLayout.alert(error.map { "Erreur : \($0)" }, id: "page-erreur"))
            <p>Les agents qui déclarent travailler dans votre administration (ou dans une administration qui en relève). Une convention ne se rédige qu’une fois leur emploi confirmé : c’est leur administration qui émet l’ordre de mission et reçoit les crédits. Un agent qui s’est trompé d’administration corrige son profil.</p>
            <p>\(waiting.isEmpty ? "Aucun emploi n’attend de confirmation." : "\(waiting.count) agent\(waiting.count > 1 ? "s" : "") en attente\(pages.pageCount > 1 ? ", page \(pages.page) sur \(pages.pageCount)" : "").")</p>
            \(rows.isEmpty ? nil : WebLayout.table(
                "Agents dont l’emploi est à confirmer", columns: ["Agent", "Administration déclarée", "Responsable hiérarchique déclaré", "Action"],
                rows: Array(rows)))
            \(pages.links(path, []))
            """
        return WebResponse.page(
            WebLayout.page("Agents dont l’emploi est à confirmer", context: context, main: main), context: context,
            status: status)
    }

    /// POST `/referent/agents-a-confirmer/{id}/confirmer` (`revision`, `page`): confirms the
    /// agent's employment, then shows the list again at the same page.
    static func confirm(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = TalentID(raw), id.rawValue > 0 else { throw NotFoundError("talent", key: raw) }
        do {
            _ = try context.workflows.confirmEmployment(
                of: id, expectedRevision: form["revision"].flatMap { Int($0) }, by: .user(user))
        } catch is TalentError {
            // Confirmed meanwhile by another referent, or changed: the list shows where it stands.
        } catch is StaleRevisionError {
            return try render(
                context, error: "le profil de l’agent a changé entre-temps : relisez la liste et recommencez.",
                status: HTTPStatus(code: 409))
        }
        let page = form["page"].flatMap { Int($0) }.map { $0 > 1 ? "?page=\($0)" : "" } ?? ""
        return WebResponse.seeOther(path + page)
    }
}
