public import Gamification

/// The recognition policies of a deployment: the credit rate and the diplomas' issuer, whose
/// documents live under the public base URL (`TALENTS_BASE_URL`).
public struct RecognitionConfiguration: Sendable {
    /// Credits per validated hour (one by default).
    public var rate: CreditRate
    /// The issuer of the diplomas and the base of their public URLs.
    public var issuer: BadgeIssuer

    /// A configuration; the defaults are the programme's, served from `baseURL`.
    public init(rate: CreditRate = .standard, baseURL: String = "http://127.0.0.1:8080") {
        self.rate = rate
        self.issuer = BadgeIssuer(baseURL: baseURL)
    }
}
