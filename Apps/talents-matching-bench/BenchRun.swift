import Domain
import Foundation
import Persistence
import Support
import Workflows

/// The measured workloads: each runs once untimed over its inputs (warm-up), then timed.
struct BenchRun {
    let workflows: Workflows
    let samples: Int
    var random = SplitMix64(seed: 42)

    /// Durations in milliseconds, printed as count, median, p90, p99 and max.
    struct Figures: CustomStringConvertible {
        let name: String
        let milliseconds: [Double]
        let note: String

        var description: String {
            let sorted = milliseconds.sorted()
            func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
            func format(_ value: Double) -> String { String(format: "%.2f", value) }
            return "| \(name) | \(sorted.count) | \(format(percentile(0.5))) | \(format(percentile(0.9))) | "
                + "\(format(percentile(0.99))) | \(format(sorted.last ?? 0)) | \(note) |"
        }
    }

    mutating func topTalents(missionCount: Int) throws -> Figures {
        let ids = (0..<samples).map { _ in MissionID(Int64(random.int(in: 1...missionCount))) }
        var results = 0
        let timings = try measure(ids) { id in
            results += try workflows.recommendTalents(
                for: id, query: RecommendationQuery(limit: 20),
                by: .commandLine
            ).count
        }
        return Figures(
            name: "top-20 talents for a mission", milliseconds: timings,
            note: "\(results / (2 * samples)) results on average")
    }

    mutating func topMissions(talentCount: Int) throws -> Figures {
        let email = try EmailAddress("agent@bench.test")
        let users = (0..<samples).map { _ in
            User(
                id: UserID(Int64(random.int(in: 1...talentCount))), displayName: "Agent",
                email: email, roles: [.talent], administrationID: nil)
        }
        var results = 0
        let timings = try measure(users) { user in
            results += try workflows.recommendMissions(query: RecommendationQuery(limit: 20), by: .user(user)).count
        }
        return Figures(
            name: "top-20 missions for a talent", milliseconds: timings,
            note: "\(results / (2 * samples)) results on average")
    }

    /// Full-text searches with one filter each, in two groups: queries whose words are in fewer
    /// than 10 % of the missions, and the common ones (the generator's skew puts "sécurité" in
    /// about half of them), since bm25 ranks every match.
    mutating func search(missionCount: Int) throws -> [Figures] {
        let texts = [
            "secu", "sécurité", "donnees", "développement", "access", "cloud", "architecture",
            "marché public", "messagerie", "ergonomie", "intelligence art", "interop", "api", "audit rgpd",
            "open data", "géomatique", "formation", "supervision", "plateforme", "pilotage"
        ]
        let departements = try ["75", "69", "13", "33", "2A", "974"].map { try Departement($0) }
        let searches = try (0..<samples).map { index in
            let text = texts[index % texts.count]
            var search = MissionSearch(text: try MissionTextQuery(text), limit: 20)
            switch index % 4 {
            case 0: search.departement = departements[index % departements.count]
            case 1: search.remote = true
            case 2: search.families = [SkillFamily.allCases[index % 10]]
            default: search.effortMax = 35
            }
            return (text: text, search: search)
        }
        let matches = try workflows.database.read { connection in
            try Dictionary(
                uniqueKeysWithValues: texts.map { text in
                    let words = try MissionTextQuery(text).words
                    let query = words.enumerated().map { "\"\($1)\"" + ($0 == words.count - 1 ? "*" : "") }
                        .joined(separator: " ")
                    return (
                        text,
                        try connection.scalar(
                            "SELECT count(*) FROM missions_fts WHERE missions_fts MATCH ?",
                            query, as: Int.self) ?? 0
                    )
                })
        }
        var figures: [Figures] = []
        for common in [false, true] {
            let group = searches.filter { (matches[$0.text]! * 10 >= missionCount) == common }
            let shares = Set(group.map(\.text)).sorted().map { "\($0) \(matches[$0]! * 100 / missionCount) %" }
            var results = 0
            let timings = try measure(group.map(\.search)) { search in
                results += try workflows.missions(matching: search, by: .commandLine).items.count
            }
            figures.append(
                Figures(
                    name: "full-text search with a filter, words in \(common ? "≥" : "<") 10 % of missions",
                    milliseconds: timings,
                    note: "\(results / max(1, 2 * group.count)) results on average; \(shares.joined(separator: ", "))"))
        }
        return figures
    }

    /// Runs `body` on every input once to warm up, then again timed.
    private func measure<T>(_ inputs: [T], _ body: (T) throws -> Void) throws -> [Double] {
        for input in inputs { try body(input) }
        let clock = ContinuousClock()
        return try inputs.map { input in
            let elapsed = try clock.measure { try body(input) }
            return Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        }
    }
}
