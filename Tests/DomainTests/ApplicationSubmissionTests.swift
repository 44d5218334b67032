import Domain
import Testing

@Suite("Application submission")
struct ApplicationSubmissionTests {
    let mission = Mission.make(state: .published)
    let talent = Talent.make()

    private func submit(
        to mission: Mission? = nil, by talent: Talent? = nil, motivation: String = "Motivée.",
        existing: [Application] = [], at instant: Instant = referenceInstant
    ) throws -> Application {
        try Application.submit(
            id: 9, to: mission ?? self.mission, by: talent ?? self.talent, motivation: motivation,
            existing: existing, at: instant)
    }

    @Test("submits to a published mission with a 14-day answer promise")
    func submits() throws {
        let application = try submit(motivation: "  Je connais bien ce type d'audit.  ")
        #expect(application.id == 9)
        #expect(application.missionID == mission.id)
        #expect(application.talentID == talent.id)
        #expect(application.motivation == "Je connais bien ce type d'audit.")
        #expect(application.state == .submitted)
        #expect(application.submittedAt == referenceInstant)
        #expect(application.dueAt == referenceInstant.adding(days: 14))
        #expect(application.dueAt.milliseconds(since: application.submittedAt) == 14 * 24 * 3_600_000)
        #expect(application.answeredAt == nil)
        #expect(application.isLive)
    }

    @Test(
        "refused unless the mission is published",
        arguments: MissionState.allCases.filter { $0 != .published })
    func missionNotPublished(state: MissionState) {
        #expect(throws: ApplicationError.missionNotPublished(state)) { try submit(to: .make(state: state)) }
    }

    @Test(
        "accepted up to the last millisecond of the deadline day (UTC)",
        arguments: [
            (Instant(utc: day("2026-03-20"), hour: 23, minute: 59, second: 59, millisecond: 999), true),
            (Instant(utc: day("2026-03-21")), false)
        ])
    func deadline(instant: Instant, accepted: Bool) {
        if accepted {
            #expect(throws: Never.self) { try submit(at: instant) }
        } else {
            #expect(throws: ApplicationError.deadlinePassed(deadline: day("2026-03-20"), today: day("2026-03-21"))) {
                try submit(at: instant)
            }
        }
    }

    @Test("a mission owner cannot apply to their own mission")
    func ownMission() {
        #expect(throws: ApplicationError.ownMission) { try submit(by: .make(userID: mission.ownerID)) }
    }

    @Test(
        "one live application per talent and mission",
        arguments: [
            (ApplicationState.submitted, false),
            (.interviewProposed(Interview(at: referenceInstant, means: "Visio")), false),
            (.accepted, false), (.declined(.make()), true), (.withdrawn(.make(.noLongerAvailable)), true)
        ])
    func oneLiveApplication(state: ApplicationState, allowed: Bool) {
        let previous = Application.make(id: 3, missionID: mission.id, talentID: talent.id, state: state)
        let unrelated = [
            Application.make(id: 4, missionID: 77, talentID: talent.id),
            Application.make(id: 5, missionID: mission.id, talentID: 66)
        ]
        if allowed {
            #expect(throws: Never.self) { try submit(existing: unrelated + [previous]) }
        } else {
            #expect(throws: ApplicationError.alreadyApplied(3)) { try submit(existing: unrelated + [previous]) }
        }
    }

    @Test("motivation 1…5000 characters", arguments: [(0, false), (1, true), (5000, true), (5001, false)])
    func motivation(count: Int, valid: Bool) {
        if valid {
            #expect(throws: Never.self) { try submit(motivation: text(count)) }
        } else {
            #expect(throws: ApplicationError.motivationLength(count: count)) { try submit(motivation: text(count)) }
        }
    }
}
