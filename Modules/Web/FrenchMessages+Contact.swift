import Domain

extension FrenchMessages {
    /// A refusal of a message to the team, a question or an answer, on the id of the form field
    /// it concerns (nil for the whole form) — lower case, after "Erreur : ".
    static func contact(_ error: ContactError) -> (field: String?, text: String) {
        switch error {
        case .nameRequired: ("nom", "indiquez votre nom.")
        case .nameTooLong: ("nom", "le nom dépasse \(NewContactMessage.maximumNameLength) caractères.")
        case .emailInvalid:
            ("courriel", "indiquez une adresse électronique valide, par exemple prenom.nom@exemple.gouv.fr.")
        case .subjectUnknown: ("sujet", "choisissez le sujet de votre message.")
        case .textRequired: ("message", "écrivez votre message.")
        case .textTooLong: ("message", "le message est trop long : raccourcissez-le.")
        case .answerRequired: ("reponse", "écrivez votre réponse.")
        case .answerTooLong: ("reponse", "la réponse dépasse \(MissionQuestion.maximumTextLength) caractères.")
        case .tooManyMessages:
            (
                nil,
                "trop de messages ont été envoyés depuis cette adresse ces \(NewContactMessage.rateWindowMinutes) "
                    + "dernières minutes. Votre message n'est pas perdu : réessayez plus tard."
            )
        case .tooManyQuestions:
            (
                nil,
                "vous avez posé \(MissionQuestion.maximumPerAsker) questions ces \(MissionQuestion.rateWindowHours) "
                    + "dernières heures. Votre question n'est pas perdue : réessayez plus tard."
            )
        case .missionNotPublished: (nil, "cette mission n'est pas publiée : elle ne reçoit pas de question.")
        case .ownMission: (nil, "vous êtes responsable de cette mission : vous ne pouvez pas vous poser de question.")
        case .alreadyAnswered: (nil, "cette question a déjà reçu une réponse.")
        }
    }

    /// The label of a contact subject, as the form offers it.
    static func contactSubject(_ subject: ContactSubject) -> String {
        switch subject {
        case .programme: "Le dispositif Partagez vos talents numériques"
        case .mission: "Une mission"
        case .account: "Mon compte ou mes données"
        case .other: "Autre sujet"
        }
    }

    /// HTTP status of a refusal: 429 for a limit reached, 409 for a state, else 422.
    static func contactStatus(_ error: ContactError) -> Int {
        switch error {
        case .tooManyMessages, .tooManyQuestions: 429
        case .missionNotPublished, .ownMission, .alreadyAnswered: 409
        default: 422
        }
    }
}
