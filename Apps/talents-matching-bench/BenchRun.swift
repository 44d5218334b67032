import Domain
import Foundation
import Persistence
import Workflows

/// The measured workloads: each runs once untimed over its inputs (warm-up), then timed.
struct BenchRun {
    let workflows: Workflows
    let samples: Int
    var random = BenchRandom(seed: 42)

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
        let ids = (0..<samples).map { _ in MissionID(Int64.random(in: 1...Int64(missionCount), using: &random)) }
        var results = 0
        let timings = try measure(ids) { id in
            results += try workflows.recommendTalents(for: id, query: RecommendationQuery(limit: 20),
                                                      by: .commandLine).count
        }
        return Figures(name: "top-20 talents for a mission", milliseconds: timings,
                       note: "\(results / (2 * samples)) results on average")
    }

    mutating func topMissions(talentCount: Int) throws -> Figures {
        let email = try EmailAddress("agent@bench.test")
        let users = (0..<samples).map { _ in
            User(id: UserID(Int64.random(in: 1...Int64(talentCount), using: &random)), displayName: "Agent",
                 email: email, roles: [.talent], administrationID: nil)
        }
        var results = 0
        let timings = try measure(users) { user in
            results += try workflows.recommendMissions(query: RecommendationQuery(limit: 20), by: .user(user)).count
        }
        return Figures(name: "top-20 missions for a talent", milliseconds: timings,
                       note: "\(results / (2 * samples)) results on average")
    }

    mutating func search() throws -> Figures {
        let texts = ["secu", "sécurité", "donnees", "développement", "access", "cloud", "architecture",
                     "marché public", "messagerie", "ergonomie", "intelligence art", "interop", "api", "audit rgpd",
                     "open data", "géomatique", "formation", "supervision", "plateforme", "pilotage"]
        let departements = try ["75", "69", "13", "33", "2A", "974"].map { try Departement($0) }
        let searches = try (0..<samples).map { index in
            var search = MissionSearch(text: try MissionTextQuery(texts[index % texts.count]), limit: 20)
            switch index % 4 {
            case 0: search.departement = departements[index % departements.count]
            case 1: search.remote = true
            case 2: search.families = [SkillFamily.allCases[index % 10]]
            default: search.effortMax = 35
            }
            return search
        }
        var results = 0
        let timings = try measure(searches) { search in
            results += try workflows.missions(matching: search, by: .commandLine).items.count
        }
        return Figures(name: "full-text search with a filter (20 per page)", milliseconds: timings,
                       note: "\(results / (2 * samples)) results on average")
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
