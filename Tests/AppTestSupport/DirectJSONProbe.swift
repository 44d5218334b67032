import Domain
import Foundation
import Persistence

@testable import API
@testable import Workflows

/// Both writings of the hot JSON representations, for the test that they are the same bytes:
/// ``APIJSON/encoder`` (what the API wrote before issue 21) and ``DirectJSON`` (what it writes now).
enum DirectJSONProbe {
    /// The two writings of one representation.
    struct Writings: Sendable {
        let encoder: [UInt8]
        let direct: [UInt8]
    }

    /// Every mission of the database at `path`, in id order.
    static func missions(databasePath path: String) throws -> [Mission] {
        let database = try DatabasePool(path: path, configuration: .init(mode: .readOnly))
        return try database.read { connection in
            let ids = try connection.query("SELECT id FROM missions ORDER BY id") { MissionID(try $0.int64(0)) }
            return try ids.compactMap { try MissionStore(connection).find($0) }
        }
    }

    /// `mission` as `GET /v1/missions/{id}` writes it.
    static func mission(_ mission: Mission) throws -> Writings {
        let json = MissionJSON(mission)
        return Writings(encoder: Array(try APIJSON.encoder.encode(json)), direct: json.jsonBytes)
    }

    /// A page of `missions` as `GET /v1/missions` writes it.
    static func page(_ missions: [Mission], nextCursor: String?) throws -> Writings {
        let json = MissionPageJSON(Workflows.MissionPage(items: missions, nextCursor: nextCursor))
        return Writings(encoder: Array(try APIJSON.encoder.encode(json)), direct: json.jsonBytes)
    }

    /// A mission of its own, with two required skills, for tests that need no database.
    static func sample() throws -> Mission {
        let start = try LocalDate(year: 2026, month: 3, day: 2)
        let details = MissionDetails(
            title: "Audit", description: "Un audit.", nature: .securityHardening,
            requiredSkills: [
                SkillRequirement("a11y-audit", minimumLevel: .mastery),
                SkillRequirement("rgaa", minimumLevel: .notions)
            ],
            effortHours: 35, window: DateWindow(start: start, end: try LocalDate(year: 2026, month: 6, day: 30)),
            departement: nil, remote: true, talentsSought: 2, applicationDeadline: start, crisis: true)
        let created = Instant(millisecondsSinceEpoch: 1_767_225_600_042)
        return Mission(
            id: 7, administrationID: 3, ownerID: 12, details: details, state: .closed(.filled),
            rejectionReason: nil, createdAt: created, updatedAt: created, submittedAt: nil,
            publishedAt: nil, closedAt: nil)
    }

    /// `mission` with `text` as its title, description and rejection reason, and every
    /// optional member set or not (`filled`, co-owners too).
    static func mission(_ mission: Mission, text: String, filled: Bool) -> Mission {
        var details = mission.details
        details.title = text
        details.description = text + "\n" + text
        details.departement = filled ? try? Departement("2A") : nil
        let stamp = filled ? mission.createdAt : nil
        var changed = Mission(
            id: mission.id, administrationID: mission.administrationID, ownerID: mission.ownerID,
            details: details, state: mission.state, rejectionReason: filled ? text : nil,
            createdAt: mission.createdAt, updatedAt: mission.updatedAt, submittedAt: stamp,
            publishedAt: stamp, closedAt: stamp)
        changed.coOwnerIDs = filled ? [UserID(7), UserID(12)] : []
        return changed
    }
}
