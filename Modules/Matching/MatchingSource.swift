public import Domain

/// Where ``MatchingIndex`` reads its candidates, one snapshot per call: Persistence's
/// `MatchingFeed` over a read transaction, or plain values in tests. Only consenting talents and
/// published missions have entries.
public protocol MatchingSource {
    /// The number of the last change in this snapshot (0 before any).
    func latestChange() throws -> Int64
    /// The changes numbered after `sequence`, in order.
    func changes(after sequence: Int64) throws -> [MatchingChange]
    /// Calls `body` with every talent of the pool, or with talent `id` only (nothing when they
    /// are not in the pool).
    func poolEntries(of id: TalentID?, _ body: (PoolEntry) throws -> Void) throws
    /// Calls `body` with every published mission, or with mission `id` only (nothing when it is
    /// not published).
    func openMissions(of id: MissionID?, _ body: (OpenMissionEntry) throws -> Void) throws
}
