import Domain
import Gamification
import Persistence
import Support
import Testing
import Workflows

@Suite("Diplomas and spotlight")
struct BadgeWorkflowTests {
    @Test("a completion issues one diploma: hashed e-mail with its salt, the mission as evidence")
    func issuance() throws {
        try RecognitionWorld.with { world in
            let (diploma, again) = try world.database.write { connection in
                let agreement = try world.agreement(
                    world.camilleTalent, for: world.ministryB, owner: world.ownerB,
                    nature: .securityHardening, in: connection)
                _ = try world.report(on: agreement, minutes: 150, at: world.clock.now, in: connection)
                #expect(throws: RecognitionError.agreementNotCompleted(agreement)) {
                    try Recognition.agreementCompleted(
                        agreementID: agreement, in: connection, at: world.clock.now,
                        rules: world.rules)
                }
                try world.complete(agreement, at: world.clock.now, in: connection)
                return (
                    try Recognition.agreementCompleted(
                        agreementID: agreement, in: connection, at: world.clock.now,
                        rules: world.rules),
                    try Recognition.agreementCompleted(
                        agreementID: agreement, in: connection, at: world.clock.now,
                        rules: world.rules)
                )
            }
            #expect(diploma == again && diploma.publicID.count == 24 && diploma.salt.count == 32)
            #expect(
                diploma.recipientIdentity
                    == "sha256$" + Hex.encode(SHA256.hash("camille.martin@culture.gouv.fr" + diploma.salt).bytes))
            #expect(diploma.nature == .securityHardening && diploma.recipientName == "Camille Martin")
            #expect(
                diploma.evidence
                    == .init(
                        title: "Audit de sécurité", beneficiary: "Ministère de l'Intérieur",
                        validatedMinutes: 150, objectives: "Former l'équipe à l'audit."))
            #expect(try world.workflows.myBadges(by: .user(world.camille)) == [diploma])
            #expect(try world.workflows.badgeAssertion(diploma.publicID)?.value == diploma)
        }
    }

    @Test("revocation: the operator's, with a reason, final, and checked against the revision")
    func revocation() throws {
        try RecognitionWorld.with { world in
            let diploma = try DistinctionWorkflowTests.completeMission(world, world.camilleTalent, for: world.ministryB)
            let id = try #require(try world.workflows.myBadges(by: .user(world.camille)).first?.publicID)
            _ = diploma
            #expect(throws: AccessError.self) {
                try world.workflows.revokeBadge(id, reason: "Erreur", expectedRevision: 1, by: .user(world.camille))
            }
            #expect(throws: StaleRevisionError.self) {
                try world.workflows.revokeBadge(
                    id, reason: "Erreur", expectedRevision: 7, by: .user(world.operatorUser))
            }
            #expect(throws: BadgeError.reasonRequired) {
                try world.workflows.revokeBadge(id, reason: "  ", expectedRevision: 1, by: .user(world.operatorUser))
            }
            let revoked = try world.workflows.revokeBadge(
                id, reason: "Mission non réalisée", expectedRevision: 1,
                by: .user(world.operatorUser))
            #expect(revoked.revision == 2 && revoked.value.revocationReason == "Mission non réalisée")
            #expect(revoked.value.revokedAt == world.clock.now)
            #expect(throws: BadgeError.alreadyRevoked(id)) {
                try world.workflows.revokeBadge(id, reason: "Encore", expectedRevision: nil, by: .commandLine)
            }
            #expect(throws: NotFoundError.self) {
                try world.workflows.revokeBadge(
                    "unknown-assertion-id", reason: "x", expectedRevision: nil, by: .commandLine)
            }
            // The triggers keep an issued assertion as issued, and a revocation final.
            for statement in [
                "UPDATE badge_assertions SET salt = 'x'", "DELETE FROM badge_assertions",
                "UPDATE badge_assertions SET revoked_at = NULL, revocation_reason = NULL"
            ] {
                #expect(throws: SQLiteError.self, "\(statement)") { try world.database.write { try $0.run(statement) } }
            }
        }
    }

    @Test("spotlight: opt-in with its time lists the period's contributions; opt-out removes at once")
    func spotlight() throws {
        try RecognitionWorld.with { world in
            let talent = world.camilleTalent.id
            try DistinctionWorkflowTests.completeMission(world, world.camilleTalent, for: world.ministryB)
            try DistinctionWorkflowTests.completeMission(world, world.dominiqueTalent, for: world.ministryC)
            #expect(try world.workflows.spotlight(nil).entries.isEmpty)
            #expect(throws: NotFoundError.self) {
                try world.workflows.setSpotlight(
                    talent, optedIn: true, expectedRevision: nil, by: .user(world.dominique))
            }
            #expect(throws: AccessError.self) {
                try world.workflows.setSpotlight(
                    talent, optedIn: true, expectedRevision: nil, by: .user(world.operatorUser))
            }
            let revision = try world.workflows.spotlightConsent(talent, by: .user(world.camille)).revision
            let joined = try world.workflows.setSpotlight(
                talent, optedIn: true, expectedRevision: revision,
                by: .user(world.camille))
            #expect(joined.value.consentedAt == world.clock.now && joined.revision == revision + 1)
            #expect(throws: SpotlightError.alreadyInState(optedIn: true)) {
                try world.workflows.setSpotlight(talent, optedIn: true, expectedRevision: nil, by: .user(world.camille))
            }
            let listing = try world.workflows.spotlight(nil)
            #expect(
                listing.entries == [
                    SpotlightEntry(
                        talentID: talent, displayName: "Camille Martin",
                        employer: "Direction du numérique de la Culture",
                        missionsCompleted: 1, validatedMinutes: 0,
                        distinctions: [.firstMission])
                ])
            // A period before the contributions lists nobody.
            let earlier = try SpotlightPeriod(
                from: try LocalDate(parsing: "2025-01-01"), to: try LocalDate(parsing: "2025-12-31"))
            #expect(try world.workflows.spotlight(earlier).entries.isEmpty)
            _ = try world.workflows.setSpotlight(
                talent, optedIn: false, expectedRevision: nil, by: .user(world.operatorUser))
            #expect(try world.workflows.spotlight(nil).entries.isEmpty)
        }
    }
}
