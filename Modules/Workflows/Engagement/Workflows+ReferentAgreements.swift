import Domain
import Persistence

extension Workflows {
    /// The signed agreements of the talents employed by the referent's administration or by one
    /// below it — those whose mission orders the referent issues — oldest first.
    ///
    /// Reads every signed agreement and keeps those the referent stands for: signed agreements
    /// awaiting or running their mission are few next to the rest.
    /// - Throws: ``AccessError`` for a user who is not a referent.
    public func agreementsForReferent(by caller: Caller) throws -> [AgreementView] {
        try caller.require(.referent, to: "list the agreements of their administration")
        return try database.read { connection in
            let store = AgreementStore(connection)
            return try store.all(status: .signed).compactMap { agreement in
                guard let stored = try store.findVersioned(agreement.id) else {
                    preconditionFailure("agreement \(agreement.id) vanished inside a read")
                }
                let engagement = try engagement(stored, in: connection)
                guard caller.user.map(engagement.access.isReferent) ?? true else { return nil }
                return try view(engagement, for: caller, in: connection)
            }
        }
    }
}
