public import Foundation

/// An instant stored as INTEGER milliseconds since 1970-01-01T00:00:00Z.
///
/// Instants are stored as integers, never as ISO 8601 text: `JSONEncoder`'s `.iso8601` drops
/// fractional seconds, and integers sort and compare in SQL. Domain instants bridge through
/// `rawValue`.
public struct EpochMilliseconds: RawRepresentable, Hashable, Comparable, Sendable,
    SQLiteBindable, SQLiteDecodable, CustomStringConvertible
{
    /// Milliseconds since the Unix epoch; negative before 1970.
    public let rawValue: Int64

    /// Creates an instant from milliseconds since the Unix epoch.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Creates an instant from a `Date`, truncated toward the past to the millisecond.
    public init(_ date: Date) {
        rawValue = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// The current instant of the system clock.
    public static func now() -> EpochMilliseconds {
        EpochMilliseconds(Date())
    }

    /// The instant as a `Date`.
    public var date: Date {
        Date(timeIntervalSince1970: Double(rawValue) / 1000)
    }

    /// Orders instants in time.
    public static func < (lhs: EpochMilliseconds, rhs: EpochMilliseconds) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// An INTEGER.
    public var sqlValue: SQLValue { .integer(rawValue) }

    /// Reads an INTEGER.
    public init?(sqlValue: SQLValue) {
        guard let value = Int64(sqlValue: sqlValue) else { return nil }
        rawValue = value
    }

    /// The raw milliseconds, e.g. "1700000000000 ms".
    public var description: String { "\(rawValue) ms" }
}
