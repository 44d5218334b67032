public import Domain

/// Why the demo seed refused to run.
public enum DemoSeedError: DomainError, Equatable {
    /// The database already holds administrations: seeding would mix demo data with real data
    /// or double it.
    case databaseNotEmpty(administrations: Int)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .databaseNotEmpty: "demo-seed-database-not-empty"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .databaseNotEmpty(let count):
            "The demo seed runs only on a database without administrations; this one already holds \(count)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .conflict }
}
