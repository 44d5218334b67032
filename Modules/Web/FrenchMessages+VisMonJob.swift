import Domain

extension FrenchMessages {
    /// A rule of the Vis mon job operation broken: by an ambassador, a student, a pair or the
    /// operator's edition.
    static func visMonJob(_ error: VisMonJobError) -> String {
        switch error {
        case .editionNameLength: "le nom de l'édition est obligatoire (120 caractères au plus)."
        case .registrationWindowReversed: "la clôture des inscriptions doit suivre leur ouverture."
        case .registrationClosesAfterEvent: "les inscriptions doivent fermer avant la journée."
        case .dateChangeWindowOutOfRange: "le délai pour changer de date n'est pas accepté."
        case .registrationClosed, .editionState:
            "les inscriptions à cette édition ne sont pas ouvertes aujourd'hui."
        case .capacityOutOfRange: "indiquez un nombre d'étudiants, de 1 à \(AmbassadorProfile.maximumCapacity)."
        case .textLength(let field, let maximum): textLength(field: field, maximum: maximum)
        case .ambassadorExists: "vous êtes déjà ambassadeur ou ambassadrice de cette édition."
        case .talentProfileRequired: "complétez d'abord votre profil de talent : votre administration en est tirée."
        case .noWish: "choisissez au moins un métier."
        case .duplicateWish: "ce métier est déjà choisi plus haut : choisissez-en un autre ou laissez le champ vide."
        case .noDepartement: "indiquez au moins un département."
        case .duplicateDepartement(let departement, _): "le département \(departement.code) est indiqué deux fois."
        case .tooManyDepartements: "indiquez \(StudentRegistration.maximumDepartements) départements au plus."
        case .duplicateAdministration: "cette administration est déjà choisie plus haut."
        case .tooManyAdministrations:
            "choisissez \(StudentRegistration.maximumAdministrations) administrations au plus."
        case .studentEmailTaken:
            "une inscription à cette édition utilise déjà cette adresse : ouvrez le lien personnel donné à l'inscription."
        case .pairingNotRun: "les binômes de cette édition ne sont pas encore formés."
        case .ambassadorFull: "cet ambassadeur ou cette ambassadrice n'a plus de place."
        case .dateOutsideWindow(let earliest, let latest):
            "choisissez une date entre le \(WebFormat.date(earliest)) et le \(WebFormat.date(latest))."
        case .noDateProposal: "aucune autre date n'est proposée."
        case .ownDateProposal: "c'est l'autre membre du binôme qui accepte votre proposition."
        case .dayNotReached(let day): "votre avis se donne à partir du jour de la journée, le \(WebFormat.date(day))."
        case .feedbackExists: "vous avez déjà donné votre avis sur cette journée."
        case .ratingOutOfRange: "choisissez une note de 1 à 5."
        case .pairDone: "la journée de ce binôme est déjà terminée."
        case .slotNotBeforeEvent: "un créneau de préparation se place avant la journée."
        case .slotPast: "ce créneau a déjà commencé : choisissez-en un autre."
        case .slotCapacityOutOfRange: "un créneau compte de 1 à \(CoachingSlot.maximumCapacity) places."
        case .slotFull: "toutes les places de ce créneau sont prises : choisissez-en un autre."
        case .coachingAlreadyBooked: "vous avez déjà réservé un créneau de préparation pour cette édition."
        }
    }

    /// A text too long, said for the field the Domain names (school, city, description, comment).
    private static func textLength(field: String, maximum: Int) -> String {
        switch field {
        case "school": "indiquez votre école ou université (\(maximum) caractères au plus)."
        case "city": "indiquez la ville (\(maximum) caractères au plus)."
        case "description": "décrivez la journée proposée (\(maximum) caractères au plus)."
        case "comment": "le commentaire dépasse \(maximum) caractères."
        case "place": "indiquez le lieu ou le lien de visioconférence (\(maximum) caractères au plus)."
        // A field name is a Domain string, not an error case: any other gets the general sentence.
        default: "ce texte dépasse \(maximum) caractères."
        }
    }
}
