/// Why an account is closed and its personal data erased (docs/privacy.md, "Erasure"); recorded
/// in the `account.closed` audit event.
public enum AccountClosureReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person closed their own account.
    case ownRequest = "own-request"
    /// The operator closed it, answering the person's request for erasure.
    case operatorOnRequest = "operator-on-request"
    /// The account went without activity for the configured period, after two warnings.
    case inactivity
}
