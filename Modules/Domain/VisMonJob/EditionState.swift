/// Where a *Vis mon job* edition stands; the operator moves it forward.
public enum EditionState: String, Sendable, Codable, CaseIterable {
    /// Ambassadors and students register; students may update or withdraw.
    case open
    /// Registrations are frozen; the operator runs, adjusts and previews the pairing.
    case matching
    /// The pairing is published: both sides see their pair, book coaching, agree on dates.
    case paired
    /// The event is over.
    case done
}
