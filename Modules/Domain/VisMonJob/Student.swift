/// Identifies a ``Student``.
public typealias StudentID = ID<Student>

/// A student registered to an edition, who reaches their registration with a private access
/// token (only its hash is stored).
public struct Student: Hashable, Sendable, Codable {
    /// The identifier.
    public let id: StudentID
    /// The edition.
    public let editionID: EditionID
    /// What the student registered.
    public var registration: StudentRegistration
    /// Why the last pairing left the student without an ambassador, if it did.
    public var unmatchedReason: UnmatchedReason?

    /// Builds a student from trusted values (a store reading its rows).
    public init(
        id: StudentID, editionID: EditionID, registration: StudentRegistration,
        unmatchedReason: UnmatchedReason? = nil
    ) {
        self.id = id
        self.editionID = editionID
        self.registration = registration
        self.unmatchedReason = unmatchedReason
    }
}
