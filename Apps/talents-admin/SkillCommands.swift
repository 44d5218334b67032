import Domain
import Support

/// `talents-admin skills …`: the skill taxonomy (the State's digital job families).
enum SkillCommands {
    static let group = Command.group(
        "skills", abstract: "Show the skill taxonomy.",
        subcommands: [
            Command(
                "list", abstract: "List skills, grouped by family.",
                options: [
                    .value("family", placeholder: "family", help: "Only this family: \(families)."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                let family = try invocation.value("family", as: .code(SkillFamily.self))
                let skills = SkillTaxonomy.standard.skills.filter { family == nil || $0.family == family }
                if invocation.flag("json") { return try AdminCommand.printJSON(skills, to: context) }
                var table = Table("CODE", "FAMILY", "NAME")
                for skill in skills { table.append(skill.code.rawValue, skill.family.rawValue, skill.name) }
                context.output.write(table.rendered)
            }
        ])

    private static let families = SkillFamily.allCases.map(\.rawValue).joined(separator: ", ")
}
