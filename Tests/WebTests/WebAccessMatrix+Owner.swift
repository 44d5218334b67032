import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The owner's choices: an application read to choose, the pool and its invitations, the
    /// talents recommended for a mission, closing or cancelling it — the owner of the mission and
    /// the operator only.
    static let ownerChoiceRows: [WebAccessRow] =
        [
            .get("/espace-responsable/candidatures/{id}", allowed: [.missionOwner, .operator]) { fixture, _ in
                WebProbe(path: "/espace-responsable/candidatures/\(try submittedApplication(fixture))")
            },
            .get("/vivier", allowed: [.missionOwner, .operator]),
            .get("/vivier/{id}", allowed: [.missionOwner, .operator]) { fixture, _ in
                WebProbe(path: "/vivier/\(try poolTalent(fixture))")
            },
            .post("/vivier/{id}/inviter", allowed: [.missionOwner, .operator]) { fixture, _ in
                WebProbe(
                    path: "/vivier/\(try poolTalent(fixture))/inviter",
                    fields: [("mission", try ownPublishedMission(fixture)), ("message", "Bonjour")])
            },
            .get("/espace-responsable/missions/{id}/talents-recommandes", allowed: [.missionOwner, .operator]) {
                fixture, _ in
                WebProbe(path: "/espace-responsable/missions/\(try ownPublishedMission(fixture))/talents-recommandes")
            }
        ]
        + ["cloturer", "annuler"].map { action in
            .post("/espace-responsable/missions/{id}/\(action)", allowed: [.missionOwner, .operator]) { fixture, _ in
                let id = try ownPublishedMission(fixture)
                let revision = try fixture.sql("SELECT revision FROM missions WHERE id = \(id)")
                return WebProbe(
                    path: "/espace-responsable/missions/\(id)/\(action)",
                    fields: [("revision", revision), ("confirmation", "oui")])
            }
        }

    /// A talent of the pool.
    static func poolTalent(_ fixture: DemoFixture) throws -> String {
        let id = try fixture.sql("SELECT id FROM talents WHERE pool_consent_at IS NOT NULL ORDER BY id LIMIT 1")
        guard !id.isEmpty else { throw DemoFixture.SetupError(reason: "no talent in the demo pool") }
        return id
    }

    /// A published mission of the owner persona open to applications (one is given to them when
    /// they have none).
    static func ownPublishedMission(_ fixture: DemoFixture) throws -> String {
        let owner = fixture.member(.missionOwner).id
        let open = "state = 'published' AND application_deadline >= date('now')"
        let own = try fixture.sql("SELECT id FROM missions WHERE \(open) AND owner_id = \(owner) ORDER BY id LIMIT 1")
        if !own.isEmpty { return own }
        let any = try fixture.sql("SELECT id FROM missions WHERE \(open) ORDER BY id DESC LIMIT 1")
        guard !any.isEmpty else { throw DemoFixture.SetupError(reason: "no open published mission in the demo") }
        _ = try fixture.sql("UPDATE missions SET owner_id = \(owner) WHERE id = \(any)")
        return any
    }
}
