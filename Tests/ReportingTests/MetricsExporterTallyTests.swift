import Domain
import Persistence
import Reporting
import Synchronization
import TestSupport
import Testing

/// The exporter's tallies, advanced by the audit events of each scrape, against the aggregate
/// queries of ``ProgrammeKPIs`` over the same snapshot; and the pool refreshed off the scrape path.
@Suite struct MetricsExporterTallyTests {
    /// Refreshes queued by the exporter, run when the test says.
    final class QueuedBackground: Sendable {
        private let queue = Mutex<[@Sendable () -> Void]>([])

        var count: Int { queue.withLock { $0.count } }

        func enqueue(_ body: @escaping @Sendable () -> Void) {
            queue.withLock { $0.append(body) }
        }

        func runAll() {
            for body in queue.withLock({ queue in
                defer { queue = [] }
                return queue
            }) { body() }
        }
    }

    private func exporter(
        _ database: TemporaryDatabase, clock: FixedClock, background: QueuedBackground,
        interval: Duration = .seconds(300)
    ) throws -> MetricsExporter {
        MetricsExporter(
            database: try TalentsDatabase.openReadOnly(path: database.path),
            configuration: .init(poolRefreshInterval: interval), clock: clock,
            stopwatch: { body in
                body()
                return .milliseconds(250)
            },
            background: { background.enqueue($0) })
    }

    /// The programme's families as the aggregate queries compute them.
    private func reference(_ database: TemporaryDatabase, at now: Instant) throws -> String {
        try database.pool.read { connection in
            var events = EventTally()
            try events.update(from: connection)
            return PrometheusText.render(
                ProgrammeMetrics.families(
                    try ProgrammeKPIs(connection, now: now).figures(),
                    events: events))
        }
    }

    /// The scrape without the exporter's own families.
    private func programme(_ text: String) -> String {
        var kept: [Substring] = []
        var own = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // The exporter's own families and the retention job's are not programme figures.
            if line.hasPrefix("# HELP ") {
                own = line.hasPrefix("# HELP talents_metrics_") || line.hasPrefix("# HELP talents_retention_")
            }
            if !own { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }

    private func change(
        _ database: TemporaryDatabase, at now: Instant,
        _ body: (ApplicationStore, MissionStore) throws -> Void
    ) throws {
        try database.pool.write { try body(ApplicationStore($0), MissionStore($0)) }
    }

    @Test func talliesFollowEveryChangeAndTheClockAsTheQueriesDo() throws {
        try withProgrammeWorld { database in
            let clock = FixedClock(ProgrammeWorld.now)
            let background = QueuedBackground()
            let exporter = try exporter(database, clock: clock, background: background)
            #expect(programme(exporter.scrape().text) == (try reference(database, at: clock.now)))

            // a2 (interview) accepted: already answered, counted once; a4 (overdue) declined late;
            // b1 (not yet due) withdrawn before its due date; b3 (accepted) withdrawn; a new
            // application of t5 to A; mission C closed as filled.
            let now = clock.now
            try change(database, at: now) { applications, missions in
                func move(_ id: Int64, _ action: String, _ transition: (inout Application) throws -> Void) throws {
                    var application = try #require(try applications.find(ApplicationID(id)))
                    try transition(&application)
                    try applications.update(application, action: action, by: .commandLine, at: now)
                }
                try move(2, "application.accepted") { try $0.accept(at: now) }
                try move(4, "application.declined") {
                    try $0.decline(reason: try CodedReason(.profileDoesNotFit), at: now)
                }
                try move(5, "application.withdrawn") {
                    try $0.withdraw(reason: try CodedReason(.noLongerAvailable), at: now)
                }
                try move(7, "application.withdrawn") {
                    try $0.withdraw(reason: try CodedReason(.noLongerAvailable), at: now)
                }
                _ = try applications.submit(
                    missionID: MissionID(1), talentID: TalentID(5), motivation: "Motivation.",
                    by: .commandLine, at: now)
                var mission = try #require(try missions.find(MissionID(3)))
                try mission.closeAsFilled(at: now)
                try missions.update(mission, action: "mission.closed-as-filled", by: .commandLine, at: now)
            }
            let afterChanges = exporter.scrape().text
            #expect(programme(afterChanges) == (try reference(database, at: clock.now)))
            #expect(afterChanges.contains(#"talents_applications{status="accepted"} 3"#))

            // 20 days later the new application is overdue; then the clock goes back a day.
            clock.advance(days: 20)
            let later = exporter.scrape().text
            #expect(later.contains(#"talents_applications_overdue{administration="DNUM"} 1"#))
            #expect(programme(later) == (try reference(database, at: clock.now)))
            clock.advance(days: -19)
            #expect(programme(exporter.scrape().text) == (try reference(database, at: clock.now)))
        }
    }

    @Test func aRestartedExporterReadsTheSameFiguresAsOneThatFollowedTheChanges() throws {
        try withProgrammeWorld { database in
            let clock = FixedClock(ProgrammeWorld.now)
            let background = QueuedBackground()
            let first = try exporter(database, clock: clock, background: background)
            _ = first.scrape()
            try change(database, at: clock.now) { applications, _ in
                var application = try #require(try applications.find(ApplicationID(5)))
                try application.accept(at: clock.now)
                try applications.update(application, action: "application.accepted", by: .commandLine, at: clock.now)
            }
            let followed = first.scrape().text
            #expect(followed == (try exporter(database, clock: clock, background: background).scrape().text))
        }
    }

    @Test func poolFiguresAreRefreshedOffTheScrapePathOnceTheIntervalHasPassed() throws {
        try withProgrammeWorld { database in
            let clock = FixedClock(ProgrammeWorld.now)
            let background = QueuedBackground()
            let exporter = try exporter(database, clock: clock, background: background, interval: .seconds(60))
            #expect(exporter.scrape().text.contains("talents_pool_members 3\n"))
            try database.pool.write { connection in
                var talent = try #require(try TalentStore(connection).find(TalentID(4)))
                try talent.joinPool(consent: true, at: clock.now)
                try TalentStore(connection).update(
                    talent, action: "talent.pool-joined", by: .commandLine, at: clock.now)
            }
            clock.advance(seconds: 59)
            let early = exporter.scrape().text
            #expect(early.contains("talents_pool_members 3\n"))
            #expect(early.contains(#"talents_metrics_figures_age_seconds{figures="pool"} 59"#))
            #expect(background.count == 0, "no refresh before the interval")

            clock.advance(seconds: 1)
            #expect(exporter.scrape().text.contains("talents_pool_members 3\n"), "the scrape does not wait for it")
            #expect(background.count == 1)
            _ = exporter.scrape()
            #expect(background.count == 1, "one refresh at a time")
            background.runAll()
            let refreshed = exporter.scrape().text
            #expect(refreshed.contains("talents_pool_members 4\n"))
            #expect(refreshed.contains(#"talents_metrics_figures_age_seconds{figures="pool"} 0"#))
        }
    }
}
