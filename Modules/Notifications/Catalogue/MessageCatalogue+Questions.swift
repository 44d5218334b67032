import Domain

extension MessageCatalogue {
    /// Messages to the programme team and questions about a mission (issue #22): each says that
    /// something was written and where to read it; the text itself, and any address, stays on
    /// the platform.
    func questionDraft(for event: NotificationEvent) -> MessageDraft {
        switch event {
        case .contactMessageReceived(_, let subject):
            MessageDraft(
                subject: "Nouveau message à l'équipe du programme (\(Self.contactSubjectLabel(subject)))",
                paragraphs: [
                    "Un message a été écrit à l'équipe de Partagez vos talents numériques par le formulaire de "
                        + "contact. Lisez-le dans la console et marquez-le traité une fois la réponse envoyée."
                ],
                action: ("Lire les messages", WebPaths.contactMessages))
        case .missionQuestionAsked(let mission, _):
            MessageDraft(
                subject: "Une question sur votre mission \(Self.quoted(mission.title))",
                paragraphs: [
                    "Un agent s'intéresse à votre mission \(Self.quoted(mission.title)) et vous pose une question "
                        + "avant de candidater.",
                    "Lisez-la et répondez-y depuis votre espace : votre réponse lui est transmise sans votre adresse "
                        + "électronique, sauf si vous choisissez de la partager."
                ],
                action: ("Répondre à la question", WebPaths.ownerQuestions))
        case .missionQuestionAnswered(let mission, _):
            MessageDraft(
                subject: "Réponse à votre question sur la mission \(Self.quoted(mission.title))",
                paragraphs: [
                    "Le responsable de la mission \(Self.quoted(mission.title)) a répondu à votre question."
                ],
                action: ("Lire la réponse", WebPaths.myQuestions))
        default:
            preconditionFailure("\(event.kind.rawValue) is not a question message")
        }
    }

    /// The French label of a contact subject code, as the contact form offers it.
    static func contactSubjectLabel(_ code: String) -> String {
        switch ContactSubject(rawValue: code) {
        case .programme?: "le dispositif"
        case .mission?: "une mission"
        case .account?: "mon compte"
        case .other?, nil: "autre sujet"
        }
    }
}
