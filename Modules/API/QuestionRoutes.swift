import Domain
import HTTP
import Workflows

/// Issue #22 in the JSON API: questions about a published mission and their answers, and messages
/// to the programme team (the web's `/contact` is open to visitors; the API's needs a token and
/// limits per account). The same use cases as the web; lists give their first ``pageSize``
/// items, in the web's order, and the total.
enum QuestionRoutes {
    static let pageSize = 100

    static func add(to api: inout APIRouter) {
        api.on(.post, "/v1/missions/{id}/questions") { request in
            let caller = try request.caller()
            let body = try request.decode(QuestionTextJSON.self)
            let view = try request.workflows.askQuestion(
                about: try request.id("id", "mission"), text: body.text, sharesEmail: body.shareEmail ?? false,
                by: caller)
            return try .apiJSON(MissionQuestionJSON(view), status: .created)
        }
        api.on(.get, "/v1/questions/asked") { request in
            let page = try request.workflows.myQuestions(
                limit: pageSize, offset: 0, by: try request.caller())
            return try .apiJSON(
                MissionQuestionPageJSON(items: page.questions.map(MissionQuestionJSON.init), total: page.total))
        }
        api.on(.get, "/v1/questions/received") { request in
            let page = try request.workflows.questionsAboutMyMissions(
                answered: nil, limit: pageSize, offset: 0, by: try request.caller())
            return try .apiJSON(
                MissionQuestionPageJSON(items: page.questions.map(MissionQuestionJSON.init), total: page.total))
        }
        api.on(.post, "/v1/questions/{id}/answer") { request in
            let caller = try request.caller()
            let body = try request.decode(QuestionTextJSON.self)
            let view = try request.workflows.answerQuestion(
                try request.id("id", "mission-question"), text: body.text, sharesEmail: body.shareEmail ?? false,
                by: caller)
            return try .apiJSON(MissionQuestionJSON(view))
        }
        api.on(.post, "/v1/contact-messages") { request in
            let caller = try request.caller()
            let body = try request.decode(NewContactMessageJSON.self)
            let message = try request.workflows.sendContactMessage(
                NewContactMessage(name: body.name, email: body.email, subject: body.subject, text: body.text),
                clientAddress: "account:\(caller.actor)", user: caller.user)
            return try .apiJSON(ContactMessageJSON(message), status: .created)
        }
        api.on(.get, "/v1/contact-messages") { request in
            let page = try request.workflows.contactMessages(
                handled: nil, limit: pageSize, offset: 0, by: try request.caller())
            return try .apiJSON(
                ContactMessagePageJSON(items: page.messages.map(ContactMessageJSON.init), total: page.total))
        }
        api.on(.post, "/v1/contact-messages/{id}/state") { request in
            let caller = try request.caller()
            let body = try request.decode(ContactMessageStateJSON.self)
            let message = try request.workflows.markContactMessage(
                try request.id("id", "contact-message"), handled: body.handled, by: caller)
            return try .apiJSON(ContactMessageJSON(message))
        }
    }
}
