// talents-bench: the anchors' three endpoints (../shared/anchors) on our HTTPServer, for the
// side-by-side benchmark (scripts/bench-http.sh, docs/performance.md).
import Foundation

let configuration = BenchConfiguration(environment: ProcessInfo.processInfo.environment)
do {
    let server = try BenchServer(configuration: configuration)
    try server.start()
    print(
        "talents-bench pid \(getpid()) listening on \(configuration.host):\(server.port) db \(configuration.databasePath)"
    )
    fflush(nil)
    server.runUntilSignal()
} catch {
    FileHandle.standardError.write(Data("talents-bench: \(error)\n".utf8))
    exit(1)
}
