// talents-metrics: the Prometheus exporter. Configuration from the environment (flags of the
// same meaning win); the database is read through read-only connections, GET /metrics and
// GET /health are served until SIGTERM/SIGINT.
import Foundation
import Support

let exitCode = await CommandRunner(root: MetricsCommand.root).run(Array(CommandLine.arguments.dropFirst()))
exit(exitCode.rawValue)
