/// A saved search that breaks a rule.
public enum SavedSearchError: DomainError, Equatable {
    /// The name is empty or longer than ``NewSavedSearch/maximumNameLength``.
    case nameLength(count: Int)
    /// A parameter of ``NewSavedSearch/excludedParameters``.
    case parameterNotSaved(String)
    /// The user already has ``NewSavedSearch/maximumPerUser`` saved searches.
    case tooMany

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .nameLength: "saved-search-name-length"
        case .parameterNotSaved: "saved-search-parameter-not-saved"
        case .tooMany: "saved-search-too-many"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .nameLength: "name"
        case .parameterNotSaved(let name): "parameters.\(name)"
        case .tooMany: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .nameLength(let count):
            "The name must hold 1 to \(NewSavedSearch.maximumNameLength) characters, not \(count)."
        case .parameterNotSaved(let name):
            "The parameter '\(name)' cannot be saved: alerts are about newly published missions, in no order "
                + "(\(NewSavedSearch.excludedParameters.sorted().joined(separator: ", ")) are not saved)."
        case .tooMany:
            "A user may save at most \(NewSavedSearch.maximumPerUser) searches; delete one first."
        }
    }

    /// ``DomainErrorKind/conflict`` for ``tooMany``, else ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind {
        self == .tooMany ? .conflict : .invalidValue
    }
}
