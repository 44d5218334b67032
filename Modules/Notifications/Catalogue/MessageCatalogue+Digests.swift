import Domain

extension MessageCatalogue {
    /// The weekly digests, which the recipient may mute.
    func digestDraft(for event: NotificationEvent) -> MessageDraft {
        let note = (
            "Vous recevez ce récapitulatif chaque semaine ; vous pouvez désactiver les récapitulatifs ici :",
            WebPaths.notificationPreferences
        )
        switch event {
        case .timeReportsDigest(_, let items):
            let reports = items.reduce(0) { $0 + $1.reports }
            return MessageDraft(
                subject: "Temps déclarés à valider (\(reports) déclaration\(reports > 1 ? "s" : ""))",
                paragraphs: ["Des déclarations de temps attendent votre validation :"],
                items: items.map { item in
                    .init(
                        text: "\(Self.quoted(item.mission.title)) : \(item.reports) déclaration"
                            + "\(item.reports > 1 ? "s" : ""), \(FrenchDate.duration(minutes: item.minutes))",
                        path: WebPaths.timeReports(ofAgreement: item.agreementID))
                },
                action: ("Valider les temps", WebPaths.timeReportsToValidate), note: note)
        case .matchingMissionsDigest(_, let missions):
            return MessageDraft(
                subject: "Missions correspondant à vos recherches enregistrées (\(missions.count))",
                paragraphs: ["Ces missions récemment publiées correspondent à vos recherches enregistrées :"],
                items: missions.map { .init(text: Self.quoted($0.title), path: WebPaths.mission($0.id)) },
                action: ("Gérer mes recherches enregistrées", WebPaths.savedSearches), note: note)
        default:
            preconditionFailure("\(event.kind.rawValue) is not a digest")
        }
    }
}
