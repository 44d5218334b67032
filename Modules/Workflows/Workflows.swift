public import Domain
import Matching
package import Persistence

/// The use cases of the platform: one entry point per user action, each in one write
/// transaction (check, apply the domain rule, store, audit). The API and the CLI both call them,
/// so a rule is never written in an app.
public struct Workflows: Sendable {
    /// The policies the use cases apply.
    public struct Configuration: Sendable {
        /// Which public services are open, for new administrations.
        public var administrationRules: AdministrationRules
        /// The mission effort cap and other mission policies.
        public var missionRules: MissionRules
        /// The credit rate and the diplomas' issuer.
        public var recognition: RecognitionConfiguration
        /// Who may create their own account (the allowed address domains).
        public var signUpRules: SignUpRules
        /// The programme team's public mailbox, where messages of the contact form are announced
        /// (`TALENTS_CONTACT_MAILBOX`); nil: the console only.
        public var contactMailbox: EmailAddress?
        /// The maildir messages are written to, if any: an account's erasure removes the copies of
        /// the messages sent to or about the person (``MailFolder``).
        public var mailFolder: MailFolder?

        /// Creates a configuration; the defaults are the programme's.
        public init(
            administrationRules: AdministrationRules = AdministrationRules(),
            missionRules: MissionRules = MissionRules(),
            recognition: RecognitionConfiguration = RecognitionConfiguration(),
            signUpRules: SignUpRules = SignUpRules(), contactMailbox: EmailAddress? = nil,
            mailFolder: MailFolder? = nil
        ) {
            self.administrationRules = administrationRules
            self.missionRules = missionRules
            self.recognition = recognition
            self.signUpRules = signUpRules
            self.contactMailbox = contactMailbox
            self.mailFolder = mailFolder
        }
    }

    /// The database.
    package let database: DatabasePool
    /// Where "now" comes from.
    public let clock: any WallClock
    /// The policies.
    public let configuration: Configuration
    /// The in-memory candidates of the recommendations, shared by every copy of these use cases.
    let matchingIndex = MatchingIndex()
    /// The bearer tokens already checked, shared by every copy of these use cases.
    let tokenCache = TokenCache()

    /// Creates the use cases over `database`.
    package init(
        database: DatabasePool, clock: any WallClock = SystemClock(),
        configuration: Configuration = Configuration()
    ) {
        self.database = database
        self.clock = clock
        self.configuration = configuration
    }
}
