public import Domain

/// An application as listings show it: with its revision, the mission's title and owner, and
/// who applied (read in the same query, so a page is one statement).
public struct ListedApplication: Hashable, Sendable {
    /// The application.
    public let application: Application
    /// Its revision (the `ETag`).
    public let revision: Int
    /// The title of the mission applied to.
    public let missionTitle: String
    /// The mission's owner and the applicant's user.
    public let parties: ApplicationParties
    /// The applicant's display name.
    public let applicantName: String
    /// The applicant's e-mail address.
    public let applicantEmail: EmailAddress

    /// Pairs the application with what listings show beside it.
    public init(
        application: Application, revision: Int, missionTitle: String, parties: ApplicationParties,
        applicantName: String, applicantEmail: EmailAddress
    ) {
        self.application = application
        self.revision = revision
        self.missionTitle = missionTitle
        self.parties = parties
        self.applicantName = applicantName
        self.applicantEmail = applicantEmail
    }
}
