/// The body of a request to join the pool: the talent's explicit consent to show their profile
/// to mission owners.
public struct PoolConsent: Hashable, Sendable, Codable {
    /// Must be true; anything else is refused (``TalentError/poolConsentMissing``).
    public var consent: Bool

    /// Creates the body.
    public init(consent: Bool) {
        self.consent = consent
    }
}
