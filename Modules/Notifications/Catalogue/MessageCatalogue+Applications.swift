import Domain

extension MessageCatalogue {
    /// Applications and the owner's 14-day answer.
    func applicationDraft(for event: NotificationEvent) -> MessageDraft {
        switch event {
        case .applicationReceived(let mission, let application):
            MessageDraft(
                subject: "Nouvelle candidature pour la mission \(Self.quoted(mission.title))",
                paragraphs: [
                    "Un talent numérique a candidaté à votre mission \(Self.quoted(mission.title)).",
                    "Vous vous êtes engagé à répondre sous 14 jours : proposer un échange, accepter ou décliner "
                        + "la candidature en indiquant un motif."
                ],
                action: ("Voir la candidature", WebPaths.ownerApplication(application)))
        case .answerReminder(let mission, let application, let day, let dueAt):
            MessageDraft(
                subject: "Rappel : une candidature attend votre réponse (\(Self.quoted(mission.title)))",
                paragraphs: [
                    "Une candidature à votre mission \(Self.quoted(mission.title)) attend votre réponse "
                        + "depuis \(day) jours.",
                    "La réponse est attendue au plus tard le \(FrenchDate.format(dueAt))."
                ],
                action: ("Répondre à la candidature", WebPaths.ownerApplication(application)))
        case .answerOverdue(let mission, let application, let dueAt, false):
            MessageDraft(
                subject: "Candidature sans réponse depuis 14 jours (\(Self.quoted(mission.title)))",
                paragraphs: [
                    "Le délai de 14 jours pour répondre à une candidature à votre mission "
                        + "\(Self.quoted(mission.title)) est dépassé depuis le \(FrenchDate.format(dueAt)).",
                    "L'équipe du programme en est informée. Merci de répondre au plus vite au talent."
                ],
                action: ("Répondre à la candidature", WebPaths.ownerApplication(application)))
        case .answerOverdue(let mission, let application, let dueAt, true):
            MessageDraft(
                subject: "Escalade : candidature n° \(application.rawValue) sans réponse après 14 jours",
                paragraphs: [
                    "La candidature n° \(application.rawValue) à la mission \(Self.quoted(mission.title)) "
                        + "(n° \(mission.id.rawValue)) n'a pas reçu de réponse dans le délai de 14 jours "
                        + "(échéance : \(FrenchDate.format(dueAt))).",
                    "Le responsable de mission a été relancé à J+7 et J+12 et prévenu du dépassement."
                ],
                action: ("Voir la candidature", WebPaths.lateApplications))
        case .interviewProposed(let mission, let application, let interview, _):
            MessageDraft(
                subject: "Proposition d'échange pour la mission \(Self.quoted(mission.title))",
                paragraphs: [
                    "Le responsable de la mission \(Self.quoted(mission.title)) vous propose un échange "
                        + "le \(FrenchDate.format(interview.at)).",
                    "Modalités : \(interview.means)"
                ],
                action: ("Voir la proposition", WebPaths.myApplication(application)))
        case .applicationAccepted(let mission, let application):
            MessageDraft(
                subject: "Votre candidature est retenue : \(Self.quoted(mission.title))",
                paragraphs: [
                    "Bonne nouvelle : votre candidature à la mission \(Self.quoted(mission.title)) est retenue.",
                    "Prochaine étape : l'accord tripartite entre vous, votre responsable hiérarchique et "
                        + "le responsable de mission."
                ],
                action: ("Voir la candidature", WebPaths.myApplication(application)))
        case .applicationDeclined(let mission, let application, let reason):
            MessageDraft(
                subject: "Réponse à votre candidature : \(Self.quoted(mission.title))",
                paragraphs: [
                    "Votre candidature à la mission \(Self.quoted(mission.title)) n'a pas été retenue. "
                        + "Motif : \(reason.label.lowercased()).",
                    "Merci pour votre engagement : d'autres missions attendent vos talents."
                ],
                action: ("Voir la candidature", WebPaths.myApplication(application)))
        default:
            preconditionFailure("\(event.kind.rawValue) is not about an application")
        }
    }
}
