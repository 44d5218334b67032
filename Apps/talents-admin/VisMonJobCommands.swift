import Domain
import Support
import Workflows

/// `talents-admin vmj …`: running a *Vis mon job* edition, in the order of
/// docs/operations.md (create, close registrations, match, adjust, publish, coaching, done).
enum VisMonJobCommands {
    static let group = Command.group(
        "vmj", abstract: "Run Vis mon job editions: pairing, coaching, completion.",
        subcommands: [editions, close, match, pairing, adjust, publish, slot, done, complete])

    private static let edition = CommandArgument("edition", help: "The edition's id.")

    private static let editions = Command.group(
        "editions", abstract: "Create and list editions.",
        subcommands: [
            Command(
                "add", abstract: "Create an open edition.",
                options: [
                    .value("name", placeholder: "text", help: "Name, e.g. \"Vis mon job 2026\".", required: true),
                    .value(
                        "event-day", placeholder: "date", help: "The day students spend with their ambassador.",
                        required: true),
                    .value("opens", placeholder: "date", help: "First day of registrations.", required: true),
                    .value(
                        "closes", placeholder: "date", help: "Last day of registrations, before the event day.",
                        required: true),
                    .value(
                        "window-days", placeholder: "days",
                        help: "Days around the event day a pair may agree on instead (default 30)."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let new = NewEdition(
                    name: try invocation.requiredString("name"),
                    eventDay: try invocation.requiredValue("event-day", as: .localDate),
                    registrationOpens: try invocation.requiredValue("opens", as: .localDate),
                    registrationCloses: try invocation.requiredValue("closes", as: .localDate),
                    dateChangeWindowDays: try invocation.int("window-days") ?? NewEdition.defaultDateChangeWindowDays)
                let edition = try AdminCommand.workflows(invocation, context).createEdition(new, by: .commandLine).value
                if invocation.flag("json") { return try AdminCommand.printJSON(edition, to: context) }
                context.output.write("Created edition \(edition.id) (\(edition.name)), open.\n")
            },
            Command("list", abstract: "List editions, the most recent first.", options: [AdminCommand.json]) {
                invocation, context in
                let editions = try AdminCommand.workflows(invocation, context).editions().map(\.value)
                if invocation.flag("json") { return try AdminCommand.printJSON(editions, to: context) }
                var table = Table("ID", "EVENT DAY", "REGISTRATIONS", "STATE", "NAME")
                for edition in editions {
                    table.append(
                        String(edition.id.rawValue), edition.eventDay.description,
                        "\(edition.registrationOpens)…\(edition.registrationCloses)", edition.state.rawValue,
                        edition.name)
                }
                context.output.write(table.rendered)
            }
        ])

    private static let close = Command(
        "close", abstract: "Close registrations so the pairing can run.",
        arguments: [edition]
    ) { invocation, context in
        let edition = try AdminCommand.workflows(invocation, context)
            .closeRegistrations(try editionID(invocation), expectedRevision: nil, by: .commandLine).value
        context.output.write("Edition \(edition.id) is \(edition.state.rawValue).\n")
    }

    private static let match = Command(
        "match", abstract: "Run the stable pairing and print the preview.",
        options: [AdminCommand.json], arguments: [edition]
    ) { invocation, context in
        let preview = try AdminCommand.workflows(invocation, context)
            .runPairing(try editionID(invocation), expectedRevision: nil, by: .commandLine)
        try print(preview, invocation, context)
    }

    private static let pairing = Command(
        "pairing", abstract: "Print the current pairing of an edition.",
        options: [AdminCommand.json], arguments: [edition]
    ) { invocation, context in
        let preview = try AdminCommand.workflows(invocation, context)
            .pairingPreview(try editionID(invocation), by: .commandLine)
        try print(preview, invocation, context)
    }

    private static let adjust = Command(
        "adjust", abstract: "Move one student to an ambassador with room.",
        options: [
            .value("student", placeholder: "id", help: "The student.", required: true),
            .value("ambassador", placeholder: "id", help: "The ambassador.", required: true),
            AdminCommand.json
        ], arguments: [edition]
    ) { invocation, context in
        let preview = try AdminCommand.workflows(invocation, context).adjustPair(
            try editionID(invocation), studentID: StudentID(Int64(try invocation.requiredValue("student", as: .int))),
            ambassadorID: AmbassadorID(Int64(try invocation.requiredValue("ambassador", as: .int))),
            expectedRevision: nil, by: .commandLine)
        try print(preview, invocation, context)
    }

    private static let publish = Command(
        "publish", abstract: "Publish the pairing: both sides see their pair.",
        arguments: [edition]
    ) { invocation, context in
        let edition = try AdminCommand.workflows(invocation, context)
            .publishPairing(try editionID(invocation), expectedRevision: nil, by: .commandLine).value
        context.output.write("Edition \(edition.id) is \(edition.state.rawValue).\n")
    }

    private static let slot = Command(
        "slot", abstract: "Publish a one-hour coaching slot for ambassadors.",
        options: [
            .value("at", placeholder: "instant", help: "Start, RFC 3339, e.g. 2026-11-03T10:00:00Z.", required: true),
            .value("capacity", placeholder: "n", help: "How many ambassadors it welcomes.", required: true),
            .value("place", placeholder: "text", help: "Where: an address or a video-call link.")
        ], arguments: [edition]
    ) { invocation, context in
        let slot = try AdminCommand.workflows(invocation, context).publishCoachingSlot(
            in: try editionID(invocation), startsAt: try invocation.requiredValue("at", as: .instant),
            capacity: try invocation.requiredValue("capacity", as: .int),
            place: try invocation.value("place", as: .string) ?? "", by: .commandLine)
        context.output.write("Published coaching slot \(slot.id) at \(slot.startsAt.rfc3339).\n")
    }

    private static let done = Command(
        "done", abstract: "Confirm that the day of a pair took place.",
        arguments: [CommandArgument("pair", help: "The pair's id.")]
    ) { invocation, context in
        let id = PairID(Int64(try invocation.argument("pair", as: .int)))
        let details = try AdminCommand.workflows(invocation, context).markPairDone(
            id, expectedRevision: nil,
            by: .commandLine)
        context.output.write("Pair \(details.pair.value.id) is \(details.pair.value.status.rawValue).\n")
    }

    private static let complete = Command(
        "complete", abstract: "Mark the edition done, from its event day on.",
        arguments: [edition]
    ) { invocation, context in
        let edition = try AdminCommand.workflows(invocation, context)
            .completeEdition(try editionID(invocation), expectedRevision: nil, by: .commandLine).value
        context.output.write("Edition \(edition.id) is \(edition.state.rawValue).\n")
    }

    private static func editionID(_ invocation: CommandInvocation) throws -> EditionID {
        EditionID(Int64(try invocation.argument("edition", as: .int)))
    }

    /// The preview as a table of pairs and one of unmatched students, or JSON.
    private static func print(
        _ preview: PairingPreview, _ invocation: CommandInvocation,
        _ context: CommandContext
    ) throws {
        if invocation.flag("json") { return try AdminCommand.printJSON(PreviewJSON(preview), to: context) }
        var pairs = Table("PAIR", "STUDENT", "AMBASSADOR", "EXPLANATION")
        for entry in preview.pairs {
            pairs.append(
                String(entry.pair.id.rawValue), String(entry.pair.studentID.rawValue),
                String(entry.pair.ambassadorID.rawValue), entry.explanation)
        }
        context.output.write(
            "Edition \(preview.edition.value.id) (\(preview.edition.value.state.rawValue)): "
                + "\(preview.pairs.count) pairs, \(preview.unmatched.count) unmatched.\n" + pairs.rendered)
        guard !preview.unmatched.isEmpty else { return }
        var unmatched = Table("STUDENT", "REASON")
        for entry in preview.unmatched { unmatched.append(String(entry.studentID.rawValue), entry.reason.rawValue) }
        context.output.write(unmatched.rendered)
    }

    /// The preview as `--json` prints it.
    private struct PreviewJSON: Encodable {
        struct Entry: Encodable {
            let pairID: PairID
            let studentID: StudentID
            let ambassadorID: AmbassadorID
            let manual: Bool
            let explanation: String
        }

        struct Unmatched: Encodable {
            let studentID: StudentID
            let reason: UnmatchedReason
        }

        let editionID: EditionID
        let state: EditionState
        let pairs: [Entry]
        let unmatched: [Unmatched]

        init(_ preview: PairingPreview) {
            editionID = preview.edition.value.id
            state = preview.edition.value.state
            pairs = preview.pairs.map {
                Entry(
                    pairID: $0.pair.id, studentID: $0.pair.studentID, ambassadorID: $0.pair.ambassadorID,
                    manual: $0.pair.manual, explanation: $0.explanation)
            }
            unmatched = preview.unmatched.map { Unmatched(studentID: $0.studentID, reason: $0.reason) }
        }
    }
}

extension ValueParser where Value == LocalDate {
    /// A calendar date `YYYY-MM-DD`.
    static var localDate: Self {
        ValueParser(expectation: "a date YYYY-MM-DD") { try? LocalDate(parsing: $0) }
    }
}

extension ValueParser where Value == Instant {
    /// An RFC 3339 instant.
    static var instant: Self {
        ValueParser(expectation: "an RFC 3339 instant such as 2026-11-03T10:00:00Z") { try? Instant(rfc3339: $0) }
    }
}
