public import Domain

/// An application as one caller reads it: the application, its revision, the mission's title,
/// its countdown and whether it is overdue at the time of reading, and — for the mission's owner and the operator
/// only — who applied.
public struct ApplicationView: Hashable, Sendable {
    /// The applicant's contact details, for those who must get in touch.
    public struct Applicant: Hashable, Sendable {
        /// The name shown to others.
        public let displayName: String
        /// The e-mail address.
        public let email: EmailAddress
    }

    /// The application.
    public let application: Application
    /// Its revision (the `ETag`).
    public let revision: Int
    /// The title of the mission applied to.
    public let missionTitle: String
    /// Whether the owner's answer is late, computed from the clock when read.
    public let overdue: Bool
    /// The days left to answer, computed from the clock when read (``Application/daysLeft(now:)``):
    /// zero or less once the due instant is reached.
    public let daysLeft: Int
    /// Who applied, for the mission's owner and the operator (and the command line); nil for
    /// the applicant, who knows.
    public let applicant: Applicant?
    /// The actions on the application open to the caller now: allowed from its status and to
    /// them (``ApplicationParties/authorize(_:by:)``); every action its status allows for the
    /// command line.
    public let availableActions: [ApplicationAction]
}

/// One page of an application listing.
public struct ApplicationPage: Sendable {
    /// The applications, oldest due first.
    public let items: [ApplicationView]
    /// The opaque cursor of the next page (``ApplicationCursor``); nil on the last one.
    public let nextCursor: String?
}
