/// A typed identifier backed by an `Int64` (an SQLite rowid).
///
/// `Tag` is a phantom type: `ID<Mission>` and `ID<Talent>` are distinct types, so a mission
/// id can never be passed where a talent id is expected. Encodes as a plain JSON number.
public struct ID<Tag>: Hashable, Comparable, Sendable {
    /// The underlying number, as stored in the database.
    public let rawValue: Int64

    /// Wraps a stored number.
    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Orders identifiers by their number (creation order for rowids).
    public static func < (lhs: ID, rhs: ID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Identifies an ``Administration``.
public typealias AdministrationID = ID<Administration>
/// Identifies a ``User``.
public typealias UserID = ID<User>
/// Identifies a ``Talent``.
public typealias TalentID = ID<Talent>
/// Identifies a ``Mission``.
public typealias MissionID = ID<Mission>
/// Identifies an ``Application``.
public typealias ApplicationID = ID<Application>

extension ID: Codable {
    /// Decodes a plain number.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes a plain number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension ID: LosslessStringConvertible {
    /// Parses the decimal form used in URL paths, e.g. `"42"`; nil for anything else.
    public init?(_ description: String) {
        guard let value = Int64(description) else { return nil }
        self.init(value)
    }

    /// The decimal number.
    public var description: String { String(rawValue) }
}

extension ID: ExpressibleByIntegerLiteral {
    /// Writes an identifier as a literal, e.g. `let id: MissionID = 7`.
    public init(integerLiteral value: Int64) {
        self.init(value)
    }
}
