import Domain

extension FrenchMessages {
    /// A rule of a talent profile broken, on the id of the profile form's field it concerns
    /// (`profil` for the form as a whole).
    static func talent(_ error: TalentError) -> (field: String, text: String) {
        switch error {
        case .lineManagerNameLength:
            ("responsable-nom", "le nom doit compter de 1 à \(TalentProfile.maximumLineManagerNameLength) caractères.")
        case .noSkill, .unknownSkill, .duplicateSkill:
            ("competences", "déclarez au moins une compétence en choisissant son niveau.")
        case .hoursPerMonthOutOfRange:
            ("heures", "indiquez de 1 à \(Availability.maximumHoursPerMonth) heures par mois.")
        case .availabilityPeriodReversed:
            ("disponible-au", "la fin de la disponibilité doit suivre son début.")
        case .presentationTooLong(let count):
            (
                "presentation",
                "la présentation compte \(count) caractères ; \(TalentProfile.maximumPresentationLength) au plus."
            )
        case .poolConsentMissing:
            ("consentement-vivier", "cochez la case pour donner votre accord.")
        case .alreadyInPool, .notInPool, .profileExists, .employmentAlreadyConfirmed:
            ("profil", "votre profil a changé entre-temps : vérifiez-le et recommencez.")
        case .employmentSelfConfirmed:
            ("profil", "un agent ne confirme pas son propre emploi : un référent de son administration le fait.")
        }
    }
}
