import Foundation
import HTTP
import Persistence
import Reporting
import Support

/// Wires the read-only database, the exporter, the routes and the HTTP server, and serves
/// until a signal.
struct MetricsServer {
    let configuration: MetricsConfiguration

    func run() throws {
        let logger = Logger(minimumLevel: configuration.logLevel)
        let database = try openDatabase(logger: logger)
        let exporter = MetricsExporter(database: database)
        var router = Router()
        router.get("/health") { _ in
            HTTPResponse(contentType: "text/plain; charset=utf-8", body: "ok")
        }
        router.get("/metrics") { _ in
            let scrape = exporter.scrape()
            if let error = scrape.error {
                logger.error("scrape failed", ["error": String(describing: error)])
            }
            // 200 even when reading failed: the exporter's own metrics say so, and Prometheus
            // keeps them (a 5xx would drop the whole scrape, error counter included).
            return HTTPResponse(contentType: PrometheusText.contentType, body: scrape.text)
        }
        let server = HTTPServer(
            configuration: .init(host: configuration.host, port: configuration.port, eventLoops: 1),
            responder: router,
            accessLog: { entry in
                logger.debug(
                    "request",
                    [
                        "method": entry.method, "path": entry.path, "status": entry.status,
                        "id": entry.requestID
                    ])
                if let internalError = entry.internalError {
                    logger.error("handler failed", ["id": entry.requestID, "error": internalError])
                }
            })
        try server.start()
        logger.info("listening", ["host": configuration.host, "port": server.port, "db": configuration.databasePath])
        // A scrape arriving meanwhile waits for it, then reads only what changed since.
        MetricsExporter.onGlobalQueue {
            let duration = ContinuousClock().measure { exporter.warmUp() }
            logger.info(
                "figures read",
                [
                    "seconds": String(
                        format: "%.3f",
                        Double(duration.components.seconds)
                            + Double(duration.components.attoseconds) / 1e18)
                ])
        }
        server.runUntilSignal()
        logger.info("stopped")
    }

    /// Opens the database read-only. The file must exist and be a Talents database: a missing path
    /// is most likely a mistyped `--db`/`TALENTS_DB`, and exporting the zeros of a new empty file
    /// would hide it; start `talents-api` (or run `talents-admin db migrate`) first. A database
    /// with pending migrations is migrated once (the exporter may be upgraded before the API);
    /// a schema newer than this binary is refused.
    private func openDatabase(logger: Logger) throws -> DatabasePool {
        let path = configuration.databasePath
        try TalentsDatabase.requireTalentsDatabase(at: path)
        do {
            return try TalentsDatabase.openReadOnly(path: path)
        } catch MigrationError.pendingMigrations {
            let applied = try TalentsDatabase.migrate(path: path)
            logger.info("migrated", ["db": path, "versions": applied.map(String.init).joined(separator: ",")])
            return try TalentsDatabase.openReadOnly(path: path)
        }
    }
}
