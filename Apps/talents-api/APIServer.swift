import API
import Domain
import HTTP
import Persistence
import Runtime
import Support
import Web
import Workflows

/// Wires the database, the use cases, the routes and the HTTP server, and serves until a signal.
struct APIServer {
    let configuration: APIConfiguration

    func run() throws {
        let logger = Logger(minimumLevel: configuration.logLevel)
        // The access log's lines are written in chunks rather than one system call each: every
        // second, when 32 KiB are waiting, and at exit (below), so SIGTERM loses none.
        let accessSink = LogSink(bufferingFileDescriptor: 2)
        accessSink.flushPeriodically(every: 1)
        let accessLogger = Logger(minimumLevel: configuration.logLevel, sink: accessSink)
        let runtime = configuration.runtime
        let database = try TalentsDatabase.open(path: runtime.databasePath)
        let clock = try runtime.clock()
        let workflows = Workflows(database: database, clock: clock, configuration: runtime.workflows)
        let metrics = APIMetrics(startedAt: Double(SystemClock().now.millisecondsSinceEpoch) / 1000)
        let signInLinks = SignInLinkQueue(workflows: workflows) { error in
            // A database error: it names no address.
            logger.error("sign-in link request failed", ["error": String(describing: error)])
        }
        let server = HTTPServer(
            configuration: .init(host: configuration.host, port: configuration.port),
            responder: WriteOffloading(
                Self.router(
                    workflows: workflows, metrics: metrics, singleSignOn: configuration.singleSignOn,
                    signInLinks: signInLinks, legal: configuration.legal
                ).responder,
                workers: WorkerThreads(count: Self.writeWorkers, name: "talents-write")),
            accessLog: { entry in
                // Method, path without query, status, duration and id only: never bodies or tokens.
                accessLogger.info(
                    "request",
                    [
                        "method": entry.method, "path": entry.path, "status": entry.status,
                        "duration_ms": entry.milliseconds, "id": entry.requestID
                    ])
                if let internalError = entry.internalError {
                    logger.error("handler failed", ["id": entry.requestID, "error": internalError])
                }
            })
        try server.start()
        logger.info(
            "listening",
            [
                "host": configuration.host, "port": server.port,
                "schema": Schema.migrations.last?.version ?? 0
            ])
        let jobs = configuration.jobsInterval.map { interval in
            NotificationJobRunner(
                interval: Double(interval),
                job: Self.notificationJob(
                    NotificationJobs(
                        delivery: NotificationDelivery(
                            database: database, clock: clock,
                            settings: runtime.notifications)),
                    retention: RetentionJob(
                        workflows: workflows, settings: runtime.retention, notifications: runtime.notifications),
                    logger: logger))
        }
        jobs?.start()
        server.runUntilSignal()
        accessSink.flush()
        signInLinks.waitUntilIdle()
        jobs?.stop()
        accessSink.flush()
        let writes = database.writeStatistics
        logger.info("stopped", ["commits": writes.groups, "writes": writes.writes])
    }

    /// Threads answering the requests that change state (see `WriteOffloading`): enough for
    /// writes to wait for the writer together, and so commit together.
    static let writeWorkers = 16

    /// The JSON routes with the web front's pages beside them.
    static func router(
        workflows: Workflows, metrics: APIMetrics, singleSignOn: WebSingleSignOn?,
        signInLinks: SignInLinkQueue, legal: WebLegal = WebLegal()
    ) -> APIRouter {
        var router = APIRoutes.router(workflows: workflows, metrics: metrics)
        WebRoutes.add(to: &router, singleSignOn: singleSignOn, signInLinks: signInLinks, legal: legal)
        return router
    }

    /// One run of the notification job, and of the retention job once a day, logged by counts only
    /// (never addresses or contents).
    private static func notificationJob(_ jobs: NotificationJobs, retention: RetentionJob, logger: Logger)
        -> @Sendable () -> Void
    {
        {
            do {
                // At most once a day: the job answers nil when it already ran today.
                if let purged = try retention.run() {
                    logger.info(
                        "retention",
                        [
                            "messages": purged.messages, "mail_files": purged.mailFiles, "tokens": purged.tokens,
                            "sign_in_links": purged.signInLinks, "sessions": purged.sessions,
                            "students": purged.students, "warnings": purged.firstWarnings + purged.secondWarnings,
                            "anonymised": purged.anonymised
                        ])
                }
            } catch {
                logger.error("retention job failed", ["error": String(describing: error)])
            }
            do {
                let report = try jobs.run()
                let delivered = report.delivered
                guard report.scheduled.total + delivered.sent + delivered.retried + delivered.parked > 0 else { return }
                logger.info(
                    "notifications",
                    [
                        "scheduled": report.scheduled.total, "sent": delivered.sent,
                        "retried": delivered.retried, "parked": delivered.parked
                    ])
            } catch {
                logger.error("notification job failed", ["error": String(describing: error)])
            }
        }
    }
}
