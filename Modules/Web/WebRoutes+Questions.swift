import HTTP

/// Issue #22, "Contactez-nous" and "Poser une question": the contact form, the operator's list of
/// messages, a question about a mission, the owner's questions and the asker's answers.
extension WebRoutes {
    static func addQuestionPages(_ on: Register) {
        on(.get, ContactPage.path) { try ContactPage.render($0) }
        on(.post, ContactPage.path) { try ContactPage.send($0) }
        on(.get, ContactMessagesPage.path) { try ContactMessagesPage.render($0) }
        on(.post, ContactMessagesPage.path + "/{id}/traite") { try ContactMessagesPage.mark($0, handled: true) }
        on(.post, ContactMessagesPage.path + "/{id}/rouvrir") { try ContactMessagesPage.mark($0, handled: false) }
        on(.post, "/missions/{id}/question") { try MissionQuestionsWeb.ask($0) }
        on(.get, OwnerQuestionsPage.path) { try OwnerQuestionsPage.render($0) }
        on(.post, "/questions/{id}/repondre") { try OwnerQuestionsPage.answer($0) }
        on(.get, MyQuestionsPage.path) { try MyQuestionsPage.render($0) }
    }
}
