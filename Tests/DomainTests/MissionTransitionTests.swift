import Domain
import Testing

@Suite("Mission transitions")
struct MissionTransitionTests {
    let later = referenceInstant.adding(hours: 1)
    /// A day before the fixture's deadline (2026-03-20).
    let today = day("2026-03-10")

    /// Performs `action` with arguments that satisfy every rule but the state.
    private func perform(_ action: MissionAction, on mission: inout Mission) throws {
        switch action {
        case .edit: try mission.edit(.make(title: "Nouveau titre"), at: later)
        case .submit: try mission.submit(at: later)
        case .publish: try mission.publish(today: today, at: later)
        case .reject: try mission.reject(reason: "Précisez le périmètre.", at: later)
        case .cancel: try mission.cancel(at: later)
        case .closeAsFilled: try mission.closeAsFilled(at: later)
        case .expire: try mission.expire(today: day("2026-03-21"), at: later)
        }
    }

    private static let legal: [MissionAction: [MissionState: MissionState]] = [
        .edit: [.draft: .draft],
        .submit: [.draft: .submitted],
        .publish: [.submitted: .published],
        .reject: [.submitted: .draft],
        .cancel: [.draft: .closed(.cancelled), .submitted: .closed(.cancelled), .published: .closed(.cancelled)],
        .closeAsFilled: [.published: .closed(.filled)],
        .expire: [.published: .closed(.expired)]
    ]

