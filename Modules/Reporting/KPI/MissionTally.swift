import Domain
public import Persistence

/// The missions as the exporter needs them (administration, state, nature), kept in memory and
/// brought up to date at each scrape by re-reading only the missions that the audit events
/// appended since the previous scrape are about. The first update, or one after the trail went
/// backwards (the file was replaced), reads every mission.
public struct MissionTally: Sendable {
    // In the order of their names, so counts come out sorted as the query's.
    private static let states = MissionState.allCases.sorted { $0.rawValue < $1.rawValue }
    private static let natures = MissionNature.allCases.sorted { $0.rawValue < $1.rawValue }

    /// The sequence number of the last audit event taken into account; nil before the first update.
    public private(set) var lastEventID: Int64?
    private var missions: [Int64: ReportingQueries.MissionRow] = [:]
    /// Per administration, missions by state and nature (index `state × natures + nature`).
    private var counts: [Int64: [Int]] = [:]

    /// An empty tally: the first update reads every mission.
    public init() {}

    /// Brings the missions to the snapshot seen through `connection`, whose newest audit event is `last`.
    public mutating func update(from connection: Connection, through last: Int64) throws {
        let queries = ReportingQueries(connection)
        let rows: [ReportingQueries.MissionRow]
        if let previous = lastEventID, previous <= last {
            guard last > previous else { return }
            rows = try queries.missionRows(changedAfter: previous, through: last)
        } else {
            self = MissionTally()
            rows = try queries.missionRows()
        }
        for row in rows {
            if let previous = missions.updateValue(row, forKey: row.id) {
                counts[previous.administrationID]?[Self.index(previous)] -= 1
            }
            counts[row.administrationID, default: Array(repeating: 0, count: Self.states.count * Self.natures.count)][
                Self.index(row)] += 1
        }
        lastEventID = last
    }

    /// Missions by state, nature and ministry (from `names`), sorted as ``ProgrammeKPIs/missions()``.
    public func counts(names: [Int64: ReportingQueries.AdministrationName]) -> [ReportingQueries.MissionCount] {
        var byMinistry: [String: [Int]] = [:]
        for (administration, counts) in counts {
            let ministry = names[administration]?.ministry ?? String(administration)
            let sums = byMinistry[ministry].map { zip($0, counts).map(+) } ?? counts
            byMinistry[ministry] = sums
        }
        var result: [ReportingQueries.MissionCount] = []
        for ministry in byMinistry.keys.sorted() {
            let sums = byMinistry[ministry] ?? []
            for (stateIndex, state) in Self.states.enumerated() {
                for (natureIndex, nature) in Self.natures.enumerated() {
                    let count = sums[stateIndex * Self.natures.count + natureIndex]
                    if count > 0 {
                        result.append(
                            ReportingQueries.MissionCount(
                                state: state, nature: nature, ministry: ministry,
                                count: count))
                    }
                }
            }
        }
        return result
    }

    /// The administrations that proposed at least one mission.
    public var proposingAdministrations: Set<Int64> {
        Set(counts.keys)
    }

    private static func index(_ row: ReportingQueries.MissionRow) -> Int {
        // allCases are small fixed arrays: a linear search.
        states.firstIndex(of: row.state)! * natures.count + natures.firstIndex(of: row.nature)!
    }
}
