import Domain

extension FrenchMessages {
    /// A rule of a mission broken, on the id of the form field it concerns (nil for the page:
    /// a transition refused). `skillField` gives the id of the `index`-th skill sent.
    static func mission(
        _ error: MissionError,
        skillField: (Int) -> String = { "competence-\($0 + 1)" }
    ) -> (field: String?, text: String) {
        switch error {
        case .titleLength(let count):
            (
                "titre",
                count == 0
                    ? "le titre est obligatoire."
                    : "le titre dépasse \(MissionDetails.maximumTitleLength) caractères."
            )
        case .descriptionLength(let count):
            (
                "description",
                count == 0
                    ? "la description est obligatoire."
                    : "la description dépasse \(MissionDetails.maximumDescriptionLength) caractères."
            )
        case .requiredSkillsCount:
            ("competence-1", "choisissez de 1 à \(MissionDetails.maximumRequiredSkills) compétences.")
        case .unknownSkill(_, let index):
            (skillField(index), "cette compétence n'est pas au référentiel.")
        case .duplicateSkill(_, let index):
            (skillField(index), "cette compétence est déjà demandée sur une autre ligne.")
        case .effortOutOfRange(_, let maximum):
            ("heures", "l'effort doit être de 1 à \(maximum) heures.")
        case .windowReversed:
            ("fin", "la fin de la mission ne peut pas précéder son début.")
        case .windowTooLong(_, let latestEnd):
            (
                "fin",
                "une mission dure au plus \(MissionDetails.maximumWindowMonths) mois : elle doit finir au plus tard le \(WebFormat.date(latestEnd))."
            )
        case .placeRequired:
            ("departement", "indiquez un département, cochez « Réalisable à distance », ou les deux.")
        case .talentsSoughtOutOfRange:
            ("talents", "le nombre de talents recherchés va de 1 à \(MissionDetails.maximumTalentsSought).")
        case .deadlineAfterWindow:
            ("date-limite", "la date limite de candidature ne peut pas suivre la fin de la mission.")
        case .rejectionReasonLength(let count):
            (
                "motif",
                count == 0
                    ? "le motif du refus est obligatoire."
                    : "le motif du refus dépasse \(Mission.maximumRejectionReasonLength) caractères."
            )
        case .deadlinePassed(let deadline, _):
            (
                nil,
                "la date limite de candidature (\(WebFormat.date(deadline))) est passée : la mission ne peut plus être publiée."
            )
        case .deadlineNotPassed(let deadline, _):
            (nil, "la date limite de candidature (\(WebFormat.date(deadline))) n'est pas encore passée.")
        case .invalidTransition(let action, let state):
            (nil, "impossible de \(verb(action)) une mission à l'état « \(WebFormat.state(state)) ».")
        }
    }

    /// The infinitive of a mission action.
    private static func verb(_ action: MissionAction) -> String {
        switch action {
        case .edit: "modifier"
        case .submit: "soumettre"
        case .publish: "publier"
        case .reject: "refuser"
        case .cancel: "annuler"
        case .closeAsFilled: "clore"
        case .expire: "expirer"
        }
    }
}
