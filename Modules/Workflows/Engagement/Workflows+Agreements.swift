public import Domain
import Persistence

extension Workflows {
    /// Draws up the agreement of accepted application `applicationID` with `terms` (the mission's
    /// owner, the operator or the command line; audit `agreement.created`), fixing its parties
    /// (``AgreementParties/resolve(talent:talentUser:lineManager:mission:employerLineage:)``).
    /// - Throws: ``AccessError``; ``NotFoundError`` for an application the caller may not see;
    ///   ``AgreementPartyError``, ``AgreementError``; nothing is written then.
    public func createAgreement(
        from applicationID: ApplicationID, terms: AgreementTerms,
        by caller: Caller
    ) throws -> AgreementView {
        try database.write { try createAgreement(from: applicationID, terms: terms, by: caller, in: $0) }
    }

    /// ``createAgreement(from:terms:by:)`` inside the caller's write transaction (idempotent requests).
    public func createAgreement(
        from applicationID: ApplicationID, terms: AgreementTerms, by caller: Caller,
        in transaction: Transaction
    ) throws -> AgreementView {
        try createAgreement(from: applicationID, terms: terms, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func createAgreement(
        from applicationID: ApplicationID, terms: AgreementTerms, by caller: Caller,
        in connection: Connection
    ) throws -> AgreementView {
        let (application, mission) = try applicationToDraw(applicationID, by: caller, in: connection)
        let now = clock.now
        let parties = try resolveParties(talentID: application.talentID, mission: mission, in: connection)
        let store = AgreementStore(connection)
        // One agreement per application: the one already made is named in the refusal.
        if let existing = try store.find(applicationID: application.id) {
            throw AgreementError.alreadyExists(existing.id)
        }
        let agreement = try Agreement.create(
            id: try store.nextID(), application: application, mission: mission,
            parties: parties, terms: terms, at: now)
        try store.insert(agreement, by: caller.actor, at: now)
        try Outbox(connection).agreementToSign(
            agreement, mission: mission,
            awaiting: Set(agreement.awaitingSignatures), at: now)
        return try view(
            try engagement(Versioned(agreement, revision: 1), in: connection), for: caller,
            in: connection)
    }

    /// What the agreement of application `applicationID` is drawn up from, for whoever draws it
    /// up (the mission's owner, the operator, the command line), with the agreement already made
    /// from it, if any. The application may not be accepted yet: ``createAgreement(from:terms:by:)`` says so.
    /// - Throws: ``AccessError``; ``NotFoundError`` for an application the caller may not see.
    public func agreementDraft(for applicationID: ApplicationID, by caller: Caller) throws -> AgreementDraft {
        let now = clock.now
        return try database.read { connection in
            let (_, mission) = try applicationToDraw(applicationID, by: caller, in: connection)
            guard let listed = try ApplicationStore(connection).findListed(applicationID) else {
                preconditionFailure("application \(applicationID) vanished inside a read")
            }
            return AgreementDraft(
                application: listed.view(for: caller, now: now), mission: mission,
                agreementID: try AgreementStore(connection).find(applicationID: applicationID)?.id)
        }
    }

    /// Application `id` and its mission, when the caller draws up its agreement: a mission owner
    /// (of that mission: another owner's applications do not exist for them), the operator, the
    /// command line.
    /// - Throws: ``AccessError``, ``NotFoundError``.
    private func applicationToDraw(
        _ id: ApplicationID, by caller: Caller,
        in connection: Connection
    ) throws -> (Application, Mission) {
        try requireActingOwner(caller, to: "draw up an agreement", in: connection)
        guard let application = try ApplicationStore(connection).find(id),
            let mission = try MissionStore(connection).find(application.missionID)
        else {
            throw NotFoundError("application", id: id)
        }
        if let user = caller.user, !user.has(.operator), !mission.isOwned(by: user) {
            throw NotFoundError("application", id: id)
        }
        return (application, mission)
    }

    /// Agreement `id` as the caller sees it.
    /// - Throws: ``NotFoundError`` when it does not exist or the caller may not read it.
    public func agreement(_ id: AgreementID, by caller: Caller) throws -> AgreementView {
        try database.read { connection in
            try view(try engagement(id, for: caller, in: connection), for: caller, in: connection)
        }
    }

    /// The agreements where the caller is a party, oldest first; every agreement (optionally in
    /// `status`) for the command line.
    public func agreements(status: AgreementStatus? = nil, by caller: Caller) throws -> [AgreementView] {
        try database.read { connection in
            let store = AgreementStore(connection)
            let agreements = try caller.user.map(store.all(partyOf:)) ?? store.all(status: status)
            return try agreements.filter { status == nil || $0.status == status }.map { agreement in
                guard let stored = try store.findVersioned(agreement.id) else {
                    preconditionFailure("agreement \(agreement.id) vanished inside a read")
                }
                return try view(try engagement(stored, in: connection), for: caller, in: connection)
            }
        }
    }

    /// Changes the terms with `patch`, clearing every signature (the owner; audit `agreement.terms-edited`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``StaleRevisionError``, ``AgreementError``.
    public func editAgreementTerms(
        _ id: AgreementID, _ patch: AgreementTermsPatch, expectedRevision: Int?,
        by caller: Caller
    ) throws -> AgreementView {
        try changeAgreement(
            id, audit: "agreement.terms-edited", parties: [.owner], to: "edit the terms",
            expectedRevision: expectedRevision, by: caller
        ) { agreement, change in
            try agreement.editTerms(
                patch.applied(to: agreement.terms),
                within: change.engagement.mission.details.window, at: change.now)
            return [:]
        }
    }

    /// Fixes the parties of an agreement not yet signed again from the talent's profile, after its
    /// line manager or confirmed employer changed: the signatures are cleared, as for new terms
    /// (the owner, the talent, the operator, the command line; audit `agreement.parties-changed`
    /// naming the fields and their new identifiers). A signed agreement's parties never change.
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``StaleRevisionError``,
    ///   ``AgreementPartyError``, ``AgreementError``.
    public func refreshAgreementParties(
        _ id: AgreementID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> AgreementView {
        let operatorActs = caller.user?.has(.operator) ?? true
        return try changeAgreement(
            id, audit: "agreement.parties-changed",
            parties: operatorActs ? [] : [.talent, .owner], to: "fix the parties again",
            expectedRevision: expectedRevision, by: caller
        ) { agreement, change in
            try agreement.require(.changeParties)
            let parties = try resolveParties(
                talentID: agreement.talentID, mission: change.engagement.mission,
                in: change.connection)
            let changed = try agreement.changeParties(parties, at: change.now)
            var details = ["changed": changed.joined(separator: ",")]
            details["lineManagerID"] = parties.lineManagerID.map { String($0.rawValue) }
            details["employerID"] = String(parties.employerID.rawValue)
            details["ownerID"] = String(parties.ownerID.rawValue)
            return details
        }
    }

    /// The parties an agreement of talent `talentID` on `mission` fixes today.
    /// - Throws: ``AgreementPartyError``.
    func resolveParties(talentID: TalentID, mission: Mission, in connection: Connection) throws -> AgreementParties {
        let users = UserStore(connection)
        guard let talent = try TalentStore(connection).find(talentID), let talentUser = try users.find(talent.userID)
        else {
            preconditionFailure("application of talent \(talentID) without its talent")
        }
        let lineage = try talent.confirmedEmployerID.map { try administrationLineage($0, in: connection) } ?? []
        return try AgreementParties.resolve(
            talent: talent, talentUser: talentUser,
            lineManager: try users.find(email: talent.profile.lineManager.email),
            mission: mission, employerLineage: lineage)
    }

    /// The caller signs for every side they stand for that has not signed yet (audit
    /// `agreement.signed`, its details naming the parties; the last signature makes the status `signed`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``StaleRevisionError``, ``AgreementError``.
    public func signAgreement(_ id: AgreementID, expectedRevision: Int?, by caller: Caller) throws -> AgreementView {
        try changeAgreement(
            id, audit: "agreement.signed", parties: AgreementParty.allCases, to: "sign",
            expectedRevision: expectedRevision, by: caller
        ) { agreement, change in
            let pending = change.parties.filter { agreement.signature(of: $0) == nil }
            guard let first = change.parties.first else {
                throw AgreementAccessError.notParty(action: "sign", parties: AgreementParty.allCases)
            }
            guard !pending.isEmpty else { throw AgreementError.alreadySigned(first) }
            for party in pending { try agreement.sign(as: party, at: change.now) }
            return ["parties": pending.map(\.rawValue).joined(separator: ",")]
        }
    }

    /// The line manager refuses for service needs, ending the agreement (audit `agreement.refused`).
    /// - Throws: as ``signAgreement(_:expectedRevision:by:)``.
    public func refuseAgreement(
        _ id: AgreementID, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> AgreementView {
        try changeAgreement(
            id, audit: "agreement.refused", parties: [.lineManager], to: "refuse",
            expectedRevision: expectedRevision, by: caller
        ) { agreement, change in
            try agreement.refuse(reason: reason, at: change.now)
            return [:]
        }
    }

    /// The owner declares the mission completed; a mission order must be in force (audit
    /// `agreement.completed`).
    /// - Throws: as ``signAgreement(_:expectedRevision:by:)``.
    public func completeAgreement(
        _ id: AgreementID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> AgreementView {
        try changeAgreement(
            id, audit: "agreement.completed", parties: [.owner], to: "complete the mission",
            expectedRevision: expectedRevision, by: caller
        ) { agreement, change in
            let inForce = try MissionOrderStore(change.connection).inForce(agreementID: agreement.id) != nil
            try agreement.complete(missionOrderInForce: inForce, by: change.ender, at: change.now)
            return [:]
        }
    }
}
