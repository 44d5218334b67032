import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// "Poser une question" on a published mission (issue #22): the form on the mission page,
/// posted to `/missions/{id}/question` (Workflows `askQuestion`); the question reaches the
/// owner's `/espace-responsable/questions`, the answer the asker's `/mes-questions`.
enum MissionQuestionsWeb {
    /// The section of the mission page: the form for a signed-in agent who does not own it.
    static func askSection(
        _ context: WebContext, mission: Mission, text: String = "", share: Bool = false,
        error: String? = nil
    ) -> HTML {
        let id = mission.id.rawValue
        guard let user = context.user else {
            return """
                <p><a href="\(WebPaths.signIn(returningTo: "/missions/\(id)"))">Connectez-vous</a> pour poser une question au responsable de cette mission, ou <a href="\(ContactPage.path)?sujet=mission">écrivez à l'équipe du programme</a>.</p>
                """
        }
        guard mission.state == .published else { return "<p>Cette mission ne reçoit pas de question.</p>" }
        guard !mission.isOwned(by: user) else {
            return
                "<p>Les questions des agents sur cette mission sont dans <a href=\"\(WebPaths.ownerQuestions)\">Questions sur mes missions</a>.</p>"
        }
        let sent: HTML? =
            context.http.query["question"] == "envoyee"
            ? "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Votre question est envoyée au responsable de la mission. Sa réponse vous parviendra par courriel et dans <a href=\"\(WebPaths.myQuestions)\">Mes questions</a>.</p></div>"
            : nil
        return """
            \(sent)
            <p>Vous hésitez ? Posez votre question au responsable de la mission avant de candidater. Votre adresse électronique ne lui est pas communiquée, sauf si vous le choisissez.</p>
            <form method="post" action="/missions/\(id)/question" novalidate>
            \(context.csrfField)
            \(WebField.textarea("question", label: "Votre question", hint: "\(MissionQuestion.maximumTextLength) caractères au plus.", value: text, error: error, required: true))
            \(WebField.checkbox("partager", label: "Communiquer mon adresse électronique au responsable de la mission", checked: share))
            <button class="fr-btn fr-btn--secondary" type="submit">Poser la question</button>
            </form>
            """
    }

    /// POST `/missions/{id}/question`: asks, then back to the mission with the acknowledgement
    /// (303); else the form again on its own page with the error (422, 409, 429), nothing lost.
    static func ask(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let number = Int64(raw), number > 0 else { throw NotFoundError("mission", key: raw) }
        let id = MissionID(number)
        let text = form["question"] ?? ""
        let share = form["partager"] == "oui"
        do {
            _ = try context.workflows.askQuestion(about: id, text: text, sharesEmail: share, by: .user(user))
            return WebResponse.seeOther("/missions/\(number)?question=envoyee#poser-une-question")
        } catch let error as ContactError {
            let mission = try context.workflows.mission(id, by: .user(user)).value
            let (field, message) = FrenchMessages.contact(error)
            let title = "Poser une question sur la mission « \(mission.details.title) »"
            let main: HTML = """
                <h1>\(title)</h1>
                \(WebLayout.errorSummary("La question n'a pas pu être envoyée", note: field == nil ? message : nil, errors: field == nil ? [] : [(field: "question", message: message)]))
                \(askSection(context, mission: mission, text: text, share: share, error: field == nil ? nil : message))
                <p><a href="/missions/\(number)">Retour à la mission</a></p>
                """
            return WebResponse.page(
                WebLayout.page(
                    title, context: context,
                    trail: [("Missions", "/missions"), (mission.details.title, "/missions/\(number)")],
                    main: main), context: context, status: HTTPStatus(code: FrenchMessages.contactStatus(error)))
        }
    }

    /// One question as its reader sees it: the mission, who asked and when, the text, the answer.
    static func questionBlock(_ view: MissionQuestionView, headingLevel: Int, showAsker: Bool) -> HTML {
        let question = view.question
        let asker: HTML? =
            showAsker
            ? "<p class=\"fr-mb-1w\">De \(view.askerName)\(view.askerEmail.map { " — <a href=\"mailto:\($0.value)\">\($0.value)</a>" as HTML })</p>"
            : nil
        let answer: HTML =
            if let text = question.answer, let at = question.answeredAt {
                """
                <p class="fr-mb-1w"><strong>Réponse</strong> de \(view.answererName ?? "l'équipe") le \(WebFormat.instant(at))\(view.answererEmail.map { " — <a href=\"mailto:\($0.value)\">\($0.value)</a>" as HTML }) :</p>
                <blockquote class="fr-mb-1w"><p>\(text)</p></blockquote>
                """
            } else {
                "<p>\(WebLayout.badge("Sans réponse", .new))</p>"
            }
        return """
            <h\(String(headingLevel))><a href="\(WebPaths.mission(question.missionID))">\(view.missionTitle)</a></h\(String(headingLevel))>
            \(asker)
            <p class="fr-mb-1w">Question posée le \(WebFormat.instant(question.askedAt)) :</p>
            <blockquote class="fr-mb-1w"><p>\(question.text)</p></blockquote>
            \(answer)
            """
    }
}
