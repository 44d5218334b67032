/// A referent's (or an operator's) attestation that a talent works in the administration their
/// profile declares. Only a confirmed employer is fixed in agreements: it earns the credits and
/// issues the mission orders.
public struct EmploymentConfirmation: Hashable, Sendable, Codable {
    /// The administration confirmed.
    public let employerID: AdministrationID
    /// Who confirmed it; nil for the command line or a migration.
    public let confirmedBy: UserID?
    /// When.
    public let confirmedAt: Instant

    /// Creates a confirmation.
    public init(employerID: AdministrationID, confirmedBy: UserID?, confirmedAt: Instant) {
        self.employerID = employerID
        self.confirmedBy = confirmedBy
        self.confirmedAt = confirmedAt
    }
}