    @Test("every action from every state", arguments: MissionAction.allCases, MissionState.allCases)
    func transitionTable(action: MissionAction, state: MissionState) throws {
        var mission = Mission.make(state: state)
        if let expected = Self.legal[action]?[state] {
            try perform(action, on: &mission)
            #expect(mission.state == expected)
            #expect(mission.updatedAt == later)
            #expect(action.isAllowed(from: state))
        } else {
            let before = mission
            #expect(throws: MissionError.invalidTransition(action: action, from: state)) {
                try perform(action, on: &mission)
            }
            #expect(mission == before)
            #expect(!action.isAllowed(from: state))
        }
    }

    @Test("the invalid-transition error names the action, the state and what is allowed")
    func invalidTransitionMessage() {
        let error = MissionError.invalidTransition(action: .closeAsFilled, from: .draft)
        #expect(
            error.message
                == "The action 'close as filled' is not allowed on a mission in state 'draft'; it is allowed from: published."
        )
        #expect(error.code == "mission-invalid-transition")
        #expect(error.kind == .conflict)
        #expect(error.field == nil)
    }

    @Test("the full life: create, submit, reject, edit, resubmit, publish, fill")
    func lifecycle() throws {
        var mission = try Mission.create(
            id: 1, administrationID: 10, ownerID: 100, details: .make(title: " Audit "),
            at: referenceInstant)
        #expect(mission.state == .draft)
        #expect(mission.details.title == "Audit")
        #expect(mission.createdAt == referenceInstant && mission.updatedAt == referenceInstant)
        #expect(!mission.isVisibleToTalents)

        try mission.submit(at: referenceInstant.adding(hours: 1))
        #expect(mission.submittedAt == referenceInstant.adding(hours: 1))
        try mission.reject(reason: "  Le périmètre est flou. ", at: referenceInstant.adding(hours: 2))
        #expect(mission.state == .draft)
        #expect(mission.rejectionReason == "Le périmètre est flou.")

        try mission.edit(.make(effortHours: 21), at: referenceInstant.adding(hours: 3))
        #expect(mission.details.effortHours == 21)
        try mission.submit(at: referenceInstant.adding(hours: 4))
        #expect(mission.rejectionReason == "Le périmètre est flou.")
        try mission.publish(today: today, at: referenceInstant.adding(hours: 5))
        #expect(mission.publishedAt == referenceInstant.adding(hours: 5))
        #expect(mission.isVisibleToTalents)

        try mission.closeAsFilled(at: referenceInstant.adding(days: 3))
        #expect(mission.state == .closed(.filled))
        #expect(mission.closedAt == referenceInstant.adding(days: 3))
        #expect(mission.updatedAt == referenceInstant.adding(days: 3))
        #expect(!mission.isVisibleToTalents)
    }

    @Test("only published missions are visible to talents", arguments: MissionState.allCases)
    func visibility(state: MissionState) {
        #expect(Mission.make(state: state).isVisibleToTalents == (state == .published))
    }

    @Test("create and edit validate the details")
    func validation() throws {
        #expect(throws: MissionError.effortOutOfRange(hours: 106, maximum: 105)) {
            try Mission.create(
                id: 1, administrationID: 10, ownerID: 100, details: .make(effortHours: 106),
                at: referenceInstant)
        }
        var mission = Mission.make()
        #expect(throws: MissionError.placeRequired) {
            try mission.edit(.make(departement: nil, remote: false), at: later)
        }
        #expect(mission == .make())
        try mission.edit(.make(effortHours: 140), rules: MissionRules(maximumEffortHours: 140), at: later)
        #expect(mission.details.effortHours == 140)
    }

    @Test(
        "a rejection needs a reason of 1…2000 characters",
        arguments: [
            ("", 0), ("   \n", 0), (text(2001), 2001)
        ])
    func rejectionReason(reason: String, count: Int) {
        var mission = Mission.make(state: .submitted)
        #expect(throws: MissionError.rejectionReasonLength(count: count)) {
            try mission.reject(reason: reason, at: later)
        }
        #expect(mission.state == .submitted)
    }

    @Test(
        "publishing is refused once the deadline has passed",
        arguments: [
            ("2026-03-19", true), ("2026-03-20", true), ("2026-03-21", false)
        ])
    func publishDeadline(today: String, allowed: Bool) throws {
        var mission = Mission.make(state: .submitted)
        if allowed {
            try mission.publish(today: day(today), at: later)
            #expect(mission.state == .published)
        } else {
            #expect(throws: MissionError.deadlinePassed(deadline: day("2026-03-20"), today: day(today))) {
                try mission.publish(today: day(today), at: later)
            }
            #expect(mission.state == .submitted)
        }
    }

    @Test(
        "a published mission expires only after its deadline",
        arguments: [
            ("2026-03-19", false), ("2026-03-20", false), ("2026-03-21", true)
        ])
    func expire(today: String, expires: Bool) throws {
        var mission = Mission.make(state: .published)
        if expires {
            try mission.expire(today: day(today), at: later)
            #expect(mission.state == .closed(.expired))
            #expect(mission.closedAt == later)
        } else {
            #expect(throws: MissionError.deadlineNotPassed(deadline: day("2026-03-20"), today: day(today))) {
                try mission.expire(today: day(today), at: later)
            }
            #expect(mission.state == .published)
        }
    }

    @Test("applications are accepted while published, up to the deadline day")
    func acceptsApplications() {
        let published = Mission.make(state: .published)
        #expect(published.acceptsApplications(on: day("2026-03-20")))
        #expect(!published.acceptsApplications(on: day("2026-03-21")))
        #expect(!Mission.make(state: .submitted).acceptsApplications(on: day("2026-03-10")))
    }

    @Test(
        "states are stored as stable strings",
        arguments: zip(
            MissionState.allCases,
            [
                "draft", "submitted", "published", "closed-filled", "closed-cancelled", "closed-expired"
            ]))
    func stateRawValues(state: MissionState, raw: String) {
        #expect(state.rawValue == raw)
        #expect(MissionState(rawValue: raw) == state)
        #expect(state.isClosed == raw.hasPrefix("closed"))
    }

    @Test("unknown stored states are refused")
    func unknownState() {
        #expect(MissionState(rawValue: "closed") == nil)
        #expect(MissionState(rawValue: "Published") == nil)
    }
}
