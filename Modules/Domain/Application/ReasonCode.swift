/// Why an application was declined or withdrawn, coded so statistics can count reasons.
public enum ReasonCode: String, Sendable, Codable, CaseIterable {
    /// The talent's profile does not match the mission.
    case profileDoesNotFit = "profile-does-not-fit"
    /// The mission already has its talents.
    case missionFilled = "mission-filled"
    /// The talent (or the mission) is no longer available.
    case noLongerAvailable = "no-longer-available"
    /// The parties settled it outside the platform.
    case answeredOutsidePlatform = "answered-outside-platform"
    /// Another reason, which must be written out.
    case other

    /// The French name.
    public var label: String {
        switch self {
        case .profileDoesNotFit: "Le profil ne correspond pas"
        case .missionFilled: "Mission déjà pourvue"
        case .noLongerAvailable: "Plus disponible"
        case .answeredOutsidePlatform: "Réponse donnée hors de la plateforme"
        case .other: "Autre"
        }
    }
}
