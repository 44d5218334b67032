import HTML
import HTTP

/// The confirmation step of an irreversible action, without JavaScript: a POST without
/// `confirmation=oui` answers a page that says what will happen and posts the same fields again
/// with `confirmation=oui`; only that second POST acts.
enum WebConfirmation {
    /// The field that confirms.
    static let field = "confirmation"

    /// Whether `form` confirms the action.
    static func confirmed(_ form: HTTPQuery) -> Bool {
        form[field] == "oui"
    }

    /// The page asking to confirm `question` (its title): `consequence` says what cannot be
    /// undone; the button `confirm` posts the form again, the link goes `back`.
    static func page(
        _ context: WebContext, form: HTTPQuery, question: String, consequence: String, confirm: String,
        back: String
    ) -> HTTPResponse {
        let fields = form.filter { $0.name != "csrf" && $0.name != field }
        let main: HTML = """
            <h1>\(question)</h1>
            <div class="fr-alert fr-alert--warning fr-mb-3w"><p>\(consequence)</p></div>
            <form method="post" action="\(context.http.path)">
            \(context.csrfField)
            \(each: fields, { "<input type=\"hidden\" name=\"\($0.name)\" value=\"\($0.value)\">" as HTML })
            <input type="hidden" name="\(field)" value="oui">
            <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><button class="fr-btn" type="submit">\(confirm)</button></li>
            <li><a class="fr-btn fr-btn--secondary" href="\(back)">Annuler</a></li>
            </ul>
            </form>
            """
        return WebResponse.page(WebLayout.page(question, context: context, main: main), context: context)
    }
}
