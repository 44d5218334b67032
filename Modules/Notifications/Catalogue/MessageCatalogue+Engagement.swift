import Domain

extension MessageCatalogue {
    /// The tripartite agreement and the mission order.
    func engagementDraft(for event: NotificationEvent) -> MessageDraft {
        switch event {
        case .agreementToSign(let mission, let agreement, _, let awaiting):
            MessageDraft(
                subject: "Accord tripartite à signer : \(Self.quoted(mission.title))",
                paragraphs: [
                    "L'accord tripartite de la mission \(Self.quoted(mission.title)) attend votre signature.",
                    "Signatures encore attendues : \(awaiting.sorted().map(\.label).joined(separator: ", "))."
                ],
                action: ("Lire et signer l'accord", WebPaths.agreement(agreement)))
        case .agreementSigned(let mission, let agreement, _, _, _):
            MessageDraft(
                subject: "Accord tripartite signé : \(Self.quoted(mission.title))",
                paragraphs: [
                    "Les trois parties ont signé l'accord tripartite de la mission \(Self.quoted(mission.title)).",
                    "L'administration du talent émet ensuite l'ordre de mission ; le travail commence une fois "
                        + "l'ordre émis."
                ],
                action: ("Voir l'accord", WebPaths.agreement(agreement)))
        case .agreementRefused(let mission, let agreement):
            MessageDraft(
                subject: "Accord tripartite refusé : \(Self.quoted(mission.title))",
                paragraphs: [
                    "Le responsable hiérarchique a refusé l'accord tripartite de la mission "
                        + "\(Self.quoted(mission.title)) pour nécessités de service. L'accord prend fin."
                ],
                action: ("Voir l'accord", WebPaths.agreement(agreement)))
        case .missionOrderIssued(let mission, let agreement, let reference, let start, let end):
            MessageDraft(
                subject: "Ordre de mission émis : \(Self.quoted(mission.title))",
                paragraphs: [
                    "L'ordre de mission \(reference) a été émis pour la mission \(Self.quoted(mission.title)), "
                        + "du \(FrenchDate.format(start)) au \(FrenchDate.format(end)).",
                    "La mission peut commencer."
                ],
                action: ("Voir l'engagement", WebPaths.agreement(agreement)))
        default:
            preconditionFailure("\(event.kind.rawValue) is not about an agreement")
        }
    }
}
