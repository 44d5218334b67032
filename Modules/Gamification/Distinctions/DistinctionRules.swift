import Domain

/// The rules of the catalogue as one pure function of a user's history: the same history always
/// gives the same awards, each with the event that crossed its threshold. Evaluating after each
/// event and re-evaluating the whole history therefore agree.
public enum DistinctionRules {
    /// Every distinction `history` earns, in catalogue order, each with its earning event.
    public static func awards(for history: RecognitionHistory) -> [DistinctionAward] {
        var awards: [DistinctionAward] = []
        let missions = history.completedMissions
        for (code, count) in DistinctionCatalogue.missionThresholds where missions.count >= count {
            awards.append(DistinctionAward(code, event: completion(missions[count - 1])))
        }
        var minutes = 0
        var hourThresholds = DistinctionCatalogue.hourThresholds[...]
        for report in history.validatedReports {
            minutes += report.minutes
            while let next = hourThresholds.first, minutes >= next.minutes {
                awards.append(
                    DistinctionAward(
                        next.code,
                        event: DistinctionEvent(
                            .timeReportValidated,
                            recordID: report.timeReportID)))
                hourThresholds = hourThresholds.dropFirst()
            }
        }
        if let mentoring = missions.first(where: { $0.nature == .skillTransfer }) {
            awards.append(DistinctionAward(.mentor, event: completion(mentoring)))
        }
        var ministries: Set<Int64> = []
        for mission in missions {
            ministries.insert(mission.ministryID.rawValue)
            if ministries.count == DistinctionCatalogue.crossMinistryCount {
                awards.append(DistinctionAward(.crossMinistry, event: completion(mission)))
                break
            }
        }
        let quick = history.answeredApplications.filter {
            $0.answeredAt.milliseconds(since: $0.submittedAt) <= DistinctionCatalogue.quickAnswerDelayMilliseconds
        }
        if quick.count >= DistinctionCatalogue.quickAnswerCount {
            let earning = quick[DistinctionCatalogue.quickAnswerCount - 1]
            awards.append(
                DistinctionAward(
                    .quickAnswer,
                    event: DistinctionEvent(
                        .applicationAnswered,
                        recordID: earning.applicationID)))
        }
        if let day = history.visMonJobDays.first {
            awards.append(
                DistinctionAward(.visMonJobAmbassador, event: DistinctionEvent(.visMonJobDayDone, recordID: day)))
        }
        return awards.sorted { $0.code < $1.code }
    }

    private static func completion(_ mission: RecognitionHistory.CompletedMission) -> DistinctionEvent {
        DistinctionEvent(.agreementCompleted, recordID: mission.agreementID)
    }
}
