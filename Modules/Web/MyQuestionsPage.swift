import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/mes-questions`: the questions the signed-in agent asked about missions, newest first, with
/// the owners' answers, page by page (Workflows `myQuestions`).
enum MyQuestionsPage {
    static let path = WebPaths.myQuestions

    /// GET `/mes-questions`.
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let page = min(WebPagination.pageNumber(context), 100_000)
        let found = try context.workflows.myQuestions(
            limit: WebPagination.pageSize, offset: (page - 1) * WebPagination.pageSize, by: .user(user))
        let items = found.questions.map { view -> HTML in
            """
            <li class="fr-mb-4w" id="question-\(view.question.id.rawValue)">
            \(MissionQuestionsWeb.questionBlock(view, headingLevel: 2, showAsker: false))
            </li>
            """
        }
        let main: HTML = """
            <h1>Mes questions</h1>
            <p>Les questions que vous avez posées aux responsables de missions, et leurs réponses. Pour poser une question, ouvrez la page de la mission dans le <a href="/missions">catalogue</a>.</p>
            \(items.isEmpty ? "<p>Vous n'avez pas encore posé de question.</p>" as HTML : "<ul class=\"fr-raw-list\">\(HTML.joined(items))</ul>" as HTML)
            \(WebPagination.numbered(current: page, count: WebPagination.pageCount(found.total), href: { URLQuery.link(path, [("page", String($0))]) }))
            """
        return WebResponse.page(WebLayout.page("Mes questions", context: context, main: main), context: context)
    }
}
