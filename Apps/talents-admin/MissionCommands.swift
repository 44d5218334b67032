import Domain
import Support
import Workflows

/// `talents-admin missions …`: the jobs on missions.
enum MissionCommands {
    static let group = Command.group(
        "missions", abstract: "Jobs on missions.",
        subcommands: [
            Command(
                "expire", abstract: "Close the published missions whose application deadline has passed (run daily).",
                options: [AdminCommand.json]
            ) { invocation, context in
                let expired = try AdminCommand.workflows(invocation, context).expireMissions(by: .commandLine)
                if invocation.flag("json") { return try AdminCommand.printJSON(expired.map(\.id), to: context) }
                context.output.write(
                    "Expired \(expired.count) mission\(expired.count == 1 ? "" : "s")"
                        + (expired.isEmpty ? "" : ": " + expired.map { String($0.id.rawValue) }.joined(separator: ", "))
                        + ".\n")
            }
        ])
}
