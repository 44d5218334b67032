import Domain
import Testing

@Suite("Application transitions")
struct ApplicationTransitionTests {
    let now = referenceInstant.adding(days: 2)
    let interview = Interview(at: referenceInstant.adding(days: 5), means: "Visioconférence")

    private static let states: [ApplicationState] = [
        .submitted, .interviewProposed(Interview(at: referenceInstant.adding(days: 3), means: "Téléphone")),
        .accepted, .declined(.make()), .withdrawn(.make(.other, text: "Mutation"))
    ]

    private func perform(_ action: ApplicationAction, on application: inout Application) throws {
        switch action {
        case .proposeInterview: try application.proposeInterview(interview, at: now)
        case .accept: try application.accept(at: now)
        case .decline: try application.decline(reason: .make(.missionFilled), at: now)
        case .withdraw: try application.withdraw(reason: .make(.noLongerAvailable), at: now)
        case .reopen: try application.reopen(reason: "Refus saisi par erreur", missionState: .published, at: now)
        }
    }

    private static let legal: [ApplicationAction: Set<ApplicationStatus>] = [
        .proposeInterview: [.submitted, .interviewProposed],
        .accept: [.submitted, .interviewProposed],
        .decline: [.submitted, .interviewProposed],
        .withdraw: [.submitted, .interviewProposed, .accepted],
        .reopen: [.declined]
    ]

    @Test("every action from every state", arguments: ApplicationAction.allCases, states)
    func transitionTable(action: ApplicationAction, state: ApplicationState) throws {
        var application = Application.make(state: state)
        if Self.legal[action]!.contains(state.status) {
            try perform(action, on: &application)
            let expected: ApplicationState =
                switch action {
                case .proposeInterview: .interviewProposed(interview)
                case .accept: .accepted
                case .decline: .declined(.make(.missionFilled))
                case .withdraw: .withdrawn(.make(.noLongerAvailable))
                case .reopen: .submitted
                }
            #expect(application.state == expected)
            #expect(application.updatedAt == now)
            #expect(action.isAllowed(from: state.status))
        } else {
            let before = application
            #expect(throws: ApplicationError.invalidTransition(action: action, from: state.status)) {
                try perform(action, on: &application)
            }
            #expect(application == before)
            #expect(!action.isAllowed(from: state.status))
        }
    }

    @Test("the first owner answer is recorded once")
    func firstAnswer() throws {
        var application = Application.make()
        try application.proposeInterview(interview, at: now)
        #expect(application.answeredAt == now)
        let moved = Interview(at: referenceInstant.adding(days: 6), means: "Sur site, Paris")
        try application.proposeInterview(moved, at: now.adding(hours: 1))
        #expect(application.state == .interviewProposed(moved))
        try application.accept(at: now.adding(days: 5))
        #expect(application.state == .accepted)
        #expect(application.answeredAt == now)
        #expect(application.updatedAt == now.adding(days: 5))
    }

    @Test("an interview is set strictly after now", arguments: [(Int64(-1), false), (0, false), (1, true)])
    func interviewInFuture(offset: Int64, valid: Bool) throws {
        var application = Application.make()
        let proposal = Interview(at: now.adding(milliseconds: offset), means: "Visio")
        if valid {
            try application.proposeInterview(proposal, at: now)
        } else {
            #expect(throws: ApplicationError.interviewNotInFuture(interviewAt: proposal.at, now: now)) {
                try application.proposeInterview(proposal, at: now)
            }
            #expect(application.state == .submitted)
        }
    }

    @Test(
        "an interview says how it takes place, in 1…200 characters",
        arguments: [
            ("", 0), ("  ", 0), (text(201), 201)
        ])
    func interviewMeans(means: String, count: Int) throws {
        var application = Application.make()
        #expect(throws: ApplicationError.interviewMeansLength(count: count)) {
            try application.proposeInterview(Interview(at: interview.at, means: means), at: now)
        }
        try application.proposeInterview(Interview(at: interview.at, means: " \(text(200)) "), at: now)
        #expect(application.state == .interviewProposed(Interview(at: interview.at, means: text(200))))
    }

    @Test("coded reasons: free text required for other, at most 1000 characters")
    func codedReasons() throws {
        #expect(throws: ApplicationError.reasonTextRequired) { try CodedReason(.other) }
        #expect(throws: ApplicationError.reasonTextRequired) { try CodedReason(.other, text: "  ") }
        #expect(throws: ApplicationError.reasonTextTooLong(count: 1001)) {
            try CodedReason(.missionFilled, text: text(1001))
        }
        #expect(try CodedReason(.other, text: " Réorganisation ").text == "Réorganisation")
        #expect(try CodedReason(.missionFilled, text: "").text == nil)
        #expect(try CodedReason(.profileDoesNotFit, text: text(1000)).text?.count == 1000)
    }

    @Test("reason codes are stable and labelled in French")
    func reasonCodes() {
        #expect(
            ReasonCode.allCases.map(\.rawValue) == [
                "profile-does-not-fit", "mission-filled", "no-longer-available", "answered-outside-platform", "other"
            ])
        #expect(Set(ReasonCode.allCases.map(\.label)).count == ReasonCode.allCases.count)
    }

    @Test("the invalid-transition error names the action, the status and what is allowed")
    func invalidTransitionMessage() {
        let error = ApplicationError.invalidTransition(action: .proposeInterview, from: .accepted)
        #expect(
            error.message
                == "The action 'propose interview' is not allowed on an application in status 'accepted'; "
                + "it is allowed from: submitted, interview-proposed.")
    }
}
