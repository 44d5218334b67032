import Domain
import Gamification
import Testing

@Suite("Distinction rules")
struct DistinctionRulesTests {
    typealias Mission = RecognitionHistory.CompletedMission

    static func missions(_ count: Int, nature: MissionNature = .support, ministries: [AdministrationID] = [1])
        -> [Mission]
    {
        (1...max(count, 1)).prefix(count).map {
            Mission(agreementID: Int64($0), nature: nature, ministryID: ministries[($0 - 1) % ministries.count])
        }
    }

    static func codes(_ history: RecognitionHistory) -> [DistinctionCode] {
        DistinctionRules.awards(for: history).map(\.code)
    }

    @Test("the catalogue has every distinction of the issue, named in French", arguments: DistinctionCode.allCases)
    func catalogue(_ code: DistinctionCode) {
        let definition = DistinctionCatalogue.definition(code)
        #expect(definition.code == code && !definition.name.isEmpty && !definition.criteria.isEmpty)
        #expect(DistinctionCatalogue.all.filter { $0.code == code }.count == 1)
    }

    @Test(
        "mission counts are earned exactly at 1, 3 and 10, by the completion that reaches them",
        arguments: [(1, DistinctionCode.firstMission), (3, .threeMissions), (10, .tenMissions)])
    func missionCounts(_ threshold: Int, _ code: DistinctionCode) {
        #expect(!Self.codes(RecognitionHistory(completedMissions: Self.missions(threshold - 1))).contains(code))
        let awards = DistinctionRules.awards(for: RecognitionHistory(completedMissions: Self.missions(threshold + 2)))
        let award = awards.first { $0.code == code }
        #expect(award?.event == DistinctionEvent(.agreementCompleted, recordID: Int64(threshold)))
        #expect(awards.filter { $0.code == code }.count == 1)
    }

    @Test(
        "hours are earned when the validated minutes reach 50, 100 and 500 hours",
        arguments: [(3000, DistinctionCode.fiftyHours), (6000, .hundredHours), (30000, .fiveHundredHours)])
    func hours(_ minutes: Int, _ code: DistinctionCode) {
        typealias Report = RecognitionHistory.ValidatedReport
        let short = RecognitionHistory(validatedReports: [Report(timeReportID: 1, minutes: minutes - 1)])
        #expect(!Self.codes(short).contains(code))
        let reached = RecognitionHistory(validatedReports: [
            Report(timeReportID: 1, minutes: minutes - 1),
            Report(timeReportID: 2, minutes: 1),
            Report(timeReportID: 3, minutes: 600)
        ])
        let award = DistinctionRules.awards(for: reached).first { $0.code == code }
        #expect(award?.event == DistinctionEvent(.timeReportValidated, recordID: 2))
    }

    @Test("one large report may cross several hour thresholds at once")
    func severalThresholds() {
        let history = RecognitionHistory(validatedReports: [
            .init(timeReportID: 9, minutes: 1440),
            .init(timeReportID: 10, minutes: 5000)
        ])
        let awards = DistinctionRules.awards(for: history)
        #expect(awards.map(\.code) == [.fiftyHours, .hundredHours])
        #expect(awards.allSatisfy { $0.event == DistinctionEvent(.timeReportValidated, recordID: 10) })
    }

    @Test("mentor needs a completed skill-transfer mission")
    func mentor() {
        #expect(!Self.codes(RecognitionHistory(completedMissions: Self.missions(4, nature: .advice))).contains(.mentor))
        var missions = Self.missions(2, nature: .advice)
        missions.append(Mission(agreementID: 3, nature: .skillTransfer, ministryID: 1))
        let award = DistinctionRules.awards(for: RecognitionHistory(completedMissions: missions)).first {
            $0.code == .mentor
        }
        #expect(award?.event.recordID == 3)
    }

    @Test("cross-ministry is earned by the mission for the third different ministry")
    func crossMinistry() {
        let two = Self.missions(5, ministries: [1, 2])
        #expect(!Self.codes(RecognitionHistory(completedMissions: two)).contains(.crossMinistry))
        let three = two + [Mission(agreementID: 6, nature: .support, ministryID: 3)]
        let award = DistinctionRules.awards(for: RecognitionHistory(completedMissions: three))
            .first { $0.code == .crossMinistry }
        #expect(award?.event.recordID == 6)
    }

    @Test("quick answer counts answers within 48 hours, the tenth earns it")
    func quickAnswer() {
        let start = Instant(utc: try! LocalDate(parsing: "2026-01-05"))
        func answered(_ id: Int64, afterHours hours: Int, extra: Int64 = 0) -> RecognitionHistory.AnsweredApplication {
            .init(applicationID: id, submittedAt: start, answeredAt: start.adding(hours: hours, milliseconds: extra))
        }
        let nine = (1...9).map { answered($0, afterHours: 47) }
        let late = answered(10, afterHours: 48, extra: 1)
        #expect(!Self.codes(RecognitionHistory(answeredApplications: nine + [late])).contains(.quickAnswer))
        let exactly = answered(11, afterHours: 48)
        let award = DistinctionRules.awards(for: RecognitionHistory(answeredApplications: nine + [late, exactly]))
            .first { $0.code == .quickAnswer }
        #expect(award?.event == DistinctionEvent(.applicationAnswered, recordID: 11))
    }

    @Test("a Vis mon job day makes an ambassador, once")
    func ambassador() {
        #expect(Self.codes(RecognitionHistory()) == [])
        let awards = DistinctionRules.awards(for: RecognitionHistory(visMonJobDays: [4, 8]))
        #expect(
            awards == [DistinctionAward(.visMonJobAmbassador, event: DistinctionEvent(.visMonJobDayDone, recordID: 4))])
    }
}
