import Domain
import HTML
import HTTP
import Workflows

/// `/ordres-de-mission/{id}`: the mission order of a signed agreement, for whoever may read the
/// agreement; issued by a referent of the talent's administration from the agreement page
/// (POST `/conventions/{id}/ordre-de-mission`, Workflows `issueMissionOrder`).
enum MissionOrderPage {
    static func render(
        _ context: WebContext, errors: [String: String] = [:], values: [String: String] = [:],
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let found = try context.workflows.missionOrderView(try orderID(context), by: .user(user))
        let order = found.order
        let view = found.agreement
        let people = view.people
        let state: HTML =
            order.isInForce
            ? "En vigueur"
            : "Annulé le \(order.cancelledAt.map(WebFormat.instant) ?? "") — motif : \(order.cancellationReason ?? "")"
        let main: HTML = """
            <h1>Ordre de mission \(order.reference.description)</h1>
            \(DocumentPage.links(DocumentPage.orderPaths(order.id), name: "de l’ordre de mission"))
            \(WebLayout.alert(errors["page"].map { "Erreur : \($0)" }, id: "page-erreur"))
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
            \(found.callerMayCancel ? cancelForm(found, context: context, errors: errors, values: values) : nil)
            """
        return WebResponse.page(
            WebLayout.page(
                "Ordre de mission \(order.reference.description)", context: context,
                trail: [("Mes conventions", "/mes-conventions")], main: main),
            context: context, status: status)
    }

    /// The id in the path.
    private static func orderID(_ context: WebContext) throws -> MissionOrderID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = MissionOrderID(raw), id.rawValue > 0 else { throw NotFoundError("mission-order", key: raw) }
        return id
    }

    /// The form that cancels the order in force, with its required reason (Workflows
    /// `cancelMissionOrder`); shown to a referent of the talent's employer and to the operator.
    private static func cancelForm(
        _ found: MissionOrderView, context: WebContext, errors: [String: String], values: [String: String]
    ) -> HTML {
        """
        <h2 id="annulation">Annuler l’ordre de mission</h2>
        <p>L’annulation est définitive : l’ordre garde sa référence et le motif est affiché à toutes les parties. Un nouvel ordre pourra être émis ensuite depuis la convention.</p>
        <form method="post" action="/ordres-de-mission/\(found.order.id.rawValue)/annuler">
        \(WebField.hidden(context, revision: found.revision))
        \(WebField.textarea(
            "motif-annulation", label: "Motif de l’annulation",
            hint: "Obligatoire, \(MissionOrder.maximumReasonLength) caractères au plus ; il sera lu par l’agent et les parties.",
            value: values["motif-annulation"] ?? "", error: errors["motif-annulation"], required: true))
        <button class="fr-btn fr-btn--secondary" type="submit">Annuler l’ordre de mission</button>
        </form>
        """
    }

    /// POST `/ordres-de-mission/{id}/annuler` (`motif-annulation`, `revision`): after the
    /// confirmation step, cancels the order (Workflows `cancelMissionOrder`) and shows it again;
    /// a missing reason is said on the form, the text typed kept.
    static func cancel(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try orderID(context)
        let reason = form["motif-annulation"] ?? ""
        var values: [String: String] = [:]
        for (name, value) in form where name != "csrf" { values[name] = value }
        do {
            if reason.trimmingWhitespace().isEmpty {
                throw MissionOrderError.reasonLength(count: 0)
            }
            guard WebConfirmation.confirmed(form) else {
                // Asked only of who may cancel it (Workflows' ``MissionOrderView/callerMayCancel``).
                let found = try context.workflows.missionOrderView(id, by: .user(user))
                let order = found.order
                guard order.isInForce else { throw MissionOrderError.alreadyCancelled(order.reference) }
                guard found.callerMayCancel else {
                    throw AgreementAccessError.notReferent(action: "cancel a mission order")
                }
                return WebConfirmation.page(
                    context, form: form, question: "Annuler l’ordre de mission \(order.reference.description) ?",
                    consequence:
                        "L’ordre de mission ne sera plus en vigueur : l’agent ne pourra plus travailler sous cet ordre. "
                        + "Cette annulation est définitive. Motif indiqué : « \(reason.trimmingWhitespace()) ».",
                    confirm: "Confirmer l’annulation", back: "/ordres-de-mission/\(id.rawValue)")
            }
            _ = try context.workflows.cancelMissionOrder(
                id, reason: reason, expectedRevision: form["revision"].flatMap { Int($0) }, by: .user(user))
            return WebResponse.seeOther("/ordres-de-mission/\(id.rawValue)")
        } catch {
            guard let message = EngagementMessage.of(error) else { throw error }
            return try render(context, errors: message.errors, values: values, status: message.status)
        }
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
