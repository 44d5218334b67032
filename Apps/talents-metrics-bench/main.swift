// talents-metrics-bench: fills a temporary database with a programme at scale (talents,
// missions, applications and their audit trail) for scripts/bench-metrics.sh, which times
// talents-metrics' scrapes over HTTP (docs/performance.md, "Scraping at scale").
import Foundation
import Support

let exitCode = await CommandRunner(root: BenchDataCommand.root).run(Array(CommandLine.arguments.dropFirst()))
exit(exitCode.rawValue)
