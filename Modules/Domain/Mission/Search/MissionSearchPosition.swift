/// Where a page of a mission listing ended: the sort key of its last mission and that
/// mission's id. The next page holds the missions strictly after it in the sort order, so pages
/// neither repeat nor skip a mission when others are inserted meanwhile (keyset pagination).
public struct MissionSearchPosition: Hashable, Sendable {
    /// The order the position belongs to; a position is meaningless in another.
    public var sort: MissionSort
    /// For ``MissionSort/Key/relevance``: the tier of the last mission (0: every word in the title).
    public var rank: Double?
    /// The last mission's sort value: epoch milliseconds for times (0 when never published),
    /// days since the epoch for the deadline, hours for the effort; for relevance, the
    /// publication time that breaks ties between equal scores.
    public var value: Int64
    /// The last mission's id, the final tie-breaker.
    public var id: MissionID

    /// Creates a position.
    public init(sort: MissionSort, rank: Double? = nil, value: Int64, id: MissionID) {
        self.sort = sort
        self.rank = rank
        self.value = value
        self.id = id
    }
}
