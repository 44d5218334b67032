import Domain
import Runtime
import Support
import Workflows

/// `talents-admin privacy …`: answering a person's requests about their personal data
/// (docs/privacy.md).
enum PrivacyCommands {
    static let group = Command.group(
        "privacy", abstract: "Answer a person's requests about their personal data.",
        subcommands: [
            Command(
                "export",
                abstract: "Print, as JSON, everything the platform holds about a person (right of access); audited.",
                options: [
                    .value("email", placeholder: "address", help: "The person's e-mail address.", required: true)
                ]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let user = try AdminCommand.user(email: try invocation.requiredString("email"), in: workflows)
                try AdminCommand.printJSON(try workflows.personalData(of: user.id, by: .commandLine), to: context)
            },
            Command(
                "erase",
                abstract:
                    "Close a person's account on their request and erase their personal data (right to erasure); "
                    + "refused while an agreement of theirs is under signature or running; audited.",
                options: [
                    .value("email", placeholder: "address", help: "The person's e-mail address.", required: true),
                    AdminCommand.json
                ],
                environment: NotificationSettings.environmentVariables
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let user = try AdminCommand.user(email: try invocation.requiredString("email"), in: workflows)
                let erasure = try workflows.closeAccount(of: user.id, by: .commandLine)
                if invocation.flag("json") { return try AdminCommand.printJSON(erasure, to: context) }
                context.output.write(
                    "Closed account \(erasure.userID.rawValue): personal data erased, "
                        + "\(erasure.erasedMessageIDs.count) message(s) emptied; run 'talents-admin db maintain' "
                        + "after a batch of erasures.\n")
            }
        ])
}
