import FoundationEssentials
import HTTP
import Persistence

/// The benchmark server: the anchors' endpoints on `HTTPServer`, reads on per-thread
/// connections, inserts through a `GroupCommitWriter`.
///
/// - `GET /health` → 200 `ok` (`text/plain; charset=utf-8`)
/// - `GET /missions/{id}` → 200 the row as JSON; 404 when absent; 400 when `id` is not an integer
/// - `POST /missions` → 201 the inserted row (id and `created_at` from `INSERT … RETURNING`),
///   sent once its transaction has committed; 400 when the content is not a new mission
final class BenchServer: Sendable {
    let configuration: BenchConfiguration
    private let server: HTTPServer
    private let writer: GroupCommitWriter

    static let jsonType = "application/json; charset=utf-8"

    /// Creates and seeds the database if needed and opens the writer; `start()` binds.
    init(configuration: BenchConfiguration) throws {
        self.configuration = configuration
        try MissionSchema.prepare(path: configuration.databasePath)
        let writer = try GroupCommitWriter(path: configuration.databasePath, configuration: configuration.writer)
        let readers = MissionReaders(path: configuration.databasePath)
        self.writer = writer
        server = HTTPServer(
            configuration: .init(
                host: configuration.host, port: configuration.port,
                eventLoops: configuration.eventLoops),
            responder: Self.router(readers: readers, writer: writer))
    }

    static func router(readers: MissionReaders, writer: GroupCommitWriter) -> Router {
        var router = Router()
        // Built once: returning it copies references, not bytes.
        let health = HTTPResponse(status: .ok, contentType: "text/plain; charset=utf-8", body: "ok")
        router.get("/health") { _ in health }
        router.get("/missions/{id}") { request in
            let id = try request.parameters.require("id", as: Int.self)
            guard let mission = try readers.mission(id: id) else {
                throw ProblemDetails(status: .notFound, detail: "There is no mission \(id).")
            }
            return HTTPResponse(status: .ok, contentType: jsonType, body: MissionJSON.render(mission))
        }
        router.post(
            "/missions",
            deferred: { request, response in
                let new: NewMission
                do {
                    // As the anchors: the content is decoded as JSON whatever its Content-Type.
                    new = try JSONDecoder().decode(NewMission.self, from: Data(request.body))
                } catch {
                    response.fail(
                        ProblemDetails(
                            status: .badRequest,
                            detail:
                                "The content must be a JSON object with the strings title, description and status and the integer hours."
                        ))
                    return
                }
                writer.submit(
                    { connection in
                        try MissionSchema.insert(new, on: connection)
                    },
                    completion: { result in
                        switch result {
                        case .success(let mission):
                            response.send(
                                HTTPResponse(status: .created, contentType: jsonType, body: MissionJSON.render(mission))
                            )
                        case .failure(let error):
                            response.fail(error)
                        }
                    })
            })
        return router
    }

    /// The bound port, once started.
    var port: Int { server.port }

    /// Binds and starts serving.
    func start() throws {
        try server.start()
    }

    /// Serves until SIGTERM or SIGINT, then drains in-flight requests and the writer.
    func runUntilSignal() {
        server.runUntilSignal()
        writer.shutdown()
    }

    /// Stops serving, then drains the writer.
    func shutdown() {
        server.shutdown()
        writer.shutdown()
    }
}
