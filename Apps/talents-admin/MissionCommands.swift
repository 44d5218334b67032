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
            },
            transfer,
            Command.group(
                "co-owners", abstract: "Add or remove a co-owner of a mission (issue 22).",
                subcommands: [ownerChange("add"), ownerChange("remove")])
        ])

    /// `missions transfer <id> <email>`: the user becomes the mission's owner.
    static let transfer = Command(
        "transfer",
        abstract: "Make a user of the mission's administration (or one above or below it) the mission's owner.",
        options: [AdminCommand.json],
        arguments: [
            CommandArgument("id", help: "The mission id."),
            CommandArgument("email", help: "The new owner's e-mail address.")
        ]
    ) { invocation, context in
        try change(invocation, context, verb: "Transferred mission") { .transfer(to: $0) }
    }

    /// `missions co-owners add|remove <id> <email>`.
    static func ownerChange(_ name: String) -> Command {
        Command(
            name,
            abstract: name == "add"
                ? "Add a co-owner, who answers applications and signs for the owner like the owner."
                : "Remove a co-owner; the mission stays as it is.",
            options: [AdminCommand.json],
            arguments: [
                CommandArgument("id", help: "The mission id."),
                CommandArgument("email", help: "The co-owner's e-mail address.")
            ]
        ) { invocation, context in
            try change(
                invocation, context,
                verb: name == "add" ? "Added a co-owner to mission" : "Removed a co-owner from mission"
            ) {
                name == "add" ? .addCoOwner($0) : .removeCoOwner($0)
            }
        }
    }

    private static func change(
        _ invocation: CommandInvocation, _ context: CommandContext, verb: String,
        _ make: (UserID) -> MissionOwnerChange
    ) throws {
        let workflows = try AdminCommand.workflows(invocation, context)
        let id = MissionID(Int64(try invocation.argument("id", as: .int(in: 1...Int.max))))
        let user = try AdminCommand.user(email: invocation.argument("email"), in: workflows)
        let changed = try workflows.changeOwners(of: id, make(user.id), expectedRevision: nil, by: .commandLine)
        let mission = changed.value
        if invocation.flag("json") {
            return try AdminCommand.printJSON(
                Owners(
                    id: mission.id, ownerID: mission.ownerID, coOwnerIDs: mission.coOwnerIDs, revision: changed.revision
                ),
                to: context)
        }
        context.output.write(
            "\(verb) \(id) (revision \(changed.revision)): owner \(mission.ownerID), co-owners "
                + (mission.coOwnerIDs.isEmpty ? "none" : mission.coOwnerIDs.map(\.description).joined(separator: ", "))
                + ".\n")
    }

    /// Who owns a mission, as `--json` prints it: ids only.
    private struct Owners: Encodable {
        let id: MissionID
        let ownerID: UserID
        let coOwnerIDs: [UserID]
        let revision: Int
    }
}
