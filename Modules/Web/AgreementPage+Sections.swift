import Domain
import HTML
import HTTP
import Workflows

/// The agreement page's sections after the signatures: the mission order, the time reports, the
/// completion and the feedback, with their forms and handlers.
extension AgreementPage {
    /// POST `/conventions/{id}/terminer`: the owner declares the mission completed, once confirmed.
    static func complete(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        guard WebConfirmation.confirmed(form) else {
            return try confirmation(
                context, .complete, form: form, question: "Déclarer la mission terminée ?",
                consequence:
                    "La convention sera close : le temps ne pourra plus être déclaré ni validé. Cette déclaration est définitive.",
                confirm: "Déclarer la mission terminée")
        }
        return try change(context) { user, _, id, revision in
            _ = try context.workflows.completeAgreement(id, expectedRevision: revision, by: .user(user))
            return nil
        }
    }

    /// POST `/conventions/{id}/avis`: the talent or the owner leaves feedback (`avis-note`, `avis-commentaire`).
    static func giveFeedback(_ context: WebContext) throws -> HTTPResponse {
        try change(context) { user, form, id, _ in
            let feedback = NewFeedback(
                rating: Int(form["avis-note"] ?? "") ?? 0, comment: form["avis-commentaire"] ?? "")
            _ = try context.workflows.giveFeedback(feedback, on: id, by: .user(user))
            return nil
        }
    }

    static func orderSection(
        _ view: AgreementView, context: WebContext, errors: [String: String],
        values: [String: String]
    ) -> HTML {
        let agreement = view.agreement
        let body: HTML
        if let order = view.missionOrder {
            body = """
                <p>Ordre de mission <a href="/ordres-de-mission/\(order.id.rawValue)">\(order.reference.description)</a>, du \(WebFormat.date(order.dates.start)) au \(WebFormat.date(order.dates.end)).</p>
                """
        } else if view.availableActions.contains(.issueMissionOrder) {
            let dates = agreement.terms.dates
            body = """
                <form method="post" action="/conventions/\(agreement.id.rawValue)/ordre-de-mission" novalidate>
                \(context.csrfField)
                \(WebField.input("ordre-debut", label: "Premier jour couvert", hint: "Dans les dates de la convention.",
                                 type: "date", value: values["ordre-debut"] ?? dates.start.description,
                                 error: errors["ordre-debut"], required: true))
                \(WebField.input("ordre-fin", label: "Dernier jour couvert", type: "date",
                                 value: values["ordre-fin"] ?? dates.end.description, error: errors["ordre-fin"], required: true))
                <button class="fr-btn" type="submit">Émettre l'ordre de mission</button>
                </form>
                """
        } else if agreement.status == .signed {
            body = "<p>Pas encore émis : un référent de l'administration du talent l'émet.</p>"
        } else if agreement.status == .awaitingSignatures {
            body =
                "<p>Il sera émis par l'administration du talent une fois la convention signée par les trois parties.</p>"
        } else {
            body = "<p>Aucun ordre de mission en vigueur.</p>"
        }
        return "<h2>Ordre de mission</h2>\(body)"
    }

    static func timeSection(_ view: AgreementView) -> HTML {
        let agreement = view.agreement
        guard [.signed, .completed, .interrupted].contains(agreement.status) else { return .empty }
        return """
            <h2>Temps déclaré</h2>
            <p><a href="/conventions/\(agreement.id.rawValue)/temps">Voir le temps déclaré</a> (volume de la convention : \(agreement.terms.hoursBudget) heures)</p>
            """
    }

    static func outcomeSection(
        _ view: AgreementView, context: WebContext, errors: [String: String],
        values: [String: String]
    ) -> HTML {
        let agreement = view.agreement
        let id = agreement.id.rawValue
        if view.availableActions.contains(.complete) {
            return """
                <h2>Fin de mission</h2>
                <form method="post" action="/conventions/\(id)/terminer">
                \(WebField.hidden(context, revision: view.revision))
                <p>Une fois les livrables remis, déclarez la mission terminée : le talent recevra son attestation.</p>
                <button class="fr-btn" type="submit">Déclarer la mission terminée</button>
                </form>
                """
        }
        guard agreement.status == .completed || agreement.status == .interrupted else { return .empty }
        let given = view.feedback.map { feedback -> HTML in
            "<li><strong>\(feedback.side == .talent ? "Talent" : "Responsable de mission")</strong> : \(feedback.rating)/5 — \(feedback.comment)</li>"
        }
        var form: HTML = .empty
        if view.availableActions.contains(.giveFeedback) {
            let ratings = (1...5).reversed().map { (value: String($0), text: "\($0) sur 5") }
            form = """
                <form method="post" action="/conventions/\(id)/avis" novalidate>
                \(context.csrfField)
                \(WebField.select("avis-note", label: "Note", options: ratings, selected: values["avis-note"] ?? "5",
                                  error: errors["avis-note"]))
                \(WebField.textarea("avis-commentaire", label: "Commentaire", hint: "Ce qui a bien fonctionné, ce qui serait à améliorer.",
                                    value: values["avis-commentaire"] ?? "", error: errors["avis-commentaire"], required: true))
                <button class="fr-btn" type="submit">Envoyer mon avis</button>
                </form>
                """
        }
        return """
            <h2>Avis</h2>
            \(given.isEmpty ? "<p>Aucun avis pour l'instant.</p>" as HTML : "<ul>\(HTML.joined(given))</ul>")
            \(form)
            """
    }
}
