import Domain
import Testing

@Suite("Application answer timing")
struct ApplicationTimingTests {
    let application = Application.make(submittedAt: referenceInstant)

    @Test("the answer is due exactly 14 days after submission, reminders at D+7 and D+12")
    func dueDate() {
        #expect(application.dueAt == Instant(utc: day("2026-03-16"), hour: 9))
        #expect(
            application.reminderInstants == [
                Instant(utc: day("2026-03-09"), hour: 9),
                Instant(utc: day("2026-03-14"), hour: 9)
            ])
    }

    @Test("overdue strictly after the due instant", arguments: [(Int64(-1), false), (0, false), (1, true)])
    func overdueBoundary(offset: Int64, overdue: Bool) {
        #expect(application.isOverdue(now: application.dueAt.adding(milliseconds: offset)) == overdue)
    }

    @Test(
        "the countdown rounds up and reaches zero at the due instant, then counts late days",
        arguments: [
            (Int64(-14 * 86_400_000), 14), (-11 * 86_400_000 - 1000, 12), (-1, 1), (0, 0),
            (1, 0), (2 * 86_400_000, -2), (2 * 86_400_000 + 1, -2)
        ] as [(Int64, Int)])
    func countdown(offset: Int64, daysLeft: Int) {
        #expect(application.daysLeft(now: application.dueAt.adding(milliseconds: offset)) == daysLeft)
    }

    @Test(
        "not overdue once answered or closed",
        arguments: [
            ApplicationState.interviewProposed(Interview(at: referenceInstant.adding(days: 20), means: "Visio")),
            .accepted, .declined(.make()), .withdrawn(.make(.answeredOutsidePlatform))
        ])
    func answeredIsNotOverdue(state: ApplicationState) {
        let answered = Application.make(state: state, answeredAt: referenceInstant.adding(days: 1))
        #expect(!answered.isOverdue(now: referenceInstant.adding(days: 30)))
        #expect(!answered.awaitsAnswer)
    }

    @Test("a withdrawal before any answer stops the clock without counting as an answer")
    func withdrawnBeforeAnswer() throws {
        var application = application
        try application.withdraw(reason: .make(.noLongerAvailable), at: referenceInstant.adding(days: 2))
        #expect(application.answeredAt == nil)
        #expect(!application.isOverdue(now: referenceInstant.adding(days: 30)))
    }

    @Test("live statuses", arguments: ApplicationStatus.allCases)
    func liveStatuses(status: ApplicationStatus) {
        #expect(status.isLive == [.submitted, .interviewProposed, .accepted].contains(status))
    }
}
