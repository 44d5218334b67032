public import Domain

/// What drawing up the agreement of an accepted application starts from
/// (``Workflows/agreementDraft(for:by:)``): the application with its applicant, its mission (the
/// window the dates fall in, the effort and the work mode the terms start from), and the
/// agreement already drawn up from it, if any.
public struct AgreementDraft: Sendable {
    /// The application, with the applicant's contact.
    public let application: ApplicationView
    /// Its mission.
    public let mission: Mission
    /// The agreement made from the application, if it exists already.
    public let agreementID: AgreementID?
}
