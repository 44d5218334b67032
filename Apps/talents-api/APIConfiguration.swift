import Domain
import Gamification
import Support

/// What `talents-api` needs to start, read from flags and the environment.
struct APIConfiguration: Sendable {
    var host: String
    var port: Int
    var databasePath: String
    /// The public URL, without a trailing slash, used in links.
    var baseURL: String
    var logLevel: Logger.Level
    /// The public services open on the platform (state; territorial and hospital when enabled).
    var publicServices: Set<PublicService>
    /// Where "now" comes from: the system clock, or a clock file in tests.
    var clock: any WallClock
    /// Credits per validated hour (`TALENTS_CREDITS_PER_HOUR`, default 1).
    var creditRate: CreditRate = .standard
}
