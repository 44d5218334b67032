import Domain
import Gamification
import Support
import Workflows

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
    /// How notifications are sent (`TALENTS_MAIL_…`).
    var notifications: NotificationSettings
    /// Seconds between two runs of the notification job; nil when the process runs none.
    var jobsInterval: Int?
    /// Credits per validated hour (`TALENTS_CREDITS_PER_HOUR`, default 1).
    var creditRate: CreditRate = .standard
    /// The trusted single-sign-on proxies (`TALENTS_SSO_…`); nil when off.
    var singleSignOn: WebSingleSignOn?
}
