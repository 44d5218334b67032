import Domain
import Persistence
import Testing
import Workflows

@Suite("Mission expiry job")
struct MissionExpiryTests {
    @Test("closes published missions the day after their deadline, once, and nothing else")
    func expiresAfterDeadline() throws {
        try MissionWorld.with { world in
            let early = try world.published(.make(title: "Échéance 10 mars", applicationDeadline: date("2026-03-10")))
            let later = try world.published(.make(title: "Échéance 31 mars"))
            let draft = try world.draft(.make(title: "Brouillon", applicationDeadline: date("2026-03-10")))

            world.clock.now = Instant(utc: date("2026-03-10"), hour: 23, minute: 59)
            #expect(try world.workflows.expireMissions(by: .commandLine).isEmpty, "the deadline day is still open")

            world.clock.now = Instant(utc: date("2026-03-11"), hour: 2)
            let expired = try world.workflows.expireMissions(by: .commandLine)
            #expect(expired.map(\.id) == [early.value.id])
            #expect(expired.first?.closedAt == world.clock.now)
            let stored = try world.workflows.mission(early.value.id, by: .user(world.owner))
            #expect(stored.value.state == .closed(.expired))
            #expect(stored.revision == early.revision + 1)
            #expect(try world.auditActions(early.value.id).last == "mission.expired")
            #expect(try world.workflows.expireMissions(by: .commandLine).isEmpty, "a second run expires nothing more")

            #expect(try world.workflows.mission(later.value.id, by: .user(world.owner)).value.state == .published)
            #expect(try world.workflows.mission(draft.value.id, by: .user(world.owner)).value.state == .draft)
        }
    }

    @Test("only the operator (or the command line) runs it")
    func operatorOnly() throws {
        try MissionWorld.with { world in
            _ = try world.published(.make(applicationDeadline: date("2026-03-05")))
            world.clock.advance(days: 10)
            #expect(throws: AccessError.roleRequired(action: "expire missions", roles: [.operator])) {
                try world.workflows.expireMissions(by: .user(world.owner))
            }
            #expect(try world.workflows.expireMissions(by: .user(world.operatorUser)).count == 1)
        }
    }
}
