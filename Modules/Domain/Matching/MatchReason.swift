/// One reason of a match, for people (a French ``label``) and for programs (a stable ``code``).
public struct MatchReason: Hashable, Sendable, Codable {
    /// The stable codes of reasons.
    public enum Code: String, Sendable, Codable, CaseIterable {
        /// Every required skill is held at its minimum level or above.
        case skillsAllMet = "skills-all-met"
        /// Some required skills are held at their minimum level.
        case skillsPartlyMet = "skills-partly-met"
        /// A required skill is held one level or more below its minimum.
        case skillBelowMinimum = "skill-below-minimum"
        /// Required skills the talent does not declare.
        case skillsMissing = "skills-missing"
        /// For a missing skill, the talent holds another skill of the same job family.
        case familyAdjacent = "family-adjacent"
        /// Available during the whole window.
        case availableWholeWindow = "available-whole-window"
        /// Available during part of the window.
        case availablePartWindow = "available-part-window"
        /// Enough hours per month for the effort.
        case hoursSufficient = "hours-sufficient"
        /// Fewer hours per month than the effort needs.
        case hoursShort = "hours-short"
        /// The mission is in the talent's département.
        case sameDepartement = "same-departement"
        /// The mission can be done remotely.
        case remote
        /// The mission is on site in another département.
        case otherDepartement = "other-departement"
        /// Moved down the list so that one employer does not fill it (``EmployerDiversity``).
        case employerDiversity = "employer-diversity"
    }

    /// The stable code.
    public let code: Code
    /// The French sentence shown to users.
    public let label: String

    /// Creates a reason.
    public init(_ code: Code, _ label: String) {
        self.code = code
        self.label = label
    }
}
