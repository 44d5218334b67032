import Demo
import Domain
import Support
import Workflows

/// `talents-admin demo …`: a realistic French dataset for demonstrations and manual tests.
enum DemoCommands {
    static let group = Command.group(
        "demo", abstract: "Demonstration data.",
        subcommands: [
            Command(
                "seed",
                abstract:
                    "Fill an empty database with ministries, talents, missions, applications, agreements, "
                    + "mission orders, time, credits, diplomas and a Vis mon job edition.",
                options: [.value("seed", placeholder: "n", help: "Random seed (default 1); same seed, same data.")]
            ) {
                invocation, context in
                // Like `db migrate`, the seed may start from no file at all (the README's tour).
                let workflows = try AdminCommand.workflowsCreatingDatabase(invocation, context)
                let seed = try invocation.value("seed", as: .int(in: 0...Int.max)) ?? 1
                let summary = try DemoSeed.run(
                    on: workflows.database, clock: workflows.clock, seed: UInt64(seed),
                    configuration: workflows.configuration)
                context.output.write("Seeded: \(summary)\n")
            }
        ])
}
