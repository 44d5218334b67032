public import Domain
import Persistence

extension Workflows {
    /// Everything the platform holds about user `userID` (docs/privacy.md), for the person
    /// themself or for the operator answering their request; audited `personal-data.exported`
    /// in the same transaction as the read.
    /// - Throws: ``AccessError`` for anyone else, ``NotFoundError`` for an unknown account.
    public func personalData(of userID: UserID, by caller: Caller) throws -> PersonalDataExport {
        if let user = caller.user, user.id != userID {
            try caller.require(.operator, to: "export another person's data")
        }
        let now = clock.now
        return try database.write { connection in
            guard try UserStore(connection).find(userID) != nil else { throw NotFoundError("user", id: userID) }
            try AuditLog(connection).append(
                AuditEvent(
                    action: "personal-data.exported", subjectType: "user", subjectID: userID.rawValue,
                    actor: caller.actor, at: now))
            return PersonalDataExport(
                userID: userID, madeAt: now, tables: try PersonalDataStore(connection).export(userID))
        }
    }
}
