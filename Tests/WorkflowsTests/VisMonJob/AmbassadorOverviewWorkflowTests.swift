import Domain
import Persistence
import Testing
import Workflows

/// `ambassadorOverview`: what the web front's ambassador page shows of the caller's own part
/// in an edition, and nothing of anyone else's.
@Suite("Vis mon job: the ambassador's own overview")
struct AmbassadorOverviewWorkflowTests {
    @Test("only the caller's registration, their coaching booking, and their pairs once published")
    func overview() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            let op = Caller.user(world.operatorUser)
            let edition = try workflows.createEdition(VisMonJobWorkflowTests.edition, by: op).value
            #expect(try workflows.ambassadorOverview(in: edition.id, by: .user(world.camille)) == nil)
            #expect(try workflows.ambassadorOverview(in: edition.id, by: .commandLine) == nil)
            #expect(throws: NotFoundError.self) { try workflows.ambassadorOverview(in: EditionID(999), by: op) }
            let camille = try workflows.registerAmbassador(
                try VisMonJobWorkflowTests.profile(), in: edition.id,
                by: .user(world.camille)
            ).value
            let slot = try workflows.publishCoachingSlot(
                in: edition.id, startsAt: Instant(utc: TalentWorld.date("2026-05-04"), hour: 10),
                capacity: 2, by: op)
            let lina = try workflows.registerStudent(
                try VisMonJobWorkflowTests.registration("lina@etu.example.fr"),
                in: edition.id)
            let before = try #require(try workflows.ambassadorOverview(in: edition.id, by: .user(world.camille)))
            #expect(before.ambassador.value == camille && before.bookedSlot == nil && before.pairs.isEmpty)
            #expect(
                try workflows.ambassadorOverview(in: edition.id, by: .user(world.dominique)) == nil,
                "another agent is not Camille's ambassador")
            _ = try workflows.bookCoachingSlot(slot.id, by: .user(world.camille))
            _ = try workflows.closeRegistrations(edition.id, expectedRevision: 1, by: op)
            let preview = try workflows.runPairing(edition.id, expectedRevision: 2, by: op)
            // Run but not published: the ambassador does not see the pair yet.
            #expect(try workflows.ambassadorOverview(in: edition.id, by: .user(world.camille))?.pairs.isEmpty == true)
            _ = try workflows.publishPairing(edition.id, expectedRevision: preview.edition.revision, by: op)
            let after = try #require(try workflows.ambassadorOverview(in: edition.id, by: .user(world.camille)))
            #expect(after.bookedSlot == slot.id)
            #expect(after.pairs.map { $0.student?.studentID } == [lina.student.value.id])
            #expect(after.pairs.first?.student?.email.value == "lina@etu.example.fr")
            #expect(
                after.pairs.allSatisfy { $0.ambassador == nil }, "the ambassador's side: the student's contact only")
        }
    }
}
