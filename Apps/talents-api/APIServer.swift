import Domain
import HTTP
import Persistence
import Support
import Workflows

/// Wires the database, the use cases, the routes and the HTTP server, and serves until a signal.
struct APIServer {
    let configuration: APIConfiguration

    func run() throws {
        let logger = Logger(minimumLevel: configuration.logLevel)
        let database = try TalentsDatabase.open(path: configuration.databasePath)
        let workflows = Workflows(database: database, clock: configuration.clock, configuration: .init(
            administrationRules: AdministrationRules(enabledPublicServices: configuration.publicServices),
            recognition: RecognitionConfiguration(rate: configuration.creditRate, baseURL: configuration.baseURL)))
        let server = HTTPServer(
            configuration: .init(host: configuration.host, port: configuration.port),
            responder: APIRoutes.router(workflows: workflows).responder,
            accessLog: { entry in
                // Method, path without query, status, duration and id only: never bodies or tokens.
                logger.info("request", ["method": entry.method, "path": entry.path, "status": entry.status,
                                        "duration_ms": entry.milliseconds, "id": entry.requestID])
                if let internalError = entry.internalError {
                    logger.error("handler failed", ["id": entry.requestID, "error": internalError])
                }
            })
        try server.start()
        logger.info("listening", ["host": configuration.host, "port": server.port,
                                  "schema": Schema.migrations.last?.version ?? 0])
        server.runUntilSignal()
        logger.info("stopped")
    }
}
