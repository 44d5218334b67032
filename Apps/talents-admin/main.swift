// talents-admin: the administrators' command line. Commands are declared in AdminCommand.swift.
import Foundation
import Support

let exitCode = await CommandRunner(root: AdminCommand.root).run(Array(CommandLine.arguments.dropFirst()))
exit(exitCode.rawValue)
