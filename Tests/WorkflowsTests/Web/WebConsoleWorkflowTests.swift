import Domain
import Persistence
import Reporting
import Testing
import Workflows

/// The use cases of the operator's console and of the single-sign-on proxy (Workflows+Console,
/// Workflows+TrustedSignIn), on a real database with a fixed clock.
@Suite struct WebConsoleWorkflowTests {
    @Test func onlyTheOperatorReadsTheFiguresTheQueueAndAMissionUnderReview() throws {
        try TalentWorld.with { world in
            var submitted = try world.workflows.mission(world.draft.id, by: .user(world.owner))
            submitted = try world.workflows.submitMission(
                world.draft.id, expectedRevision: submitted.revision,
                by: .user(world.owner))
            let operatorCaller = Caller.user(world.operatorUser)
            let figures = try world.workflows.programmeFigures(by: operatorCaller)
            #expect(MissionState.allCases.reduce(0) { $0 + figures.missionCount(in: $1) } == 3)
            #expect(figures.missionCount(in: .submitted) == 1)
            #expect(try world.workflows.moderationQueue(by: operatorCaller).items.map(\.id) == [world.draft.id])
            #expect(
                try world.workflows.missionUnderReview(world.draft.id, by: operatorCaller).revision
                    == submitted.revision)
            #expect(try world.workflows.moderationQueue(by: .commandLine).items.count == 1)
            for caller in [Caller.user(world.owner), .user(world.camille)] {
                #expect(throws: AccessError.self) { try world.workflows.programmeFigures(by: caller) }
                #expect(throws: AccessError.self) { try world.workflows.moderationQueue(by: caller) }
                #expect(throws: AccessError.self) { try world.workflows.missionUnderReview(world.draft.id, by: caller) }
            }
            #expect(throws: MissionSearchError.self) {
                try world.workflows.moderationQueue(after: "nope", by: operatorCaller)
            }
        }
    }

    @Test func theProxysWordOpensAnAuditedSessionForAKnownAccountOnly() throws {
        try TalentWorld.with { world in
            let session = try #require(try world.workflows.signIn(trustedEmail: world.camille.email, proxy: "10.0.0.5"))
            #expect(session.user.id == world.camille.id)
            #expect(session.expiresAt == TalentWorld.now.adding(hours: Workflows.webSessionLifetimeHours))
            #expect(try world.workflows.webSessionUser(token: session.token)?.id == world.camille.id)
            #expect(try world.auditCount("web.sign-in.proxy") == 1 && world.auditCount("web.session.opened") == 1)
            #expect(
                try world.database.read { connection in
                    try connection.queryOne(
                        "SELECT json_extract(details, '$.proxy') || '|' || actor FROM audit_events WHERE action = 'web.sign-in.proxy'",
                        map: { try $0.string(0) })
                } == "10.0.0.5|system:sso proxy")
            #expect(
                try world.workflows.signIn(
                    trustedEmail: try EmailAddress("inconnu@interieur.gouv.fr"), proxy: "10.0.0.5") == nil)
            #expect(try world.auditCount("web.sign-in.proxy") == 1 && world.count("web_sessions") == 1)
        }
    }
}
