// talents-api: the web API. Configuration from the environment (flags of the same meaning win),
// the database created and migrated on first start, then HTTP until SIGTERM/SIGINT.
import Foundation
import Support

let exitCode = await CommandRunner(root: APICommand.root).run(Array(CommandLine.arguments.dropFirst()))
exit(exitCode.rawValue)
