/// The rules of changing an administration (issue 18): the same as creating one
/// (``NewAdministration/validated(rules:)``, ``NewAdministration/checkParent(_:)``), and the tree
/// stays a tree: the new parent is neither the administration itself nor one under it, and
/// every child still fits under it (level below, same public service).
public enum AdministrationEdit {
    /// `current` changed to `new`, when the rules allow it.
    /// - Parameters:
    ///   - parent: the new parent, when `new` names one.
    ///   - parentLineage: the new parent and its ancestors' identifiers, up to its ministry.
    ///   - children: the administrations directly under `current`.
    /// - Throws: ``AdministrationError``, ``AdministrationEditError``.
    public static func edited(
        _ current: Administration, to new: NewAdministration, parent: Administration?,
        parentLineage: [AdministrationID], children: [Administration],
        rules: AdministrationRules = AdministrationRules()
    ) throws -> Administration {
        let new = try new.validated(rules: rules)
        if new.parentID != nil, parentLineage.contains(current.id) { throw AdministrationEditError.parentInsideItself }
        try new.checkParent(parent)
        for child in children where !new.level.canBeParent(of: child.level) || child.publicService != new.publicService
        {
            throw AdministrationEditError.childDoesNotFit(child.acronym)
        }
        return Administration(
            id: current.id, name: new.name, acronym: new.acronym, level: new.level,
            publicService: new.publicService, parentID: new.parentID)
    }
}

/// A change that would break the administrations' tree.
public enum AdministrationEditError: DomainError, Equatable {
    /// The new parent is the administration itself or one under it.
    case parentInsideItself
    /// A child (its acronym) would no longer fit under the administration.
    case childDoesNotFit(String)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .parentInsideItself: "administration-parent-inside-itself"
        case .childDoesNotFit: "administration-child-does-not-fit"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .parentInsideItself: "parentID"
        case .childDoesNotFit: "level"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .parentInsideItself: "An administration cannot be placed under itself or one of its own."
        case .childDoesNotFit(let acronym):
            "The administration '\(acronym)' under this one would no longer fit (level or public service)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .invalidValue }
}
