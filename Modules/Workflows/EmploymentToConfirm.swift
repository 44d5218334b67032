public import Domain

/// A talent whose declared employer awaits the confirmation of one of its referents.
public struct EmploymentToConfirm: Sendable {
    /// The talent, with the employer they declare.
    public let talent: Talent
    /// The talent's revision, for the confirmation's `If-Match`.
    public let revision: Int
    /// The talent's account (their name).
    public let user: User
    /// The administration the talent declares.
    public let employer: Administration
}
