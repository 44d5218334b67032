import Domain
import Support
import Workflows

/// `talents-admin administrations …`: the tree of ministries, directorates and services.
enum AdministrationCommands {
    static let group = Command.group(
        "administrations", abstract: "Add and list administrations.",
        subcommands: [
            Command(
                "add", abstract: "Add an administration (a ministry, or a directorate or service under its parent).",
                options: [
                    .value(
                        "name", placeholder: "text",
                        help: "Full name, e.g. \"Direction interministérielle du numérique\".",
                        required: true),
                    .value(
                        "acronym", placeholder: "code", help: "2 to 16 of A–Z and 0–9, unique, e.g. DINUM.",
                        required: true),
                    .value(
                        "level", placeholder: "level",
                        help: "One of \(names(AdministrationLevel.self)).", required: true),
                    .value(
                        "public-service", placeholder: "service",
                        help: "One of \(names(PublicService.self)) (default state)."),
                    .value(
                        "parent", placeholder: "id|acronym", help: "The parent administration (not for a ministry)."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let parent = try invocation.string("parent").map {
                    try AdminCommand.administrationID($0, in: workflows)
                }
                let new = NewAdministration(
                    name: try invocation.requiredString("name"), acronym: try invocation.requiredString("acronym"),
                    level: try invocation.requiredValue("level", as: .code(AdministrationLevel.self)),
                    publicService: try invocation.value("public-service", as: .code(PublicService.self)) ?? .state,
                    parentID: parent)
                let administration = try workflows.addAdministration(new, by: .commandLine)
                if invocation.flag("json") {
                    try AdminCommand.printJSON(administration, to: context)
                } else {
                    context.output.write("Added administration \(administration.id) (\(administration.acronym)).\n")
                }
            },
            Command("list", abstract: "List administrations as a tree.", options: [AdminCommand.json]) {
                invocation, context in
                let administrations = try AdminCommand.workflows(invocation, context).administrations()
                if invocation.flag("json") { return try AdminCommand.printJSON(administrations, to: context) }
                var depth: [AdministrationID: Int] = [:]
                var table = Table("ID", "ACRONYM", "LEVEL", "SERVICE", "NAME")
                for administration in administrations {
                    let level = administration.parentID.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
                    depth[administration.id] = level
                    table.append(
                        String(administration.id.rawValue), administration.acronym,
                        administration.level.rawValue, administration.publicService.rawValue,
                        String(repeating: "  ", count: level) + administration.name)
                }
                context.output.write(table.rendered)
            }
        ])

    private static func names<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> String where T.RawValue == String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

extension ValueParser {
    /// One of the raw values of a string enum.
    static func code<T: CaseIterable & RawRepresentable & Sendable>(_ type: T.Type) -> ValueParser<T>
    where T.RawValue == String {
        ValueParser<T>(expectation: "one of \(T.allCases.map(\.rawValue).joined(separator: ", "))") { T(rawValue: $0) }
    }
}
