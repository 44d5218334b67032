public import Domain
import Persistence

extension Workflows {
    /// Confirms that talent `id` works in the administration their profile declares (a referent of
    /// that administration or of one above it, an operator, the command line; never the talent
    /// themselves; audit `talent.employment-confirmed`). Only a confirmed employer is fixed in
    /// agreements.
    /// - Throws: ``NotFoundError`` (a referent of another administration does not see the talent),
    ///   ``AgreementAccessError/notReferent(action:)``, ``StaleRevisionError``, ``TalentError``.
    public func confirmEmployment(of id: TalentID, expectedRevision: Int?, by caller: Caller) throws -> Versioned<
        Talent
    > {
        // Roles first: who may confirm nothing learns nothing of which talents exist.
        if let user = caller.user, !user.has(.operator), !user.has(.referent) {
            throw AgreementAccessError.notReferent(action: "confirm the employment")
        }
        return try database.write { connection in
            let store = TalentStore(connection)
            guard let stored = try store.findVersioned(id) else { throw NotFoundError("talent", id: id) }
            var talent = stored.value
            if let user = caller.user, !user.has(.operator) {
                let lineage = try administrationLineage(talent.profile.employerID, in: connection)
                guard let administrationID = user.administrationID, lineage.contains(administrationID) else {
                    throw NotFoundError("talent", id: id)
                }
            }
            try stored.check(expected: expectedRevision, subject: "talent")
            try talent.confirmEmployment(by: caller.user?.id, at: clock.now)
            let revision = try store.update(
                talent, action: "talent.employment-confirmed",
                expectedRevision: expectedRevision, by: caller.actor, at: clock.now)
            return Versioned(talent, revision: revision)
        }
    }

    /// The talents who declare the referent's administration, or one below it, and wait for the
    /// confirmation of their employment, with their accounts (a referent; every one for an
    /// operator and the command line).
    /// - Throws: ``AccessError``.
    public func employmentsToConfirm(by caller: Caller) throws -> [EmploymentToConfirm] {
        try caller.require(.referent, .operator, to: "list the employments to confirm")
        return try database.read { connection in
            var root: AdministrationID?
            if let user = caller.user, !user.has(.operator) {
                guard let administrationID = user.administrationID else { return [] }
                root = administrationID
            }
            let users = UserStore(connection)
            let administrations = AdministrationStore(connection)
            // A referent does not attest their own employment.
            return try TalentStore(connection).awaitingEmploymentConfirmation(under: root)
                .filter { $0.value.userID != caller.user?.id }.map { talent in
                    guard let user = try users.find(talent.value.userID),
                        let employer = try administrations.find(talent.value.profile.employerID)
                    else {
                        preconditionFailure("talent \(talent.value.id) without its account or employer")
                    }
                    return EmploymentToConfirm(
                        talent: talent.value, revision: talent.revision, user: user,
                        employer: employer)
                }
        }
    }
}
