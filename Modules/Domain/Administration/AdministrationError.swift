/// A rule broken by an administration's input.
public enum AdministrationError: DomainError, Equatable {
    /// The name is empty or longer than ``NewAdministration/maximumNameLength``.
    case nameLength(count: Int)
    /// The acronym is not 2 to 16 of A–Z, 0–9.
    case invalidAcronym(String)
    /// Another administration already has this acronym.
    case acronymTaken(String)
    /// The public service is not open on the platform yet.
    case publicServiceNotEnabled(PublicService)
    /// A ministry was given a parent.
    case ministryWithParent
    /// A non-ministry was given no parent.
    case parentRequired(AdministrationLevel)
    /// The parent does not exist.
    case parentNotFound(AdministrationID)
    /// The parent belongs to another public service.
    case parentPublicServiceMismatch(parent: PublicService, child: PublicService)
    /// The parent does not sit above the child's level.
    case parentLevelNotAbove(parent: AdministrationLevel, child: AdministrationLevel)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .nameLength: "administration-name-length"
        case .invalidAcronym: "administration-acronym-format"
        case .acronymTaken: "administration-acronym-taken"
        case .publicServiceNotEnabled: "administration-public-service-not-enabled"
        case .ministryWithParent: "administration-ministry-has-parent"
        case .parentRequired: "administration-parent-required"
        case .parentNotFound: "administration-parent-not-found"
        case .parentPublicServiceMismatch: "administration-parent-public-service"
        case .parentLevelNotAbove: "administration-parent-level"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .nameLength: "name"
        case .invalidAcronym, .acronymTaken: "acronym"
        case .publicServiceNotEnabled: "publicService"
        case .ministryWithParent, .parentRequired, .parentNotFound, .parentPublicServiceMismatch,
            .parentLevelNotAbove:
            "parentID"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .nameLength(let count):
            "An administration's name must have 1 to \(NewAdministration.maximumNameLength) characters, not \(count)."
        case .invalidAcronym(let acronym):
            "An acronym must have 2 to 16 characters among A–Z and 0–9; '\(acronym)' does not."
        case .acronymTaken(let acronym):
            "The acronym '\(acronym)' is already used by another administration."
        case .publicServiceNotEnabled(let service):
            "The public service '\(service.rawValue)' is not open on the platform."
        case .ministryWithParent:
            "A ministry is a top-level administration and cannot have a parent."
        case .parentRequired(let level):
            "An administration of level '\(level.rawValue)' needs a parent administration."
        case .parentNotFound(let id):
            "The parent administration \(id) does not exist."
        case .parentPublicServiceMismatch(let parent, let child):
            "The parent belongs to the public service '\(parent.rawValue)', the new administration to '\(child.rawValue)'; they must match."
        case .parentLevelNotAbove(let parent, let child):
            "An administration of level '\(parent.rawValue)' cannot be the parent of one of level '\(child.rawValue)'."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        if case .acronymTaken = self { .conflict } else { .invalidValue }
    }
}
