import Domain

/// The read queries behind the programme indicators (Reporting): aggregates only, each one
/// statement, run inside the caller's read transaction so they all see one snapshot.
///
/// Administrations are named by their acronym (unique); a ministry is the root of an
/// administration's tree, found by a recursive CTE (https://www.sqlite.org/lang_with.html).
public struct ReportingQueries {
    let connection: Connection

    /// The queries seen through `connection` (inside the caller's read transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// `WITH RECURSIVE ministry(id, acronym)`: every administration with its ministry's acronym.
    static let ministryCTE = """
        WITH RECURSIVE ministry(id, acronym) AS (
            SELECT id, acronym FROM administrations WHERE parent_id IS NULL
            UNION ALL
            SELECT administrations.id, ministry.acronym FROM administrations JOIN ministry
                ON administrations.parent_id = ministry.id)
        """

    /// `(?N IS NULL OR column >= ?N) AND (?M IS NULL OR column < ?M)` for a period bound at
    /// parameters `first` and `first + 1`.
    static func period(_ column: String, parameter first: Int) -> String {
        "(?\(first) IS NULL OR \(column) >= ?\(first)) AND (?\(first + 1) IS NULL OR \(column) < ?\(first + 1))"
    }
}
