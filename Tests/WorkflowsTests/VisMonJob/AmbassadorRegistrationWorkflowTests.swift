import Domain
import Persistence
import Testing
import Workflows

/// `updateAmbassador` and `withdrawAmbassador` (issue 18): the agent changes or withdraws their
/// own registration while the edition is open; the operator sees it but is refused, another
/// agent does not see it; each change is audited, with ids and codes only.
@Suite("Vis mon job: the ambassador changes or withdraws their registration")
struct AmbassadorRegistrationWorkflowTests {
    @Test("the agent changes then withdraws; the others are refused; nothing once registrations close")
    func changeAndWithdraw() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            let op = Caller.user(world.operatorUser)
            let edition = try workflows.createEdition(VisMonJobWorkflowTests.edition, by: op).value
            let camille = try workflows.registerAmbassador(
                try VisMonJobWorkflowTests.profile(), in: edition.id, by: .user(world.camille)
            ).value
            var profile = camille.profile
            profile.city = "  Lyon  "
            profile.capacity = 3
            #expect(throws: AccessError.self) {
                try workflows.updateAmbassador(camille.id, profile, expectedRevision: 1, by: op)
            }
            #expect(throws: NotFoundError.self) {
                try workflows.updateAmbassador(camille.id, profile, expectedRevision: 1, by: .user(world.dominique))
            }
            #expect(throws: StaleRevisionError.self) {
                try workflows.updateAmbassador(camille.id, profile, expectedRevision: 7, by: .user(world.camille))
            }
            var tooMany = profile
            tooMany.capacity = 9
            #expect(throws: VisMonJobError.capacityOutOfRange(9)) {
                try workflows.updateAmbassador(camille.id, tooMany, expectedRevision: 1, by: .user(world.camille))
            }
            #expect(try world.auditCount("vmj.ambassador.updated") == 0)
            let changed = try workflows.updateAmbassador(
                camille.id, profile, expectedRevision: 1, by: .user(world.camille))
            #expect(
                changed.revision == 2 && changed.value.profile.city == "Lyon" && changed.value.profile.capacity == 3)
            #expect(try workflows.ambassador(camille.id, by: op).value.profile.city == "Lyon")
            #expect(try world.auditCount("vmj.ambassador.updated") == 1)

            // Withdrawn with its coaching booking; the agent may volunteer again.
            let slot = try workflows.publishCoachingSlot(
                in: edition.id, startsAt: Instant(utc: TalentWorld.date("2026-05-04"), hour: 10), capacity: 2,
                place: "https://webconf.example.gouv.fr/vmj", by: op)
            #expect(slot.place == "https://webconf.example.gouv.fr/vmj")
            _ = try workflows.bookCoachingSlot(slot.id, by: .user(world.camille))
            #expect(throws: AccessError.self) {
                try workflows.withdrawAmbassador(camille.id, expectedRevision: 2, by: op)
            }
            #expect(throws: NotFoundError.self) {
                try workflows.withdrawAmbassador(camille.id, expectedRevision: 2, by: .user(world.dominique))
            }
            try workflows.withdrawAmbassador(camille.id, expectedRevision: 2, by: .user(world.camille))
            #expect(throws: NotFoundError.self) { try workflows.ambassador(camille.id, by: op) }
            #expect(try workflows.coachingSlots(of: edition.id).first?.booked == 0)
            #expect(try world.auditCount("vmj.ambassador.withdrawn") == 1)
            let again = try workflows.registerAmbassador(profile, in: edition.id, by: .user(world.camille)).value

            // Once registrations close, neither change nor withdrawal.
            _ = try workflows.closeRegistrations(edition.id, expectedRevision: 1, by: op)
            #expect(throws: VisMonJobError.self) {
                try workflows.updateAmbassador(again.id, profile, expectedRevision: 1, by: .user(world.camille))
            }
            #expect(throws: VisMonJobError.self) {
                try workflows.withdrawAmbassador(again.id, expectedRevision: 1, by: .user(world.camille))
            }
        }
    }
}
