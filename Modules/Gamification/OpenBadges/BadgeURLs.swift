public import Domain

/// The stable public URLs of the Open Badges documents, built from the deployment's base URL
/// (`TALENTS_BASE_URL`). Hosted verification fetches the assertion at its `id`, so these must
/// not change once badges are issued.
public struct BadgeURLs: Hashable, Sendable {
    /// The base URL, without a trailing slash, e.g. `https://talents.numerique.gouv.fr`.
    public let baseURL: String

    /// URLs under `baseURL` (a trailing slash is dropped).
    public init(baseURL: String) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
    }

    /// The issuer profile: `/badges/issuer`.
    public var issuer: String { "\(baseURL)/badges/issuer" }

    /// The badge class of a mission nature: `/badges/classes/{nature}`.
    public func badgeClass(_ nature: MissionNature) -> String { "\(baseURL)/badges/classes/\(nature.rawValue)" }

    /// The SVG image of a badge class: `/badges/classes/{nature}/image`.
    public func badgeClassImage(_ nature: MissionNature) -> String { badgeClass(nature) + "/image" }

    /// The assertion: `/badges/assertions/{id}`.
    public func assertion(_ publicID: String) -> String { "\(baseURL)/badges/assertions/\(publicID)" }

    /// The SVG image with the assertion baked in: `/badges/assertions/{id}/image`.
    public func bakedImage(_ publicID: String) -> String { assertion(publicID) + "/image" }

    /// The human-readable verification page: `/badges/assertions/{id}/verification`.
    public func verificationPage(_ publicID: String) -> String { assertion(publicID) + "/verification" }
}
