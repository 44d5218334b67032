import Domain

extension MessageCatalogue {
    /// The warning before an inactive account is anonymised: when, why, and how to keep it (sign
    /// in before that day; no secret in the message, the sign-in page sends a link).
    static func inactivityDraft(anonymisationDay day: LocalDate, daysLeft: Int) -> MessageDraft {
        let delay = daysLeft > 1 ? "\(daysLeft) jours" : "1 jour"
        return MessageDraft(
            subject: "Votre compte sera anonymisé le \(FrenchDate.format(day)) faute de connexion",
            paragraphs: [
                "Vous ne vous êtes pas connecté à Partagez vos talents numériques depuis longtemps. Pour ne pas "
                    + "garder vos données personnelles sans raison, votre compte sera anonymisé le "
                    + "\(FrenchDate.format(day)), dans \(delay) : votre nom, votre adresse, votre profil et vos "
                    + "textes seront effacés ; les conventions passées restent, sans votre nom.",
                "Pour garder votre compte, il suffit de vous connecter avant cette date : le lien ci-dessous "
                    + "ouvre la page de connexion, qui vous envoie un lien à usage unique.",
                "Avant cette date, vous pouvez aussi télécharger vos données depuis la page « Mes données » "
                    + "une fois connecté."
            ],
            action: ("Me connecter pour garder mon compte", WebPaths.signIn(returningTo: "/mes-donnees")))
    }
}
