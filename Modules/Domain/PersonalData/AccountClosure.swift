/// The closure of an account and the erasure of its personal data (GDPR art. 17,
/// docs/privacy.md): who may ask, when it is refused, and the pseudonyms left in place of the
/// person's data so that what the programme must keep stays consistent.
public enum AccountClosure {
    /// The display name an erased account keeps.
    public static let pseudonym = "Compte fermé"
    /// The domain of erased accounts' addresses: `.invalid` never routes (RFC 2606).
    public static let erasedEmailDomain = "ferme.invalid"

    /// The unique, unroutable address an erased account keeps: `compte-ferme-<id>@ferme.invalid`.
    public static func erasedEmail(of userID: UserID) -> String {
        "compte-ferme-\(userID.rawValue)@\(erasedEmailDomain)"
    }

    /// Whether `user` is an account already closed (its address is the erased one).
    public static func isClosed(_ user: User) -> Bool {
        user.email.value == erasedEmail(of: user.id)
    }

    /// An agreement the person is a party to, as the closure rule sees it.
    public struct PartyAgreement: Sendable, Hashable {
        /// The agreement.
        public let id: AgreementID
        /// Its mission's title, to name it in the refusal.
        public let missionTitle: String
        /// Its status.
        public let status: AgreementStatus

        /// Creates the value.
        public init(id: AgreementID, missionTitle: String, status: AgreementStatus) {
            self.id = id
            self.missionTitle = missionTitle
            self.status = status
        }
    }

    /// Checks that `user` may be closed given the agreements they are a party to (talent, line
    /// manager or owner): none may be under signature or running — they interrupt it first.
    /// - Throws: ``AccountClosureError``.
    public static func check(_ user: User, agreements: [PartyAgreement]) throws {
        guard !isClosed(user) else { throw AccountClosureError.alreadyClosed }
        if let open = agreements.sorted(by: { $0.id.rawValue < $1.id.rawValue }).first(where: { !$0.status.isEnded }) {
            throw AccountClosureError.agreementInProgress(open.id, missionTitle: open.missionTitle, status: open.status)
        }
    }

    /// Checks that `caller` may close the account of `userID`: the person themself, or the
    /// operator answering their request (nil: the command line, operated by the programme).
    /// - Throws: ``AccessError``.
    public static func requireAllowed(_ userID: UserID, by caller: User?) throws -> AccountClosureReason {
        guard let caller else { return .operatorOnRequest }
        if caller.id == userID { return .ownRequest }
        guard caller.has(.operator) else {
            throw AccessError.roleRequired(action: "close another person's account", roles: [.operator])
        }
        return .operatorOnRequest
    }
}
