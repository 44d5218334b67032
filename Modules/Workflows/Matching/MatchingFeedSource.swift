import Domain
import Matching
import Persistence

/// Persistence's ``MatchingFeed`` as the ``MatchingSource`` of the in-memory index: the SQL
/// stays in Persistence, the ranking in `Matching`, and neither module depends on the other.
struct MatchingFeedSource: MatchingSource {
    let feed: MatchingFeed

    /// The source read through `connection`, in the caller's read transaction.
    init(_ connection: Connection) {
        feed = MatchingFeed(connection)
    }

    func latestChange() throws -> Int64 {
        try feed.latestChange()
    }

    func changes(after sequence: Int64) throws -> [MatchingChange] {
        try feed.changes(after: sequence)
    }

    func poolEntries(of id: TalentID?, _ body: (PoolEntry) throws -> Void) throws {
        try feed.poolEntries(of: id, body)
    }

    func openMissions(of id: MissionID?, _ body: (OpenMissionEntry) throws -> Void) throws {
        try feed.openMissions(of: id, body)
    }
}
