import Domain

extension FrenchMessages {
    /// A rule of an invitation broken, on the id of the form field it concerns (`mission` or
    /// `message`).
    static func invitation(_ error: InvitationError) -> (field: String, text: String) {
        switch error {
        case .missionNotOpen(_, let state):
            (
                "mission",
                state == .published
                    ? "la date limite de candidature de cette mission est passée : choisissez-en une autre."
                    : "cette mission n'est plus ouverte aux candidatures (\(WebFormat.state(state).lowercased()))."
            )
        case .talentNotInPool:
            ("mission", "cette personne a quitté le vivier : elle ne peut plus être invitée.")
        case .alreadyInvited:
            ("mission", "cette personne est déjà invitée à cette mission.")
        case .messageTooLong(let count):
            ("message", "le message compte \(count) caractères, pour \(Invitation.maximumMessageLength) au plus.")
        }
    }
}
