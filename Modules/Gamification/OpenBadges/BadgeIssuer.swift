/// The programme as the issuer of its virtual diplomas (an Open Badges 2.0 Issuer profile).
public struct BadgeIssuer: Hashable, Sendable {
    /// The issuer's name.
    public var name: String
    /// A contact address (required by Open Badges 2.0 for an issuer).
    public var email: String
    /// What the issuer is.
    public var description: String
    /// Where the documents live.
    public var urls: BadgeURLs

    /// The programme's issuer under `baseURL`; name, address and description default to the programme's.
    public init(
        baseURL: String, name: String = "Partagez vos talents numériques",
        email: String = "talents@numerique.gouv.fr",
        description: String = "Programme interministériel de partage de compétences numériques entre "
            + "administrations de l'État, porté par la direction interministérielle du numérique (DINUM)."
    ) {
        self.name = name
        self.email = email
        self.description = description
        self.urls = BadgeURLs(baseURL: baseURL)
    }
}
