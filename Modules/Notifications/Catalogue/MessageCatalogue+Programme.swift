import Domain

extension MessageCatalogue {
    /// Recognition, the pool and *Vis mon job*.
    func programmeDraft(for event: NotificationEvent) -> MessageDraft {
        switch event {
        case .diplomaIssued(let mission, let diploma):
            MessageDraft(
                subject: "Votre diplôme virtuel pour la mission \(Self.quoted(mission.title))",
                paragraphs: [
                    "Félicitations : la mission \(Self.quoted(mission.title)) est terminée et un diplôme virtuel "
                        + "la certifie.",
                    "Vous pouvez le partager : chacun peut en vérifier l'authenticité par son lien.",
                ],
                action: ("Voir le diplôme", "/badges/assertions/\(diploma)/verification"))
        case .poolInvitation(let mission, _):
            MessageDraft(
                subject: "Invitation à candidater : \(Self.quoted(mission.title))",
                paragraphs: [
                    "Un responsable de mission a consulté votre profil dans le vivier et vous invite à "
                        + "candidater à la mission \(Self.quoted(mission.title)).",
                ],
                action: ("Voir la mission", "/missions/\(mission.id.rawValue)"))
        case .visMonJobPairPublished(let pair, .ambassador, let day):
            MessageDraft(
                subject: "Vis mon job : votre binôme est connu",
                paragraphs: [
                    "Les binômes de Vis mon job sont publiés : un ou une élève passera la journée du "
                        + "\(FrenchDate.format(day)) à vos côtés.",
                    "Une séance de préparation d'une heure vous est proposée avant la journée.",
                ],
                action: ("Voir le binôme", "/vis-mon-job/pairs/\(pair)"))
        case .visMonJobPairPublished(let pair, .student, let day):
            MessageDraft(
                subject: "Vis mon job : votre binôme est connu",
                paragraphs: [
                    "Les binômes de Vis mon job sont publiés : vous passerez la journée du "
                        + "\(FrenchDate.format(day)) avec un agent ou une agente du numérique de l'État.",
                ],
                action: ("Voir le binôme", "/vis-mon-job/pairs/\(pair)"))
        default:
            preconditionFailure("\(event.kind.rawValue) is not a programme message")
        }
    }
}
