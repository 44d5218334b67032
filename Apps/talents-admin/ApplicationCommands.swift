import Domain
import Support
import Workflows

/// `talents-admin applications …`: the operator's view of applications and their corrective
/// action, through the same use cases as the API.
enum ApplicationCommands {
    static let group = Command.group(
        "applications", abstract: "List applications; reopen one declined by mistake.",
        subcommands: [list, reopen])

    static let list = Command(
        "list", abstract: "List applications, oldest due first.",
        options: [
            .value("mission", placeholder: "id", help: "Only the applications to this mission."),
            .flag("overdue", help: "Only those still awaiting an answer after their due date."),
            AdminCommand.json
        ]
    ) { invocation, context in
        let workflows = try AdminCommand.workflows(invocation, context)
        var search = ApplicationSearch(
            missionID: try invocation.value("mission", as: .int(in: 1...Int.max)).map { MissionID(Int64($0)) },
            overdue: invocation.flag("overdue") ? true : nil, limit: ApplicationSearch.limits.upperBound)
        var views: [ApplicationView] = []
        repeat {
            let page = try workflows.applications(matching: search, by: .commandLine)
            views += page.items
            search.cursor = page.nextCursor
        } while search.cursor != nil
        if invocation.flag("json") { return try AdminCommand.printJSON(views.map(Listed.init), to: context) }
        var table = Table("ID", "MISSION", "TALENT", "STATUS", "SUBMITTED", "DUE", "OVERDUE")
        for view in views {
            let application = view.application
            table.append(
                String(application.id.rawValue), String(application.missionID.rawValue),
                String(application.talentID.rawValue), application.state.status.rawValue,
                application.submittedAt.rfc3339, application.dueAt.rfc3339, view.overdue ? "yes" : "no")
        }
        context.output.write(table.rendered)
    }

    static let reopen = Command(
        "reopen", abstract: "Reopen an application declined by mistake: it awaits the owner's answer again.",
        options: [
            .value(
                "reason", placeholder: "text", help: "Why it is reopened (kept with the application).",
                required: true),
            AdminCommand.json
        ],
        arguments: [CommandArgument("id", help: "The application id, from 'applications list'.")]
    ) { invocation, context in
        let id = ApplicationID(Int64(try invocation.argument("id", as: .int(in: 1...Int.max))))
        let view = try AdminCommand.workflows(invocation, context)
            .reopenApplication(
                id, reason: try invocation.requiredString("reason"), expectedRevision: nil,
                by: .commandLine)
        if invocation.flag("json") { return try AdminCommand.printJSON(Listed(view), to: context) }
        context.output.write(
            "Reopened application \(id) (revision \(view.revision)); "
                + "its answer was due \(view.application.dueAt.rfc3339).\n")
    }

    /// An application as `--json` prints it: identifiers, status and dates, no personal data.
    private struct Listed: Encodable {
        let id: ApplicationID
        let missionID: MissionID
        let missionTitle: String
        let talentID: TalentID
        let status: ApplicationStatus
        let submittedAt: String
        let dueAt: String
        let answeredAt: String?
        let overdue: Bool
        let revision: Int

        init(_ view: ApplicationView) {
            let application = view.application
            id = application.id
            missionID = application.missionID
            missionTitle = view.missionTitle
            talentID = application.talentID
            status = application.state.status
            submittedAt = application.submittedAt.rfc3339
            dueAt = application.dueAt.rfc3339
            answeredAt = application.answeredAt?.rfc3339
            overdue = view.overdue
            revision = view.revision
        }
    }
}
