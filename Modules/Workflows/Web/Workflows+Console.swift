public import Domain
import Persistence
public import Reporting

extension Workflows {
    /// The programme's figures for the operator's console, now, on one read snapshot.
    /// - Throws: ``AccessError`` unless the caller is the operator (or the command line).
    public func programmeFigures(by caller: Caller) throws -> ProgrammeFigures {
        try programmeFigures(firstDay: nil, lastDay: nil, by: caller)
    }

    /// The programme's figures over the calendar days `firstDay` through `lastDay` (UTC, both
    /// included, either open): the events within them (missions created, applications
    /// submitted…) and the stocks at now, on one read snapshot.
    /// - Throws: ``AccessError`` unless the caller is the operator (or the command line).
    public func programmeFigures(firstDay: LocalDate?, lastDay: LocalDate?, by caller: Caller) throws
        -> ProgrammeFigures
    {
        try caller.require(.operator, to: "read the programme's figures")
        let now = clock.now
        let period = ReportingPeriod(firstDay: firstDay, lastDay: lastDay)
        return try database.read { try ProgrammeKPIs($0, now: now, period: period).figures() }
    }
}

extension Workflows {
    /// The missions awaiting the operator's review, nearest application deadline first (a
    /// mission can no longer be published once it has passed), one page after `cursor`.
    /// - Throws: ``AccessError`` unless the caller is the operator; ``MissionSearchError`` for a
    ///   bad cursor.
    public func moderationQueue(
        after cursor: String? = nil, limit: Int = MissionSearch.limits.upperBound,
        by caller: Caller
    ) throws -> MissionPage {
        try caller.require(.operator, to: "review submitted missions")
        let search = MissionSearch(
            states: [.submitted], sort: MissionSort(.deadline), limit: limit,
            after: try cursor.map(MissionCursor.position(from:)))
        return try missions(matching: search, by: caller)
    }

    /// A mission as the operator reviews it, in any state, with its revision.
    /// - Throws: ``AccessError`` unless the caller is the operator; ``NotFoundError``.
    public func missionUnderReview(_ id: MissionID, by caller: Caller) throws -> Versioned<Mission> {
        try caller.require(.operator, to: "review a mission")
        return try mission(id, by: caller)
    }
}
