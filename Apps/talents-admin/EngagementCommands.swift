import Domain
import Support
import Workflows

/// `talents-admin agreements …` and `talents-admin mission-orders …`: the operator's corrective
/// actions on engagements, through the same use cases as the API (as the command line).
enum EngagementCommands {
    static let agreements = Command.group(
        "agreements", abstract: "List and correct tripartite agreements.",
        subcommands: [
            Command(
                "list", abstract: "List agreements, optionally in one status.",
                options: [
                    .value("status", placeholder: "status", help: "One of \(names(AgreementStatus.self))."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let status = try invocation.value("status", as: .code(AgreementStatus.self))
                let views = try AdminCommand.workflows(invocation, context).agreements(status: status, by: .commandLine)
                let rows = views.map { AgreementRow($0.agreement) }
                if invocation.flag("json") { return try AdminCommand.printJSON(rows, to: context) }
                var table = Table("ID", "APPLICATION", "MISSION", "TALENT", "STATUS", "HOURS", "DATES", "AWAITING")
                for row in rows {
                    table.append(
                        String(row.id), String(row.applicationID), String(row.missionID), String(row.talentID),
                        row.status, String(row.hoursBudget), row.dates,
                        row.awaitingSignatures.isEmpty ? "-" : row.awaitingSignatures.joined(separator: ","))
                }
                context.output.write(table.rendered)
            },
            Command(
                "interrupt", abstract: "Interrupt a signed engagement, with a reason (as the operator).",
                options: [.value("reason", placeholder: "text", help: "Why the engagement stops.", required: true)],
                arguments: [CommandArgument("id", help: "The agreement id, from 'agreements list'.")]
            ) { invocation, context in
                let id = AgreementID(Int64(try invocation.argument("id", as: .int(in: 1...Int.max))))
                let view = try AdminCommand.workflows(invocation, context).interruptAgreement(
                    id, reason: try invocation.requiredString("reason"), expectedRevision: nil, by: .commandLine)
                context.output.write("Interrupted agreement \(view.agreement.id).\n")
            },
            Command(
                "refresh-parties",
                abstract:
                    "Fix an unsigned agreement's parties again from the talent's profile (clears the signatures).",
                arguments: [CommandArgument("id", help: "The agreement id, from 'agreements list'.")]
            ) { invocation, context in
                let id = AgreementID(Int64(try invocation.argument("id", as: .int(in: 1...Int.max))))
                let view = try AdminCommand.workflows(invocation, context).refreshAgreementParties(
                    id, expectedRevision: nil, by: .commandLine)
                context.output.write("Fixed the parties of agreement \(view.agreement.id) again; signatures cleared.\n")
            }
        ])

    static let missionOrders = Command.group(
        "mission-orders", abstract: "List and cancel mission orders.",
        subcommands: [
            Command(
                "list", abstract: "List mission orders by reference.",
                options: [
                    .value(
                        "administration", placeholder: "id|acronym", help: "Only those issued by this administration."),
                    .value("year", placeholder: "yyyy", help: "Only those issued this year."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let administration = try invocation.string("administration").map {
                    try AdminCommand.administrationID($0, in: workflows)
                }
                let orders = try workflows.missionOrders(
                    administrationID: administration,
                    year: try invocation.value("year", as: .int(in: 2000...9999)),
                    by: .commandLine)
                if invocation.flag("json") { return try AdminCommand.printJSON(orders.map(Row.init), to: context) }
                var table = Table("ID", "REFERENCE", "AGREEMENT", "DATES", "STATE")
                for order in orders.map(Row.init) {
                    table.append(String(order.id), order.reference, String(order.agreementID), order.dates, order.state)
                }
                context.output.write(table.rendered)
            },
            Command(
                "cancel", abstract: "Cancel a mission order, with a reason; it keeps its reference.",
                options: [.value("reason", placeholder: "text", help: "Why the order is cancelled.", required: true)],
                arguments: [CommandArgument("id", help: "The mission order id, from 'mission-orders list'.")]
            ) { invocation, context in
                let id = MissionOrderID(Int64(try invocation.argument("id", as: .int(in: 1...Int.max))))
                let order = try AdminCommand.workflows(invocation, context).cancelMissionOrder(
                    id, reason: try invocation.requiredString("reason"), expectedRevision: nil, by: .commandLine)
                context.output.write("Cancelled mission order \(order.value.reference).\n")
            }
        ])

    /// An agreement as `agreements list` prints it (instants in RFC 3339, like the API).
    private struct AgreementRow: Encodable {
        let id: Int64
        let applicationID: Int64
        let missionID: Int64
        let talentID: Int64
        let lineManagerID: Int64?
        let ownerID: Int64
        let employerID: Int64
        let beneficiaryID: Int64
        let status: String
        let hoursBudget: Int
        let dates: String
        let awaitingSignatures: [String]
        let signedAt: String?
        let endedAt: String?
        let endedBy: String?

        init(_ agreement: Agreement) {
            id = agreement.id.rawValue
            applicationID = agreement.applicationID.rawValue
            missionID = agreement.missionID.rawValue
            talentID = agreement.talentID.rawValue
            lineManagerID = agreement.parties.lineManagerID?.rawValue
            ownerID = agreement.parties.ownerID.rawValue
            employerID = agreement.parties.employerID.rawValue
            beneficiaryID = agreement.parties.beneficiaryID.rawValue
            status = agreement.status.rawValue
            hoursBudget = agreement.terms.hoursBudget
            dates = "\(agreement.terms.dates.start)..\(agreement.terms.dates.end)"
            awaitingSignatures = agreement.awaitingSignatures.map(\.rawValue)
            signedAt = agreement.signedAt?.rfc3339
            endedAt = agreement.endedAt?.rfc3339
            endedBy = agreement.endedBy?.rawValue
        }
    }

    /// A mission order as `mission-orders list` prints it.
    private struct Row: Encodable {
        let id: Int64
        let reference: String
        let agreementID: Int64
        let dates: String
        let state: String

        init(_ order: MissionOrder) {
            id = order.id.rawValue
            reference = order.reference.description
            agreementID = order.agreementID.rawValue
            dates = "\(order.dates.start)..\(order.dates.end)"
            state = order.isInForce ? "in-force" : "cancelled"
        }
    }

    private static func names<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> String where T.RawValue == String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
