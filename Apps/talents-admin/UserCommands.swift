import Domain
import Support
import Workflows

/// `talents-admin users …` and `talents-admin tokens …`: accounts and their API tokens.
enum UserCommands {
    static let users = Command.group(
        "users", abstract: "Add, list, change the roles of, deactivate and reactivate users.",
        subcommands: [
            Command(
                "add", abstract: "Add a user with one or more roles.",
                options: [
                    .value("name", placeholder: "text", help: "Display name, e.g. \"Camille Martin\".", required: true),
                    .value("email", placeholder: "address", help: "E-mail address (unique).", required: true),
                    .value(
                        "role", placeholder: "role", help: "One of \(roles); repeat for several.", required: true,
                        repeatable: true),
                    .value(
                        "administration", placeholder: "id|acronym",
                        help: "The user's administration (needed by referents)."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let administration = try invocation.string("administration").map {
                    try AdminCommand.administrationID($0, in: workflows)
                }
                let new = NewUser(
                    displayName: try invocation.requiredString("name"),
                    email: try EmailAddress(try invocation.requiredString("email")),
                    roles: Set(try invocation.values("role", as: .code(Role.self))),
                    administrationID: administration)
                let user = try workflows.addUser(new, by: .commandLine)
                if invocation.flag("json") { return try AdminCommand.printJSON(user, to: context) }
                context.output.write("Added user \(user.id).\n")
            },
            Command("list", abstract: "List users and their roles.", options: [AdminCommand.json]) {
                invocation, context in
                let users = try AdminCommand.workflows(invocation, context).users()
                if invocation.flag("json") { return try AdminCommand.printJSON(users, to: context) }
                var table = Table("ID", "EMAIL", "ROLES", "ACTIVE", "NAME")
                for user in users {
                    table.append(
                        String(user.id.rawValue), user.email.value,
                        user.roles.sorted().map(\.rawValue).joined(separator: ","), user.isActive ? "yes" : "no",
                        user.displayName)
                }
                context.output.write(table.rendered)
            },
            Command(
                "roles", abstract: "Grant and revoke a user's roles.",
                options: [
                    .value("add", placeholder: "role", help: "A role to grant; repeat for several.", repeatable: true),
                    .value(
                        "remove", placeholder: "role", help: "A role to revoke; repeat for several.", repeatable: true),
                    AdminCommand.json
                ],
                arguments: [CommandArgument("email", help: "The user's e-mail address.")]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let user = try AdminCommand.user(email: invocation.argument("email"), in: workflows)
                let changed = try workflows.changeRoles(
                    of: user.id, adding: Set(try invocation.values("add", as: .code(Role.self))),
                    removing: Set(try invocation.values("remove", as: .code(Role.self))), by: .commandLine)
                if invocation.flag("json") { return try AdminCommand.printJSON(changed, to: context) }
                context.output.write(
                    "User \(changed.id) now holds \(changed.roles.sorted().map(\.rawValue).joined(separator: ",")).\n")
            },
            activation("deactivate", active: false),
            activation("reactivate", active: true)
        ])

    /// `users deactivate|reactivate <email>`: a deactivated user cannot sign in, and their sessions
    /// and tokens stop at once.
    private static func activation(_ name: String, active: Bool) -> Command {
        Command(
            name,
            abstract: active
                ? "Reactivate a deactivated user (old sessions and tokens stay ended)."
                : "Deactivate a user: no more sign-in; sessions and tokens stop at once.",
            options: [AdminCommand.json],
            arguments: [CommandArgument("email", help: "The user's e-mail address.")]
        ) { invocation, context in
            let workflows = try AdminCommand.workflows(invocation, context)
            let user = try AdminCommand.user(email: invocation.argument("email"), in: workflows)
            let changed =
                active
                ? try workflows.reactivateUser(user.id, by: .commandLine)
                : try workflows.deactivateUser(user.id, by: .commandLine)
            if invocation.flag("json") { return try AdminCommand.printJSON(changed, to: context) }
            context.output.write("\(active ? "Reactivated" : "Deactivated") user \(changed.id).\n")
        }
    }

    static let tokens = Command.group(
        "tokens", abstract: "Issue, list and revoke API bearer tokens.",
        subcommands: [
            Command(
                "issue", abstract: "Issue a bearer token for a user; it is printed once and only its hash is kept.",
                options: [
                    .value("email", placeholder: "address", help: "The user's e-mail address.", required: true),
                    .value("label", placeholder: "text", help: "What the token is for (default \"api\")."),
                    .value("days", placeholder: "n", help: "Validity in days, 1 to 366 (default 90)."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let user = try AdminCommand.user(email: try invocation.requiredString("email"), in: workflows)
                let issued = try workflows.issueToken(
                    for: user.id, label: invocation.string("label") ?? "api",
                    days: try invocation.value("days", as: .int(in: 1...366)) ?? 90, by: .commandLine)
                if invocation.flag("json") {
                    return try AdminCommand.printJSON(
                        IssuedTokenOutput(
                            token: issued.token, id: issued.record.id,
                            expiresAt: issued.record.expiresAt.rfc3339),
                        to: context)
                }
                context.output.write("\(issued.token)\n")
                context.errorOutput.write(
                    "Token \(issued.record.id) expires \(issued.record.expiresAt.rfc3339); "
                        + "it is shown only now.\n")
            },
            Command(
                "list", abstract: "List a user's tokens (never the secrets).",
                options: [
                    .value("email", placeholder: "address", help: "The user's e-mail address.", required: true),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let user = try AdminCommand.user(email: try invocation.requiredString("email"), in: workflows)
                let tokens = try workflows.tokens(of: user.id)
                if invocation.flag("json") { return try AdminCommand.printJSON(tokens, to: context) }
                var table = Table("ID", "LABEL", "EXPIRES", "REVOKED")
                for token in tokens {
                    table.append(
                        String(token.id), token.label, token.expiresAt.rfc3339, token.revokedAt?.rfc3339 ?? "-")
                }
                context.output.write(table.rendered)
            },
            Command(
                "revoke", abstract: "Revoke a token by its id.",
                arguments: [CommandArgument("id", help: "The token id, from 'tokens list'.")]
            ) { invocation, context in
                let id = try invocation.argument("id", as: .int(in: 1...Int.max))
                try AdminCommand.workflows(invocation, context).revokeToken(Int64(id), by: .commandLine)
                context.output.write("Revoked token \(id).\n")
            }
        ])

    private static let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")

    /// `tokens issue --json`: the id is the integer `tokens list` shows and `tokens revoke` takes.
    private struct IssuedTokenOutput: Encodable {
        let token: String
        let id: Int64
        let expiresAt: String
    }
}
