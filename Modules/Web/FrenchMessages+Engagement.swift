import Domain

/// The engagement area: agreements, their parties, mission orders, time reports, feedback.
extension FrenchMessages {
    /// A rule of an agreement broken (its terms, its signatures, its transitions).
    static func agreement(_ error: AgreementError) -> EngagementMessage {
        let limit = AgreementTerms.maximumTextLength
        return switch error {
        case .textLength(let field, _) where field == "objectives":
            EngagementMessage(field: "objectifs", "les objectifs sont obligatoires (\(limit) caractères au plus).")
        case .textLength:
            EngagementMessage(field: "livrables", "les livrables sont obligatoires (\(limit) caractères au plus).")
        case .conditionsTooLong:
            EngagementMessage(field: "conditions", "les conditions dépassent \(limit) caractères.")
        case .hoursBudgetOutOfRange:
            EngagementMessage(
                field: "heures", "le volume d'heures doit aller de 1 à \(AgreementTerms.maximumHoursBudget).")
        case .datesReversed:
            EngagementMessage(field: "fin", "la date de fin précède la date de début.")
        case .datesOutsideMissionWindow(_, let window):
            EngagementMessage(
                field: "debut",
                "les dates doivent être comprises entre le \(WebFormat.date(window.start)) "
                    + "et le \(WebFormat.date(window.end)), la période de la mission.")
        case .reasonLength:
            EngagementMessage(
                field: "motif-refus", "indiquez le motif (\(Agreement.maximumReasonLength) caractères au plus).")
        case .applicationNotAccepted:
            EngagementMessage(field: nil, "une convention se rédige à partir d'une candidature acceptée.", status: 409)
        case .alreadyExists:
            EngagementMessage(field: nil, "cette candidature a déjà sa convention.", status: 409)
        case .partiesUnchanged:
            EngagementMessage(
                field: nil, "le profil de l'agent désigne déjà ce responsable hiérarchique et cette administration.",
                status: 409)
        case .alreadySigned:
            EngagementMessage(field: nil, "vous avez déjà signé ces conditions.", status: 409)
        case .missionOrderRequired:
            EngagementMessage(field: nil, "il faut d'abord un ordre de mission en vigueur.", status: 409)
        case .invalidTransition:
            EngagementMessage(
                field: nil, "cette action n'est plus possible dans l'état actuel de la convention.",
                status: 409)
        }
    }

    /// A party of an agreement who cannot sign (the line manager, the owner, the talent).
    static func agreementParty(_ error: AgreementPartyError) -> EngagementMessage {
        let text =
            switch error {
            case .employmentUnconfirmed:
                "l'emploi de l'agent dans son administration n'est pas encore confirmé : un référent de cette administration le confirme avant la convention."
            case .lineManagerWithoutAccount:
                "le responsable hiérarchique indiqué dans le profil de l'agent n'a pas de compte : un référent de son administration le lui ouvre avec le rôle de responsable hiérarchique."
            case .lineManagerWithoutRole:
                "la personne indiquée comme responsable hiérarchique n'a pas ce rôle : un référent de l'administration de l'agent le lui donne."
            case .lineManagerOutsideEmployer:
                "le responsable hiérarchique doit appartenir à l'administration de l'agent ou à une administration dont elle relève."
            case .lineManagerIsTalent:
                "un agent ne peut pas être son propre responsable hiérarchique : une personne signe pour une seule partie."
            case .lineManagerIsOwner:
                "le responsable de la mission ne peut pas signer comme responsable hiérarchique de l'agent : une personne signe pour une seule partie."
            case .ownerIsTalent:
                "le responsable de la mission ne peut pas en être le talent : une personne signe pour une seule partie."
            }
        return EngagementMessage(field: nil, text, status: 409)
    }

    /// A rule of a mission order broken.
    static func missionOrder(_ error: MissionOrderError) -> EngagementMessage {
        switch error {
        case .datesReversed:
            EngagementMessage(field: "ordre-fin", "la date de fin précède la date de début.")
        case .datesOutsideAgreement(_, let dates):
            EngagementMessage(
                field: "ordre-debut",
                "les dates doivent être comprises entre le \(WebFormat.date(dates.start)) "
                    + "et le \(WebFormat.date(dates.end)), celles de la convention.")
        case .alreadyInForce:
            EngagementMessage(field: nil, "un ordre de mission est déjà en vigueur pour cette convention.", status: 409)
        case .alreadyCancelled:
            EngagementMessage(field: nil, "cet ordre de mission est déjà annulé.", status: 409)
        case .reasonLength(let count):
            EngagementMessage(
                field: "motif-annulation",
                count == 0
                    ? "indiquez le motif d’annulation."
                    : "le motif d’annulation ne doit pas dépasser \(MissionOrder.maximumReasonLength) caractères.")
        }
    }

    /// A rule of a time report broken.
    static func timeReport(_ error: TimeReportError) -> EngagementMessage {
        switch error {
        case .dateOutsideAgreement(_, let dates):
            EngagementMessage(
                field: "temps-date",
                "la date doit être comprise entre le \(WebFormat.date(dates.start)) "
                    + "et le \(WebFormat.date(dates.end)), celles de la convention.")
        case .dateInFuture:
            EngagementMessage(field: "temps-date", "on déclare le temps d'un jour passé ou d'aujourd'hui.")
        case .minutesOutOfRange:
            EngagementMessage(field: "temps-heures", "la durée d'une journée va d'une minute à 24 heures.")
        case .dayExceeded(_, let reported, _):
            EngagementMessage(
                field: "temps-heures",
                "une journée compte 24 heures au plus : vous avez déjà déclaré "
                    + "\(WebFormat.duration(minutes: reported)) ce jour-là.")
        case .textLength(let field, _) where field == "note":
            EngagementMessage(
                field: "temps-description",
                "décrivez le travail fait (\(TimeReport.maximumNoteLength) caractères au plus).")
        case .textLength:
            EngagementMessage(
                field: "rejet", "indiquez le motif du rejet (\(TimeReport.maximumNoteLength) caractères au plus).")
        case .budgetExceeded(let budget, let validated, _):
            EngagementMessage(
                field: nil,
                "valider ce temps dépasserait le volume d'heures de la convention "
                    + "(\(WebFormat.duration(minutes: validated)) validées sur \(WebFormat.duration(minutes: budget))).",
                status: 409)
        case .alreadyDecided:
            EngagementMessage(field: nil, "cette déclaration a déjà été validée ou rejetée.", status: 409)
        }
    }

    /// A rule of a feedback broken.
    static func feedback(_ error: FeedbackError) -> EngagementMessage {
        switch error {
        case .ratingOutOfRange: EngagementMessage(field: "avis-note", "choisissez une note de 1 à 5.")
        case .commentLength:
            EngagementMessage(
                field: "avis-commentaire",
                "le commentaire est obligatoire "
                    + "(\(Feedback.maximumCommentLength) caractères au plus).")
        case .alreadyGiven: EngagementMessage(field: nil, "vous avez déjà donné votre avis.", status: 409)
        }
    }
}
