/// Everything the platform holds about one person (GDPR art. 15 and 20: access and
/// portability), as the records of each table that concern them — the same names as the
/// register of processing (docs/privacy.md) — with instants written in RFC 3339. Secrets
/// (token hashes, salts) are left out: they say nothing about the person and would weaken the
/// service.
public struct PersonalDataExport: Sendable, Hashable {
    /// One table's records about the person.
    public struct Table: Sendable, Hashable {
        /// The table's name, as in docs/privacy.md.
        public let name: String
        /// What the table holds, in French, for the readable view.
        public let title: String
        /// The columns, in the table's order.
        public let columns: [String]
        /// The records, one value per column.
        public let rows: [[Value]]

        /// Creates the value.
        public init(name: String, title: String, columns: [String], rows: [[Value]]) {
            self.name = name
            self.title = title
            self.columns = columns
            self.rows = rows
        }
    }

    /// A stored value.
    public enum Value: Sendable, Hashable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    /// The person's account id.
    public let userID: UserID
    /// When the export was made.
    public let madeAt: Instant
    /// The tables that hold something about the person (empty ones included, so that the
    /// export also says what is not held).
    public let tables: [Table]

    /// Creates the value.
    public init(userID: UserID, madeAt: Instant, tables: [Table]) {
        self.userID = userID
        self.madeAt = madeAt
        self.tables = tables
    }
}
