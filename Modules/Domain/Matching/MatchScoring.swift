/// The rules of the matching, as pure functions on the facts of a mission and a talent. The
/// score has one entry point, ``score(_:)``: the in-memory indexes that rank the candidates and
/// ``MatchExplanation`` both call it, so a ranking and its explanation never disagree.
public enum MatchScoring {
    /// The score of a talent for a mission, or nil when the talent is not a candidate: no
    /// required skill held at its minimum level, or no day of availability in the window.
    public static func score(_ facts: MatchFacts) -> MatchScore? {
        guard facts.skills.meetsARequirement else { return nil }
        let overlap = overlapDays(
            from: facts.availableFrom, until: facts.availableUntil,
            start: facts.windowStart, end: facts.windowEnd)
        guard overlap > 0 else { return nil }
        return MatchScore(
            skills: skillsPoints(credits: facts.skills.total, requirementCount: facts.requirementCount),
            family: familyPoints(required: facts.requiredFamilies, held: facts.heldFamilies),
            availability: availabilityPoints(
                overlapDays: overlap, windowDays: facts.windowEnd - facts.windowStart + 1,
                hoursPerMonth: facts.hoursPerMonth, effortHours: facts.effortHours),
            place: placePoints(remote: facts.remote, sameDepartement: facts.sameDepartement))
    }

    /// The credit of one required skill: 1 when held at the minimum level or above, 0.5 one
    /// level below, 0 otherwise (missing included).
    public static func skillCredit(level: SkillLevel?, minimum: SkillLevel) -> Double {
        guard let level else { return 0 }
        if level >= minimum { return 1 }
        return level.rawValue == minimum.rawValue - 1 ? 0.5 : 0
    }

    /// Points for the skills: the mean credit of the requirements, times ``MatchScore/Maximum/skills``.
    static func skillsPoints(credits: Double, requirementCount: Int) -> Double {
        precondition(requirementCount > 0, "a mission requires at least one skill")
        return MatchScore.Maximum.skills * credits / Double(requirementCount)
    }

    /// Points for the job families: the share of the mission's families in which the talent
    /// holds any skill, at any level.
    static func familyPoints(required: SkillFamilySet, held: SkillFamilySet) -> Double {
        guard required.count > 0 else { return 0 }
        return MatchScore.Maximum.family * Double(required.intersection(held).count) / Double(required.count)
    }

    /// The days of `window` the talent is available, bounds included (0 when the periods do not
    /// overlap). An availability without a bound is open on that side.
    public static func overlapDays(from: LocalDate?, until: LocalDate?, window: DateWindow) -> Int {
        overlapDays(
            from: from?.daysSinceEpoch, until: until?.daysSinceEpoch,
            start: window.start.daysSinceEpoch, end: window.end.daysSinceEpoch)
    }

    /// ``overlapDays(from:until:window:)`` on days since the epoch.
    public static func overlapDays(from: Int?, until: Int?, start: Int, end: Int) -> Int {
        max(0, min(end, until ?? end) - max(start, from ?? start) + 1)
    }

    /// The hours per month a mission needs: its effort spread over its window, counted in
    /// months of 30 days, and never over less than one month.
    public static func neededHoursPerMonth(effortHours: Int, windowDays: Int) -> Double {
        Double(effortHours) / max(1, Double(windowDays) / 30)
    }

    /// Points for the availability: half of ``MatchScore/Maximum/availability`` for the share
    /// of the window covered, half for the hours per month against the need (capped at 1).
    static func availabilityPoints(
        overlapDays: Int, windowDays: Int, hoursPerMonth: Int,
        effortHours: Int
    ) -> Double {
        precondition(windowDays > 0, "a window holds at least one day")
        let half = MatchScore.Maximum.availability / 2
        let covered = Double(overlapDays) / Double(windowDays)
        let need = neededHoursPerMonth(effortHours: effortHours, windowDays: windowDays)
        return half * covered + half * min(1, Double(hoursPerMonth) / need)
    }

    /// Points for the place: all of them when the mission can be done remotely or is in the
    /// talent's département, none otherwise.
    static func placePoints(remote: Bool, sameDepartement: Bool) -> Double {
        remote || sameDepartement ? MatchScore.Maximum.place : 0
    }
}
