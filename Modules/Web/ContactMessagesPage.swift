import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/console/messages`: the operator reads the messages written to the programme team (issue
/// #22), those waiting first, filtered by state and shown page by page, and marks each "traité"
/// once answered (or waiting again). Over Workflows `contactMessages` and `markContactMessage`.
enum ContactMessagesPage {
    static let path = WebPaths.contactMessages
    /// The state filter: its query value, its label, and the `handled` it asks for.
    static let states: [(value: String, text: String, handled: Bool?)] = [
        ("", "Tous", nil), ("attente", "En attente", false), ("traite", "Traités", true)
    ]

    /// GET `/console/messages`.
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let state = states.first { $0.value == (context.http.query["etat"] ?? "") } ?? states[0]
        let page = min(WebPagination.pageNumber(context), 100_000)
        let found = try context.workflows.contactMessages(
            handled: state.handled, limit: WebPagination.pageSize, offset: (page - 1) * WebPagination.pageSize,
            by: .user(user))
        let rows = found.messages.map { row($0, context: context) }
        let notice: HTML? =
            switch context.http.query["fait"] {
            case "traite":
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Le message est marqué traité.</p></div>"
            case "rouvert":
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Le message attend de nouveau une réponse.</p></div>"
            default: nil
            }
        let link = { (number: Int) in
            URLQuery.link(path, [("etat", state.value.isEmpty ? nil : state.value), ("page", String(number))])
        }
        let main: HTML = """
            <h1>Messages à l'équipe du programme</h1>
            \(notice)
            <p>Les messages du formulaire « Contactez-nous ». Répondez par courriel à l'adresse indiquée, puis marquez le message traité.</p>
            <form method="get" action="\(path)" class="fr-mb-3w">
            \(WebField.select("etat", label: "État", options: states.map { (value: $0.value, text: $0.text) }, selected: state.value, error: nil))
            <button class="fr-btn fr-btn--secondary" type="submit">Filtrer</button>
            </form>
            \(rows.isEmpty ? "<p>Aucun message.</p>" as HTML : WebLayout.table("Messages à l'équipe (\(found.total))", columns: ["Reçu le", "De", "Sujet", "Message", "État"], rows: rows))
            \(WebPagination.numbered(current: page, count: WebPagination.pageCount(found.total), href: link))
            """
        return WebResponse.page(
            WebLayout.page(
                "Messages à l'équipe du programme", context: context, trail: [("Console", ConsolePage.path)],
                main: main), context: context)
    }

    /// POST `/console/messages/{id}/traite` (`handled`) or `/rouvrir`: marks the message, then back
    /// to the list (303).
    static func mark(_ context: WebContext, handled: Bool) throws -> HTTPResponse {
        let user = try context.signedInUser()
        _ = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let number = Int64(raw), number > 0 else { throw NotFoundError("contact-message", key: raw) }
        _ = try context.workflows.markContactMessage(ContactMessageID(number), handled: handled, by: .user(user))
        return WebResponse.seeOther(path + (handled ? "?fait=traite" : "?fait=rouvert"))
    }

    private static func row(_ message: ContactMessage, context: WebContext) -> HTML {
        let id = message.id.rawValue
        let state: HTML =
            if let handled = message.handledAt {
                """
                \(WebLayout.badge("Traité", .success)) <span class="fr-hint-text">le \(WebFormat.instant(handled))</span>
                <form method="post" action="\(path)/\(id)/rouvrir">\(context.csrfField)
                <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit" aria-label="Remettre en attente le message n° \(id)">Remettre en attente</button></form>
                """
            } else {
                """
                \(WebLayout.badge("En attente", .new))
                <form method="post" action="\(path)/\(id)/traite">\(context.csrfField)
                <button class="fr-btn fr-btn--sm" type="submit" aria-label="Marquer traité le message n° \(id)">Marquer traité</button></form>
                """
            }
        return """
            <tr id="message-\(id)"><td>\(WebFormat.instant(message.receivedAt))</td>
            <td>\(message.name)<br><a href="mailto:\(message.email.value)">\(message.email.value)</a>\(message.userID == nil ? "" : " (compte)")</td>
            <td>\(FrenchMessages.contactSubject(message.subject))</td>
            <td>\(message.text)</td>
            <td>\(state)</td></tr>
            """
    }
}
