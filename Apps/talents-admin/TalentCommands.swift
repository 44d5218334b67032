import Domain
import Support
import Workflows

/// `talents-admin talents …`: the employments awaiting confirmation, and confirming one (as an
/// operator answering a referent's request), through the same use cases as the API.
enum TalentCommands {
    static let group = Command.group(
        "talents", abstract: "Confirm the employment talents declare.",
        subcommands: [
            Command(
                "unconfirmed", abstract: "List the talents whose declared employer awaits confirmation.",
                options: [AdminCommand.json]
            ) { invocation, context in
                let items = try AdminCommand.workflows(invocation, context).employmentsToConfirm(by: .commandLine)
                let rows = items.map {
                    Row(
                        talentID: $0.talent.id.rawValue, userID: $0.user.id.rawValue,
                        employerID: $0.talent.profile.employerID.rawValue)
                }
                if invocation.flag("json") { return try AdminCommand.printJSON(rows, to: context) }
                var table = Table("TALENT", "USER", "EMPLOYER")
                for row in rows { table.append(String(row.talentID), String(row.userID), String(row.employerID)) }
                context.output.write(table.rendered)
            },
            Command(
                "confirm-employment",
                abstract: "Confirm that a talent works in the administration they declare.",
                arguments: [CommandArgument("id", help: "The talent id, from 'talents unconfirmed'.")]
            ) { invocation, context in
                let id = TalentID(Int64(try invocation.argument("id", as: .int(in: 1...Int.max))))
                _ = try AdminCommand.workflows(invocation, context).confirmEmployment(
                    of: id, expectedRevision: nil,
                    by: .commandLine)
                context.output.write("Confirmed the employment of talent \(id).\n")
            }
        ])

    /// A talent awaiting confirmation, as `talents unconfirmed` prints it (identifiers only).
    private struct Row: Encodable {
        let talentID: Int64
        let userID: Int64
        let employerID: Int64
    }
}
