import Domain
import Testing

@Suite("Application reopening")
struct ApplicationReopeningTests {
    let answeredAt = referenceInstant.adding(days: 3)
    let now = referenceInstant.adding(days: 20)

    private func declined() -> Application {
        Application.make(state: .declined(.make(.profileDoesNotFit)), answeredAt: answeredAt)
    }

    @Test("a declined application goes back to submitted, keeping the first answer's time")
    func reopenKeepsTheClock() throws {
        var application = declined()
        try application.reopen(
            reason: "  Refus saisi sur la mauvaise candidature.  ", missionState: .published, at: now)
        #expect(application.state == .submitted)
        #expect(application.answeredAt == answeredAt, "the 14-day clock is not restarted")
        #expect(application.updatedAt == now)
        #expect(application.reopeningReason == "Refus saisi sur la mauvaise candidature.")
        #expect(application.isLive)
        #expect(
            !application.awaitsAnswer && !application.isOverdue(now: now.adding(days: 30)),
            "answered once, never overdue again")
    }

    @Test("the owner answers again; a new decline or a withdrawal replaces the reopening reason")
    func answerAfterReopening() throws {
        var application = declined()
        try application.reopen(reason: "Erreur de saisie", missionState: .published, at: now)
        try application.proposeInterview(Interview(at: now.adding(days: 2), means: "Visio"), at: now.adding(hours: 1))
        #expect(application.reopeningReason == "Erreur de saisie", "kept while live")
        try application.decline(reason: .make(.missionFilled), at: now.adding(days: 1))
        #expect(application.reopeningReason == nil)
        #expect(application.answeredAt == answeredAt)
        var withdrawn = declined()
        try withdrawn.reopen(reason: "Erreur de saisie", missionState: .published, at: now)
        try withdrawn.withdraw(reason: .make(.noLongerAvailable), at: now.adding(days: 1))
        #expect(withdrawn.reopeningReason == nil)
    }

    @Test("a reason of 1 to 1000 characters is required", arguments: [("", 0), ("   ", 0), (text(1001), 1001)])
    func reasonLength(reason: String, count: Int) throws {
        var application = declined()
        #expect(throws: ApplicationError.reopeningReasonLength(count: count)) {
            try application.reopen(reason: reason, missionState: .published, at: now)
        }
        #expect(application == declined())
        try application.reopen(reason: text(1000), missionState: .published, at: now)
        #expect(application.reopeningReason?.count == 1000)
    }

    @Test("only while the mission is published", arguments: MissionState.allCases.filter { $0 != .published })
    func missionMustBePublished(state: MissionState) {
        var application = declined()
        #expect(throws: ApplicationError.missionNotPublished(state)) {
            try application.reopen(reason: "Erreur", missionState: state, at: now)
        }
        #expect(application == declined())
    }

    @Test(
        "only a declined application reopens",
        arguments: [
            ApplicationState.submitted, .accepted, .withdrawn(.make(.noLongerAvailable)),
            .interviewProposed(Interview(at: referenceInstant.adding(days: 5), means: "Visio"))
        ])
    func onlyDeclined(state: ApplicationState) {
        var application = Application.make(state: state, answeredAt: answeredAt)
        #expect(throws: ApplicationError.invalidTransition(action: .reopen, from: state.status)) {
            try application.reopen(reason: "Erreur", missionState: .published, at: now)
        }
    }
}
