import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/espace-responsable/questions`: the questions agents asked about the owner's missions (every
/// mission for the operator), unanswered first, filtered and shown page by page, each with its
/// answer form, posted to `/questions/{id}/repondre` (Workflows `questionsAboutMyMissions`,
/// `answerQuestion`).
enum OwnerQuestionsPage {
    static let path = WebPaths.ownerQuestions
    /// The filter: its query value, its label, and the `answered` it asks for.
    static let states: [(value: String, text: String, answered: Bool?)] = [
        ("", "Toutes", nil), ("attente", "Sans réponse", false), ("repondues", "Répondues", true)
    ]

    /// GET `/espace-responsable/questions`.
    static func render(_ context: WebContext) throws -> HTTPResponse {
        try render(context, failed: nil)
    }

    /// The list; `failed` is the question whose answer was refused, with what was typed.
    private static func render(
        _ context: WebContext, failed: (id: Int64, text: String, share: Bool, error: String, status: Int)?
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let state = states.first { $0.value == (context.http.query["etat"] ?? "") } ?? states[0]
        let page = min(WebPagination.pageNumber(context), 100_000)
        let found = try context.workflows.questionsAboutMyMissions(
            answered: state.answered, limit: WebPagination.pageSize, offset: (page - 1) * WebPagination.pageSize,
            by: .user(user))
        let items = found.questions.map { view -> HTML in
            let id = view.question.id.rawValue
            let form: HTML? =
                view.question.isAnswered ? nil : answerForm(context, id: id, failed: failed?.id == id ? failed : nil)
            return """
                <li class="fr-mb-4w" id="question-\(id)">
                \(MissionQuestionsWeb.questionBlock(view, headingLevel: 2, showAsker: true))
                \(form)
                </li>
                """
        }
        let notice: HTML? =
            context.http.query["fait"] == "repondu"
            ? "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Votre réponse est envoyée à l'agent.</p></div>"
            : nil
        let link = { (number: Int) in
            URLQuery.link(path, [("etat", state.value.isEmpty ? nil : state.value), ("page", String(number))])
        }
        let main: HTML = """
            <h1>Questions sur mes missions</h1>
            \(notice)
            \(WebLayout.errorSummary("La réponse n'a pas pu être envoyée", errors: failed.map { [(field: "reponse-\($0.id)", message: $0.error)] } ?? []))
            <p>Les agents intéressés par vos missions publiées vous posent leurs questions avant de candidater. Votre réponse leur parvient par courriel et dans leur espace ; votre adresse électronique ne leur est communiquée que si vous le choisissez.</p>
            <form method="get" action="\(path)" class="fr-mb-3w">
            \(WebField.select("etat", label: "Questions", options: states.map { (value: $0.value, text: $0.text) }, selected: state.value, error: nil))
            <button class="fr-btn fr-btn--secondary" type="submit">Filtrer</button>
            </form>
            <p>\(found.total) question(s).</p>
            \(items.isEmpty ? "<p>Aucune question.</p>" as HTML : "<ul class=\"fr-raw-list\">\(HTML.joined(items))</ul>" as HTML)
            \(WebPagination.numbered(current: page, count: WebPagination.pageCount(found.total), href: link))
            """
        return WebResponse.page(
            WebLayout.page("Questions sur mes missions", context: context, main: main), context: context,
            status: HTTPStatus(code: failed?.status ?? 200))
    }

    private static func answerForm(
        _ context: WebContext, id: Int64, failed: (id: Int64, text: String, share: Bool, error: String, status: Int)?
    ) -> HTML {
        """
        <form method="post" action="/questions/\(id)/repondre" novalidate>
        \(context.csrfField)
        \(WebField.textarea("reponse-\(id)", label: "Votre réponse", hint: "\(MissionQuestion.maximumTextLength) caractères au plus.", value: failed?.text ?? "", error: failed?.error, required: true))
        \(WebField.checkbox("partager-\(id)", name: "partager", label: "Communiquer mon adresse électronique à l'agent", checked: failed?.share ?? false))
        <button class="fr-btn" type="submit">Envoyer la réponse</button>
        </form>
        """
    }

    /// POST `/questions/{id}/repondre`: answers, then back to the list (303); the list again
    /// with the error on that question's form (422, 409), nothing lost.
    static func answer(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let number = Int64(raw), number > 0 else { throw NotFoundError("mission-question", key: raw) }
        let text = form["reponse-\(number)"] ?? form["reponse"] ?? ""
        let share = form["partager"] == "oui"
        do {
            _ = try context.workflows.answerQuestion(
                MissionQuestionID(number), text: text, sharesEmail: share, by: .user(user))
        } catch let error as ContactError {
            let (_, message) = FrenchMessages.contact(error)
            return try render(
                context,
                failed: (
                    id: number, text: text, share: share, error: message, status: FrenchMessages.contactStatus(error)
                ))
        }
        return WebResponse.seeOther(path + "?fait=repondu#question-\(number)")
    }
}
