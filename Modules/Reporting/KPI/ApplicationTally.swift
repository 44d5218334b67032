public import Domain
public import Persistence

/// The application figures of the exporter, kept up to date at each scrape by re-reading only
/// the applications that the audit events appended since the previous scrape are about.
///
/// Every store write appends its audit event in the same transaction as the row, so the events
/// `(lastEventID, last]` name every application changed in between. Declined and withdrawn
/// applications never change again; the live ones (submitted, interview proposed, accepted) are
/// held in memory. An answer time is fixed at the first answer, and a withdrawal is final: each
/// application adds to the answer figures once, when it is first seen answered or withdrawn.
/// What depends on the time of the scrape (unanswered past the due date) is counted by
/// ``AwaitingApplications`` from the applications that fell due since the previous scrape.
/// The first update, or one after the trail went backwards (the file was replaced), reads
/// everything with aggregate queries.
public struct ApplicationTally: Sendable {
    /// The answer figures, per administration, that can no longer change.
    struct Answers: Sendable {
        var answered = 0
        var totalMilliseconds: Int64 = 0
        var within = AnswerTimes.bucketDays.map { _ in 0 }
        var inTime = 0
        var due = 0
    }

    /// A live application and whether its answer was already counted.
    struct Live: Sendable {
        var row: ReportingQueries.ApplicationRow
        var counted: Bool
    }

    static let boundsMilliseconds = AnswerTimes.bucketDays.map { Int64($0) * 86_400_000 }

    /// The sequence number of the last audit event taken into account; nil before the first update.
    public private(set) var lastEventID: Int64?
    private var lastApplicationID: Int64 = 0
    private var live: [Int64: Live] = [:]
    private var statusCounts: [ApplicationStatus: Int] = [:]
    private var settled: [Int64: Answers] = [:]
    private var liveByAdministration: [Int64: Int] = [:]
    private var awaiting = AwaitingApplications()

    /// An empty tally: the first update reads every application.
    public init() {}

    /// Brings the figures to the snapshot seen through `connection`, whose newest audit event is `last`.
    public mutating func update(from connection: Connection, through last: Int64) throws {
        let queries = ReportingQueries(connection)
        guard let previous = lastEventID, previous <= last else {
            try load(queries, through: last)
            return
        }
        guard last > previous else { return }
        let rows = try queries.applicationRows(changedAfter: previous, through: last)
        for row in rows { apply(row) }
        lastApplicationID = max(lastApplicationID, rows.map(\.id).max() ?? 0)
        lastEventID = last
    }

    /// Applications by current status, every status listed.
    public var applications: [(status: ApplicationStatus, count: Int)] {
        ApplicationStatus.allCases.map { ($0, statusCounts[$0] ?? 0) }
    }

    /// Answer times per administration with applications, and the applications overdue at `now`
    /// per administration in `proposing` (0 included); `names` maps ids to acronyms.
    public mutating func answerTimesAndOverdue(at now: Instant, names: [Int64: String], proposing: Set<Int64>)
        -> (answerTimes: [AnswerTimes], overdue: [(administration: String, count: Int)])
    {
        awaiting.evaluate(at: now.millisecondsSinceEpoch)
        let overdue = awaiting.overdue
        let times = Set(settled.keys).union(liveByAdministration.keys).map { id in
            let answers = settled[id] ?? Answers()
            return AnswerTimes(
                administration: names[id] ?? String(id),
                histogram: Histogram(
                    upperBounds: AnswerTimes.bucketSeconds,
                    cumulativeCounts: answers.within, count: answers.answered,
                    sum: Double(answers.totalMilliseconds) / 1000),
                answeredInTime: answers.inTime, due: answers.due + (overdue[id] ?? 0))
        }
        let overdueList = proposing.map { (administration: names[$0] ?? String($0), count: overdue[$0] ?? 0) }
        return (
            times.sorted { $0.administration < $1.administration },
            overdueList.sorted { $0.administration < $1.administration }
        )
    }

    private mutating func load(_ queries: ReportingQueries, through last: Int64) throws {
        self = ApplicationTally()
        for counts in try queries.settledAnswerCounts(upperBounds: Self.boundsMilliseconds) {
            settled[counts.administrationID] = Answers(
                answered: counts.answered, totalMilliseconds: counts.totalMilliseconds, within: counts.answeredWithin,
                inTime: counts.answeredInTime, due: counts.due)
        }
        statusCounts = try queries.applicationCounts()
        for row in try queries.liveApplicationRows() {
            live[row.id] = Live(row: row, counted: row.answeredAt != nil)
            enter(row)
        }
        lastApplicationID = try queries.lastApplicationID()
        lastEventID = last
    }

    /// Takes a changed row into account; `lastApplicationID` still names the previous snapshot.
    private mutating func apply(_ row: ReportingQueries.ApplicationRow) {
        let previous = live[row.id]
        // Neither live before nor new: declined or withdrawn before, so it cannot have changed.
        guard previous != nil || row.id > lastApplicationID else { return }
        if let previous {
            statusCounts[previous.row.status, default: 0] -= 1
            leave(previous.row)
        }
        statusCounts[row.status, default: 0] += 1
        var counted = previous?.counted ?? false
        if !counted, row.answeredAt != nil || row.status == .withdrawn {
            count(row)
            counted = true
        }
        live[row.id] = row.status.isLive ? Live(row: row, counted: counted) : nil
        if row.status.isLive { enter(row) }
    }

    /// Counts a live row in the per-administration and awaiting figures.
    private mutating func enter(_ row: ReportingQueries.ApplicationRow) {
        liveByAdministration[row.administrationID, default: 0] += 1
        if row.status == .submitted, row.answeredAt == nil {
            awaiting.insert(id: row.id, dueAt: row.dueAt, administrationID: row.administrationID)
        }
    }

    /// Takes a live row out of the per-administration and awaiting figures.
    private mutating func leave(_ row: ReportingQueries.ApplicationRow) {
        let remaining = (liveByAdministration[row.administrationID] ?? 0) - 1
        liveByAdministration[row.administrationID] = remaining > 0 ? remaining : nil
        awaiting.remove(id: row.id)
    }

    /// Adds the answer figures of an application answered, or withdrawn unanswered.
    private mutating func count(_ row: ReportingQueries.ApplicationRow) {
        var answers = settled[row.administrationID] ?? Answers()
        if let answeredAt = row.answeredAt {
            let milliseconds = answeredAt - row.submittedAt
            answers.answered += 1
            answers.totalMilliseconds += milliseconds
            for (index, bound) in Self.boundsMilliseconds.enumerated() where milliseconds <= bound {
                answers.within[index] += 1
            }
            if answeredAt <= row.dueAt { answers.inTime += 1 }
            answers.due += 1
        } else if row.updatedAt > row.dueAt {
            // Withdrawn after the due date unanswered: the promise was already broken.
            answers.due += 1
        }
        settled[row.administrationID] = answers
    }
}
