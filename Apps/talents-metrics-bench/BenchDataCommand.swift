import Domain
import Foundation
import Persistence
import Support

/// `talents-metrics-bench generate|activity --db PATH …`.
enum BenchDataCommand {
    static let root = Command.group(
        "talents-metrics-bench",
        abstract: "Generate a programme at scale, then activity between scrapes, for timing talents-metrics.",
        options: [.value("db", placeholder: "path", help: "Database file.")],
        subcommands: [generate, activity])

    static let generate = Command(
        "generate", abstract: "Fill a new database with a programme at scale.",
        options: [
            .value("talents", placeholder: "count", help: "Talent profiles (default 100000)."),
            .value("missions", placeholder: "count", help: "Missions (default 20000)."),
            .value("applications", placeholder: "count", help: "Applications (default 1000000)."),
            .value("seed", placeholder: "number", help: "Seed of the pseudo-random draws (default 1).")
        ]
    ) { invocation, _ in
        let path = try invocation.requiredString("db")
        guard !FileManager.default.fileExists(atPath: path) else {
            throw UsageError(
                .invalidValue("db", value: path, expected: "a file that does not exist yet"),
                commandPath: invocation.commandPath)
        }
        var scale = BenchDataGenerator.Scale()
        scale.talents = try invocation.value("talents", as: .int(in: 1...10_000_000)) ?? scale.talents
        scale.missions = try invocation.value("missions", as: .int(in: 1...1_000_000)) ?? scale.missions
        scale.applications = try invocation.value("applications", as: .int(in: 0...100_000_000)) ?? scale.applications
        let seed = try invocation.value("seed", as: .int(in: 0...Int.max)) ?? 1
        let database = try TalentsDatabase.open(path: path)
        let clock = ContinuousClock()
        let started = clock.now
        var generator = BenchDataGenerator(scale: scale, seed: UInt64(seed), now: EpochMilliseconds.now().rawValue)
        let rows = try generator.generate(into: database)
        print("generated \(rows) rows in \(clock.now - started) into \(path)")
    }

    static let activity = Command(
        "activity",
        abstract: "Through the stores, as the API would: submit and answer applications, in one transaction.",
        options: [
            .value("submissions", placeholder: "count", help: "New applications (default 50)."),
            .value("answers", placeholder: "count", help: "Awaiting applications answered (default 50)."),
            .value("seed", placeholder: "number", help: "Seed of the pseudo-random draws (default: the time).")
        ]
    ) { invocation, _ in
        let path = try invocation.requiredString("db")
        let submissions = try invocation.value("submissions", as: .int(in: 0...100_000)) ?? 50
        let answers = try invocation.value("answers", as: .int(in: 0...100_000)) ?? 50
        let seed = try invocation.value("seed", as: .int(in: 0...Int.max)) ?? Int(EpochMilliseconds.now().rawValue)
        var activity = BenchActivity(random: SplitMix64(seed: UInt64(seed)), now: SystemClock().now)
        let done = try TalentsDatabase.open(path: path).write { connection in
            try activity.run(submissions: submissions, answers: answers, in: connection)
        }
        print("submitted \(done.submitted), answered \(done.answered)")
    }
}
