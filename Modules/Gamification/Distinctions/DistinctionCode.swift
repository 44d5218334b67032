/// The distinctions of the catalogue, by their stable code.
public enum DistinctionCode: String, Sendable, Codable, CaseIterable, Comparable {
    /// A first completed mission.
    case firstMission = "first-mission"
    /// Three completed missions.
    case threeMissions = "three-missions"
    /// Ten completed missions.
    case tenMissions = "ten-missions"
    /// 50 validated hours.
    case fiftyHours = "fifty-hours"
    /// 100 validated hours.
    case hundredHours = "hundred-hours"
    /// 500 validated hours.
    case fiveHundredHours = "five-hundred-hours"
    /// A completed skill-transfer mission.
    case mentor
    /// Completed missions for three different ministries.
    case crossMinistry = "cross-ministry"
    /// A mission owner who answered ten applications within 48 hours each.
    case quickAnswer = "quick-answer"
    /// A Vis mon job ambassador who welcomed a student for the day.
    case visMonJobAmbassador = "vis-mon-job-ambassador"

    /// Orders codes as in the catalogue.
    public static func < (lhs: DistinctionCode, rhs: DistinctionCode) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
