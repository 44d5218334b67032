/// Where the talent works during the mission, as agreed.
public enum WorkMode: String, Sendable, Codable, CaseIterable {
    /// From the talent's own workplace or home.
    case remote
    /// At the beneficiary administration.
    case onSite = "on-site"
    /// Partly remote, partly on site.
    case hybrid
}
