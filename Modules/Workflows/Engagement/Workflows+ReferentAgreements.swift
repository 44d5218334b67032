import Domain
import Persistence

extension Workflows {
    /// The signed agreements whose employing administration (fixed in the agreement) is the
    /// referent's or one below it — those whose mission orders the referent issues — oldest first;
    /// every signed agreement for the command line.
    /// - Throws: ``AccessError`` for a user who is not a referent.
    /// Those of ``agreementsForReferent(by:)`` that wait for the caller to issue their mission
    /// order: signed, with no order in force.
    /// - Throws: ``AccessError`` for a user who is not a referent.
    public func missionOrdersToIssue(by caller: Caller) throws -> [AgreementView] {
        try agreementsForReferent(by: caller).filter { $0.availableActions.contains(.issueMissionOrder) }
    }

    public func agreementsForReferent(by caller: Caller) throws -> [AgreementView] {
        try caller.require(.referent, to: "list the agreements of their administration")
        return try database.read { connection in
            let store = AgreementStore(connection)
            let agreements: [Agreement]
            if let user = caller.user {
                guard let root = user.administrationID else { return [] }
                agreements = try store.all(status: .signed, employedUnder: root)
            } else {
                agreements = try store.all(status: .signed)
            }
            return try agreements.map { agreement in
                guard let stored = try store.findVersioned(agreement.id) else {
                    preconditionFailure("agreement \(agreement.id) vanished inside a read")
                }
                return try view(try engagement(stored, in: connection), for: caller, in: connection)
            }
        }
    }
}
