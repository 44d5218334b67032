import Domain
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
            }
        ])
}
