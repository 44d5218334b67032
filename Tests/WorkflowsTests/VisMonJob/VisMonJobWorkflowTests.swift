import Domain
import Persistence
import Testing
import Workflows

/// The Vis mon job use cases on a real database (``TalentWorld``: Camille and Dominique are
/// talents with profiles, the newcomer a talent without one), the clock moved by hand.
@Suite("Vis mon job workflows")
struct VisMonJobWorkflowTests {
    static let edition = NewEdition(
        name: "Vis mon job 2026", eventDay: TalentWorld.date("2026-05-20"),
        registrationOpens: TalentWorld.date("2026-03-01"),
        registrationCloses: TalentWorld.date("2026-04-15"))

    static func profile(_ family: JobFamily = .developer, capacity: Int = 1) throws -> AmbassadorProfile {
        AmbassadorProfile(
            jobFamily: family, departement: try Departement("75"), city: "Paris", capacity: capacity,
            description: "Une journée avec l'équipe.")
    }

    static func registration(_ email: String, wishes: [JobFamily] = [.developer]) throws -> StudentRegistration {
        StudentRegistration(
            school: "Université Paris Cité", level: .bac3, wishes: wishes,
            departements: [try Departement("75")], email: try EmailAddress(email))
    }

    @Test("only the operator creates editions; only talents with a profile become ambassadors, once")
    func rights() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            #expect(throws: AccessError.self) { try workflows.createEdition(Self.edition, by: .user(world.camille)) }
            let edition = try workflows.createEdition(Self.edition, by: .user(world.operatorUser)).value
            #expect(throws: AccessError.self) {
                try workflows.registerAmbassador(try Self.profile(), in: edition.id, by: .user(world.owner))
            }
            #expect(throws: AccessError.self) {
                try workflows.registerAmbassador(try Self.profile(), in: edition.id, by: .commandLine)
            }
            #expect(throws: VisMonJobError.talentProfileRequired) {
                try workflows.registerAmbassador(try Self.profile(), in: edition.id, by: .user(world.newcomer))
            }
            let ambassador = try workflows.registerAmbassador(
                try Self.profile(), in: edition.id,
                by: .user(world.camille)
            ).value
            #expect(ambassador.administrationID == world.ministry.id)
            #expect(throws: VisMonJobError.ambassadorExists) {
                try workflows.registerAmbassador(try Self.profile(), in: edition.id, by: .user(world.camille))
            }
            #expect(throws: NotFoundError.self) { try workflows.ambassador(ambassador.id, by: .user(world.dominique)) }
            #expect(try workflows.ambassador(ambassador.id, by: .user(world.operatorUser)).value == ambassador)
        }
    }

    @Test("students reach their registration by token only, and may change it only while open")
    func studentToken() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            let edition = try workflows.createEdition(Self.edition, by: .commandLine).value
            let enrolment = try workflows.registerStudent(try Self.registration("lina@etu.example.fr"), in: edition.id)
            #expect(enrolment.token.count == 43)
            #expect(try workflows.studentRegistration(token: enrolment.token).value == enrolment.student.value)
            #expect(throws: AuthenticationError.invalidToken) { try workflows.studentRegistration(token: "guess") }
            #expect(throws: VisMonJobError.studentEmailTaken) {
                try workflows.registerStudent(try Self.registration("LINA@etu.example.fr"), in: edition.id)
            }
            var changed = try Self.registration("lina@etu.example.fr", wishes: [.analyst, .developer])
            changed.school = "  INSA Lyon "
            #expect(throws: StaleRevisionError.self) {
                try workflows.updateStudent(token: enrolment.token, changed, expectedRevision: 7)
            }
            let updated = try workflows.updateStudent(token: enrolment.token, changed, expectedRevision: 1)
            #expect(updated.revision == 2 && updated.value.registration.school == "INSA Lyon")
            _ = try workflows.closeRegistrations(edition.id, expectedRevision: 1, by: .commandLine)
            #expect(throws: VisMonJobError.self) {
                try workflows.updateStudent(token: enrolment.token, changed, expectedRevision: 2)
            }
            #expect(throws: VisMonJobError.self) {
                try workflows.withdrawStudent(token: enrolment.token, expectedRevision: 2)
            }
        }
    }

    @Test("the pairing runs, is adjusted within capacities, published, and each side acts on its pair")
    func pairingToDone() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            let op = Caller.user(world.operatorUser)
            let edition = try workflows.createEdition(Self.edition, by: op).value
            let camille = try workflows.registerAmbassador(
                try Self.profile(), in: edition.id,
                by: .user(world.camille)
            ).value
            let dominique = try workflows.registerAmbassador(
                try Self.profile(.analyst, capacity: 2), in: edition.id,
                by: .user(world.dominique)
            ).value
            let lina = try workflows.registerStudent(try Self.registration("lina@etu.example.fr"), in: edition.id)
            let noe = try workflows.registerStudent(try Self.registration("noe@etu.example.fr"), in: edition.id)
            #expect(throws: VisMonJobError.self) { try workflows.runPairing(edition.id, expectedRevision: 1, by: op) }
            _ = try workflows.closeRegistrations(edition.id, expectedRevision: 1, by: op)
            #expect(throws: VisMonJobError.pairingNotRun) {
                try workflows.publishPairing(edition.id, expectedRevision: 2, by: op)
            }
            #expect(throws: AccessError.self) {
                try workflows.runPairing(edition.id, expectedRevision: 2, by: .user(world.camille))
            }
            let preview = try workflows.runPairing(edition.id, expectedRevision: 2, by: op)
            #expect(
                preview.pairs.map { [$0.pair.studentID.rawValue, $0.pair.ambassadorID.rawValue] }
                    == [[lina.student.value.id.rawValue, camille.id.rawValue]])
            #expect(preview.unmatched.map(\.studentID) == [noe.student.value.id])
            #expect(preview.unmatched.map(\.reason) == [.acceptableAmbassadorsFull])

            // Camille is full: nothing changes, not even the edition's revision.
            #expect(throws: VisMonJobError.ambassadorFull(camille.id)) {
                try workflows.adjustPair(
                    edition.id, studentID: noe.student.value.id, ambassadorID: camille.id,
                    expectedRevision: preview.edition.revision, by: op)
            }
            #expect(try workflows.pairingPreview(edition.id, by: op).edition.revision == preview.edition.revision)
            let adjusted = try workflows.adjustPair(
                edition.id, studentID: noe.student.value.id,
                ambassadorID: dominique.id,
                expectedRevision: preview.edition.revision, by: op)
            #expect(adjusted.unmatched.isEmpty && adjusted.pairs.last?.pair.manual == true)
            // A new run forgets the adjustment; a student keeps their pair's id.
            let rerun = try workflows.runPairing(edition.id, expectedRevision: adjusted.edition.revision, by: op)
            #expect(rerun.pairs.map(\.pair.id) == preview.pairs.map(\.pair.id))
            #expect(rerun.unmatched.map(\.studentID) == [noe.student.value.id])
            _ = try workflows.publishPairing(edition.id, expectedRevision: rerun.edition.revision, by: op)

            // The student proposes, the ambassador accepts; the operator is no side.
            let pair = try workflows.studentPair(token: lina.token)
            #expect(pair.ambassador?.name == "Camille Martin" && pair.student == nil)
            let pairID = pair.pair.value.id
            #expect(throws: NotFoundError.self) { try workflows.pair(pairID, by: .user(world.dominique)) }
            let proposed = try workflows.proposeDate(
                TalentWorld.date("2026-05-22"), token: lina.token,
                expectedRevision: pair.pair.revision)
            #expect(throws: VisMonJobError.ownDateProposal) {
                try workflows.acceptDate(token: lina.token, expectedRevision: proposed.pair.revision)
            }
            #expect(throws: AccessError.self) {
                try workflows.acceptDate(for: pairID, expectedRevision: proposed.pair.revision, by: op)
            }
            let agreed = try workflows.acceptDate(
                for: pairID, expectedRevision: proposed.pair.revision,
                by: .user(world.camille))
            #expect(
                agreed.day == TalentWorld.date("2026-05-22") && agreed.student?.email.value == "lina@etu.example.fr")

            // Done from the agreed day on; feedback once per side.
            #expect(throws: VisMonJobError.dayNotReached(TalentWorld.date("2026-05-22"))) {
                try workflows.markPairDone(pairID, expectedRevision: agreed.pair.revision, by: op)
            }
            world.clock.now = Instant(utc: TalentWorld.date("2026-05-22"), hour: 18)
            let done = try workflows.markPairDone(pairID, expectedRevision: agreed.pair.revision, by: op)
            #expect(done.pair.value.status == .done)
            _ = try workflows.leaveFeedback(PairFeedback(rating: 5), on: pairID, by: .user(world.camille))
            #expect(throws: VisMonJobError.feedbackExists) {
                try workflows.leaveFeedback(PairFeedback(rating: 4), on: pairID, by: .user(world.camille))
            }
            let events = try world.database.read {
                try AuditLog($0).events(subjectType: "vmj-pair", subjectID: pairID.rawValue)
            }
            #expect(
                events.map(\.action) == [
                    "vmj.pair.date-proposed", "vmj.pair.date-agreed", "vmj.pair.done",
                    "vmj.pair.feedback-left"
                ])
            #expect(events.allSatisfy { $0.details.values.allSatisfy { !$0.contains("@") } })
        }
    }

    @Test("coaching slots: before the event, booked by the edition's ambassadors only, once, within capacity")
    func coaching() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            let edition = try workflows.createEdition(Self.edition, by: .commandLine).value
            _ = try workflows.registerAmbassador(try Self.profile(), in: edition.id, by: .user(world.camille))
            _ = try workflows.registerAmbassador(try Self.profile(), in: edition.id, by: .user(world.dominique))
            let at = Instant(utc: TalentWorld.date("2026-05-19"), hour: 23)
            #expect(throws: VisMonJobError.slotNotBeforeEvent) {
                try workflows.publishCoachingSlot(
                    in: edition.id, startsAt: at.adding(minutes: 1), capacity: 1,
                    by: .commandLine)
            }
            let slot = try workflows.publishCoachingSlot(in: edition.id, startsAt: at, capacity: 1, by: .commandLine)
            #expect(throws: AccessError.self) { try workflows.bookCoachingSlot(slot.id, by: .user(world.owner)) }
            #expect(try workflows.bookCoachingSlot(slot.id, by: .user(world.camille)).booked == 1)
            #expect(throws: VisMonJobError.coachingAlreadyBooked) {
                try workflows.bookCoachingSlot(slot.id, by: .user(world.camille))
            }
            #expect(throws: VisMonJobError.slotFull) {
                try workflows.bookCoachingSlot(slot.id, by: .user(world.dominique))
            }
            #expect(try workflows.coachingSlots(of: edition.id).map(\.booked) == [1])
        }
    }

    @Test("the current edition and those open for registration follow the clock and the editions' states")
    func selections() throws {
        try TalentWorld.with { world in
            let workflows = world.workflows
            world.clock.now = Instant(utc: TalentWorld.date("2026-02-01"), hour: 9)
            #expect(try workflows.editions(.current).isEmpty)
            let edition = try workflows.createEdition(Self.edition, by: .commandLine)
            #expect(try workflows.editions(.current).map(\.value) == [edition.value])
            #expect(try workflows.editions(.registrationOpen).isEmpty)
            world.clock.now = Instant(utc: TalentWorld.date("2026-03-01"), hour: 9)
            #expect(try workflows.editions(.registrationOpen).map(\.value) == [edition.value])
            let closed = try workflows.closeRegistrations(edition.value.id, expectedRevision: nil, by: .commandLine)
            #expect(try workflows.editions(.registrationOpen).isEmpty)
            #expect(try workflows.editions(.current).map(\.revision) == [closed.revision])
        }
    }
}
