// talents-admin: the administrators' command line. Commands are declared in AdminCommand.swift.
import Foundation
import Support

let arguments = Array(CommandLine.arguments.dropFirst())
if let refusal = AdminArguments.refusal(arguments) {
    FileHandle.standardError.write(Data("error: \(refusal)\n".utf8))
    exit(ExitCode.usage.rawValue)
}
let exitCode = await CommandRunner(root: AdminCommand.root).run(arguments)
exit(exitCode.rawValue)
