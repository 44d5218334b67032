import Domain
import Runtime
import Support
import Web
import Workflows

/// What `talents-api` needs to start: the shared ``RuntimeConfiguration`` and what only the API
/// reads (where it listens, its log level, its notification job, the single-sign-on proxies).
struct APIConfiguration: Sendable {
    var host: String
    var port: Int
    /// The database, base URL, policies, clock and mail settings, as every executable reads them.
    var runtime: RuntimeConfiguration
    var logLevel: Logger.Level
    /// Seconds between two runs of the notification job; nil when the process runs none.
    var jobsInterval: Int?
    /// The trusted single-sign-on proxies (`TALENTS_SSO_…`); nil when off.
    var singleSignOn: WebSingleSignOn?
    /// What the legal pages and the footer say (`TALENTS_LEGAL_DIR`, `TALENTS_ACCESSIBILITY_STATUS`…).
    var legal = WebLegal()
}
