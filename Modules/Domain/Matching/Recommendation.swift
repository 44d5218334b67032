/// A pool talent recommended for a mission, with the explanation of the match.
public struct TalentRecommendation: Hashable, Sendable {
    /// The talent as mission owners see them in the pool.
    public let profile: PoolProfile
    /// Why they fit; includes the ``MatchReason/Code/employerDiversity`` reason when re-ranked.
    public let explanation: MatchExplanation

    /// Creates a recommendation.
    public init(profile: PoolProfile, explanation: MatchExplanation) {
        self.profile = profile
        self.explanation = explanation
    }
}

/// A published mission recommended to a talent, with the explanation of the match.
public struct MissionRecommendation: Hashable, Sendable {
    /// The mission.
    public let mission: Mission
    /// Why it fits.
    public let explanation: MatchExplanation

    /// Creates a recommendation.
    public init(mission: Mission, explanation: MatchExplanation) {
        self.mission = mission
        self.explanation = explanation
    }
}
