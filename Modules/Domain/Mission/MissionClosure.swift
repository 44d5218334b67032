/// Why a mission was closed.
public enum MissionClosure: String, Sendable, Codable, CaseIterable {
    /// The talents sought were found.
    case filled
    /// The owner or the operator gave up the mission.
    case cancelled
    /// The application deadline passed while published.
    case expired
}
