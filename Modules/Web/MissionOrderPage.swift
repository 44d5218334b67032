import Domain
import HTML
import HTTP
import Workflows

/// `/ordres-de-mission/{id}`: the mission order of a signed agreement, for whoever may read the
/// agreement; issued by a referent of the talent's administration from the agreement page
/// (POST `/conventions/{id}/ordre-de-mission`, Workflows `issueMissionOrder`).
enum MissionOrderPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = MissionOrderID(raw), id.rawValue > 0 else { throw NotFoundError("mission-order", key: raw) }
        let found = try context.workflows.missionOrderView(id, by: .user(user))
        let order = found.order
        let view = found.agreement
        let people = view.people
        let state: HTML =
            order.isInForce
            ? "En vigueur"
            : "Annulé le \(order.cancelledAt.map(WebFormat.instant) ?? "") — motif : \(order.cancellationReason ?? "")"
        let main: HTML = """
            <h1>Ordre de mission \(order.reference.description)</h1>
            <dl class="terms">
            <dt>Référence</dt><dd>\(order.reference.description)</dd>
            <dt>Agent</dt><dd>\(people.talent)</dd>
            <dt>Administration d'emploi</dt><dd>\(WebFormat.administration(people.employer))</dd>
            <dt>Administration bénéficiaire</dt><dd>\(WebFormat.administration(people.beneficiary))</dd>
            <dt>Mission</dt><dd><a href="/missions/\(view.agreement.missionID.rawValue)">\(view.missionTitle)</a></dd>
            <dt>Période couverte</dt><dd>du \(WebFormat.date(order.dates.start)) au \(WebFormat.date(order.dates.end))</dd>
            <dt>Volume d'heures de la convention</dt><dd>\(view.agreement.terms.hoursBudget) heures</dd>
            <dt>Émis</dt><dd>le \(WebFormat.instant(order.issuedAt))\(found.issuedBy.map { " par \($0)" } ?? ""), pour \(WebFormat.administration(people.employer))</dd>
            <dt>État</dt><dd>\(state)</dd>
            </dl>
            <p><a href="/conventions/\(view.agreement.id.rawValue)">Voir la convention</a></p>
            """
        return WebResponse.page(
            WebLayout.page(
                "Ordre de mission \(order.reference.description)", context: context,
                trail: [("Mes conventions", "/mes-conventions")], main: main),
            context: context)
    }

    /// POST `/conventions/{id}/ordre-de-mission` (`ordre-debut`, `ordre-fin`): issues the order,
    /// then shows it.
    static func issue(_ context: WebContext) throws -> HTTPResponse {
        try AgreementPage.change(context) { user, form, id, _ in
            guard let start = WebFormat.parseDate(form["ordre-debut"] ?? "") else {
                throw EngagementMessage(field: "ordre-debut", "indiquez le premier jour couvert.")
            }
            guard let end = WebFormat.parseDate(form["ordre-fin"] ?? "") else {
                throw EngagementMessage(field: "ordre-fin", "indiquez le dernier jour couvert.")
            }
            let order = try context.workflows.issueMissionOrder(
                for: id, dates: DateWindow(start: start, end: end),
                by: .user(user))
            return "/ordres-de-mission/\(order.value.id.rawValue)"
        }
    }
}
