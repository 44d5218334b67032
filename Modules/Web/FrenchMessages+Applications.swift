import Domain

extension FrenchMessages {
    /// A rule of an application broken: by the talent who applies or by the owner who answers.
    static func application(_ error: ApplicationError) -> String {
        switch error {
        case .motivationLength(let count) where count == 0: "le message de motivation est obligatoire."
        case .motivationLength: "le message de motivation dépasse \(Application.maximumMotivationLength) caractères."
        case .alreadyApplied: "vous avez déjà une candidature en cours pour cette mission."
        case .deadlinePassed: "la date limite de candidature est passée."
        case .ownMission: "vous ne pouvez pas candidater à votre propre mission."
        case .talentProfileRequired: "complétez d'abord votre profil de talent."
        case .missionNotPublished: "cette mission ne reçoit plus de candidature."
        case .interviewNotInFuture: "l'échange doit être proposé à une date future."
        case .interviewMeansLength: "précisez le moyen de l'échange (visioconférence, téléphone…)."
        case .reasonTextRequired: "précisez le motif « Autre »."
        case .reasonTextTooLong: "la précision du motif est trop longue."
        case .invalidTransition: "cette réponse n'est plus possible dans l'état actuel de la candidature."
        case .agreementInProgress: "une convention est en cours pour cette candidature : elle ne peut plus changer."
        case .reopeningReasonLength: "indiquez le motif de la réouverture."
        }
    }
}
