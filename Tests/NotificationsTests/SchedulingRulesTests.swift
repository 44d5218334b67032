import Domain
import Testing

@testable import Notifications

@Suite struct SchedulingRulesTests {
    static let submitted = Instant(utc: try! LocalDate(year: 2026, month: 11, day: 2), hour: 9)

    @Test(
        "nothing before D+7, the D+7 reminder, the D+12 reminder, overdue strictly after D+14",
        arguments: [
            (0, 0, nil), (6, 23, nil), (7, 0, AnswerFollowUp.reminder(day: 7)), (11, 23, .reminder(day: 7)),
            (12, 0, .reminder(day: 12)), (14, 0, .reminder(day: 12)), (14, 1, .overdue), (40, 0, .overdue)
        ])
    func steps(days: Int, hours: Int, expected: AnswerFollowUp?) {
        #expect(
            AnswerFollowUp.due(submittedAt: Self.submitted, now: Self.submitted.adding(days: days, hours: hours))
                == expected)
    }

    @Test("the overdue step agrees with Application.isOverdue")
    func agreesWithDomain() throws {
        let mission = MissionID(1)
        let application = Application(
            id: 1, missionID: mission, talentID: 1, motivation: "m", state: .submitted,
            submittedAt: Self.submitted, answeredAt: nil, updatedAt: Self.submitted)
        for minutes in stride(from: 14 * 1440 - 2, through: 14 * 1440 + 2, by: 1) {
            let now = Self.submitted.adding(minutes: minutes)
            #expect(
                (AnswerFollowUp.due(submittedAt: Self.submitted, now: now) == .overdue)
                    == application.isOverdue(now: now))
        }
    }

    @Test("keys are unique per step, application and recipient")
    func keys() {
        let keys = [AnswerFollowUp.reminder(day: 7), .reminder(day: 12), .overdue].flatMap { step in
            [ApplicationID(1), ApplicationID(2)].flatMap { application in
                [UserID(1), UserID(2)].map { step.key(applicationID: application, recipient: $0) }
            }
        }
        #expect(Set(keys).count == keys.count)
        #expect(
            DigestKey.make(
                .timeReportsDigest, recipient: 5, week: ISOWeek(try! LocalDate(year: 2026, month: 11, day: 22)))
                == "time-reports-digest:user-5:2026-W47")
    }

    @Test(
        "ISO weeks, including the years whose first days belong to the previous year's last week",
        arguments: [
            ((2026, 11, 22), "2026-W47"), ((2026, 11, 23), "2026-W48"), ((2021, 1, 3), "2020-W53"),
            ((2024, 12, 30), "2025-W01"), ((2026, 1, 1), "2026-W01"), ((2027, 1, 1), "2026-W53"),
            ((2027, 1, 4), "2027-W01")
        ])
    func isoWeeks(date: (Int, Int, Int), expected: String) throws {
        #expect(ISOWeek(try LocalDate(year: date.0, month: date.1, day: date.2)).description == expected)
    }

    @Test("preferences mute digests only")
    func preferences() {
        let muted = NotificationPreferences(digestsMuted: true)
        #expect(NotificationKind.allCases.filter { !muted.allows($0) } == [.timeReportsDigest, .matchingMissionsDigest])
        #expect(NotificationKind.allCases.allSatisfy(NotificationPreferences().allows))
    }
}
