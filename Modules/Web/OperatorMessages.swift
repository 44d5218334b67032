import Domain

/// The French messages of the operator's and referent's pages (accounts, administrations): the
/// rule a form broke, said to the person who typed it.
enum OperatorMessages {
    /// The form field of a user's rule.
    static func userField(_ error: UserError) -> String {
        switch error {
        case .displayNameLength: "nom"
        case .noRole: "roles"
        case .administrationRequired: "administration"
        case .emailTaken: "courriel"
        }
    }

    /// A user's rule, in French.
    static func user(_ error: UserError) -> String {
        switch error {
        case .displayNameLength(let count):
            "le nom compte \(count) caractère\(count > 1 ? "s" : "") : il en faut de 1 à \(NewUser.maximumDisplayNameLength)."
        case .noRole: "cochez au moins un rôle : un compte en garde toujours un."
        case .administrationRequired(let role):
            "le rôle « \(role.label) » agit pour une administration : choisissez-en une pour ce compte."
        case .emailTaken: "un autre compte a déjà cette adresse électronique."
        }
    }

    /// The form field of an administration's rule.
    static func administrationField(_ error: AdministrationError) -> String {
        switch error {
        case .nameLength: "nom"
        case .invalidAcronym, .acronymTaken: "sigle"
        case .publicServiceNotEnabled: "fonction-publique"
        case .ministryWithParent, .parentRequired, .parentNotFound, .parentPublicServiceMismatch,
            .parentLevelNotAbove:
            "parent"
        }
    }

    /// An administration's rule, in French.
    static func administration(_ error: AdministrationError) -> String {
        switch error {
        case .nameLength(let count):
            "le nom compte \(count) caractère\(count > 1 ? "s" : "") : il en faut de 1 à \(NewAdministration.maximumNameLength)."
        case .invalidAcronym: "le sigle compte de 2 à 16 lettres majuscules ou chiffres, par exemple DINUM."
        case .acronymTaken(let acronym): "une autre administration a déjà le sigle \(acronym)."
        case .publicServiceNotEnabled: "cette fonction publique n'est pas ouverte sur la plateforme."
        case .ministryWithParent: "un ministère n'a pas d'administration parente : laissez le champ vide."
        case .parentRequired(let level):
            "une structure de niveau « \(level.label) » a une administration parente : choisissez-la."
        case .parentNotFound: "choisissez l'administration parente dans la liste."
        case .parentPublicServiceMismatch: "l'administration parente relève d'une autre fonction publique."
        case .parentLevelNotAbove(let parent, let child):
            "une structure de niveau « \(child.label) » ne peut pas être placée sous une structure de niveau « \(parent.label) »."
        }
    }

    /// A change that would break the tree, in French.
    static func administrationEdit(_ error: AdministrationEditError) -> (field: String, message: String) {
        switch error {
        case .parentInsideItself:
            ("parent", "une administration ne peut pas être placée sous elle-même ni sous l'une des siennes.")
        case .childDoesNotFit(let acronym):
            (
                "niveau",
                "l'administration \(acronym), rattachée à celle-ci, ne pourrait plus l'être (niveau ou fonction publique)."
            )
        }
    }
}
