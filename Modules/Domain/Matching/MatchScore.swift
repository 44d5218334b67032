/// How well a talent fits a mission, in points out of 100, by criterion. The parts add up to
/// ``total``; each is computed by ``MatchScoring/score(_:)`` from ``MatchFacts`` both sides can check.
public struct MatchScore: Hashable, Sendable, Codable, Comparable {
    /// The most points of each criterion.
    public enum Maximum {
        /// Required skills held at the minimum level (the mean ``MatchScoring/skillCredit(level:minimum:)``).
        public static let skills = 60.0
        /// Required job families in which the talent holds a skill.
        public static let family = 10.0
        /// Availability: half for the overlap with the window, half for the hours per month.
        public static let availability = 20.0
        /// Same département, or remote work.
        public static let place = 10.0
    }

    /// Points for the required skills.
    public var skills: Double
    /// Points for the job families.
    public var family: Double
    /// Points for the availability.
    public var availability: Double
    /// Points for the place.
    public var place: Double

    /// Creates a score from its parts.
    public init(skills: Double, family: Double, availability: Double, place: Double) {
        self.skills = skills
        self.family = family
        self.availability = availability
        self.place = place
    }

    /// The sum of the parts, 0 to 100.
    public var total: Double { skills + family + availability + place }

    /// Orders by total.
    public static func < (lhs: MatchScore, rhs: MatchScore) -> Bool {
        lhs.total < rhs.total
    }

    /// The score rounded to one decimal, as shown.
    public var rounded: MatchScore {
        func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }
        return MatchScore(
            skills: round(skills), family: round(family), availability: round(availability),
            place: round(place))
    }
}
