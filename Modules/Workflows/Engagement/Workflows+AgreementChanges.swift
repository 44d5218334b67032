public import Domain
import Gamification
import Persistence

extension Workflows {
    /// What a change of an agreement is made in: the engagement, the sides the caller acts as,
    /// the time and the transaction.
    struct AgreementChange {
        let engagement: Engagement
        /// The sides the caller stands for among those allowed (none for the command line).
        let parties: [AgreementParty]
        let now: Instant
        let connection: Connection

        /// Who ends the agreement when the caller does: their first side, else the operator.
        var ender: AgreementEnder {
            parties.first.map(AgreementEnder.init) ?? .operator
        }
    }

    /// A party (or the operator) interrupts the engagement, before or after the signatures, with a reason (audit
    /// `agreement.interrupted`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``StaleRevisionError``, ``AgreementError``.
    public func interruptAgreement(
        _ id: AgreementID, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> AgreementView {
        let operatorActs = caller.user?.has(.operator) ?? true
        return try changeAgreement(
            id, audit: "agreement.interrupted",
            parties: operatorActs ? [] : AgreementParty.allCases, to: "interrupt the engagement",
            expectedRevision: expectedRevision, by: caller
        ) { agreement, change in
            try agreement.interrupt(reason: reason, by: change.ender, at: change.now)
            return ["endedBy": change.ender.rawValue]
        }
    }

    /// The talent or the owner leaves feedback on the ended engagement, once per side (audit
    /// `agreement.feedback-given`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``AgreementError``, ``FeedbackError``.
    public func giveFeedback(_ new: NewFeedback, on id: AgreementID, by caller: Caller) throws -> AgreementView {
        try database.write { try giveFeedback(new, on: id, by: caller, in: $0) }
    }

    /// ``giveFeedback(_:on:by:)`` inside the caller's write transaction (idempotent requests).
    public func giveFeedback(
        _ new: NewFeedback, on id: AgreementID, by caller: Caller,
        in transaction: Transaction
    ) throws -> AgreementView {
        try giveFeedback(new, on: id, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func giveFeedback(
        _ new: NewFeedback, on id: AgreementID, by caller: Caller,
        in connection: Connection
    ) throws -> AgreementView {
        let engagement = try engagement(id, for: caller, in: connection)
        guard let user = caller.user else {
            throw AgreementAccessError.notParty(action: "leave feedback", parties: [.talent, .owner])
        }
        let parties = try require([.talent, .owner], of: engagement, by: caller, to: "leave feedback")
        let side: FeedbackSide = parties.contains(.talent) ? .talent : .owner
        _ = try FeedbackStore(connection).insert(
            new, on: engagement.agreement, side: side, authorID: user.id,
            by: caller.actor, at: clock.now)
        guard let stored = try AgreementStore(connection).findVersioned(id) else {
            preconditionFailure("agreement \(id) vanished inside its transaction")
        }
        return try view(
            Engagement(stored: stored, mission: engagement.mission, access: engagement.access),
            for: caller, in: connection)
    }

    /// One change of an agreement in one write transaction, checks in the order of the API's
    /// conventions: existence and visibility (404), rights (403), `If-Match` (412), then the rule
    /// (409/422). `parties` are the sides allowed to act; empty means the operator (and the
    /// command line), who may act on any agreement they see.
    func changeAgreement(
        _ id: AgreementID, audit: String, parties allowed: [AgreementParty], to action: String,
        expectedRevision: Int?, by caller: Caller,
        _ apply: (inout Agreement, AgreementChange) throws -> [String: String]
    )
        throws -> AgreementView
    {
        try database.write { connection in
            let engagement = try engagement(id, for: caller, in: connection)
            let parties = allowed.isEmpty ? [] : try require(allowed, of: engagement, by: caller, to: action)
            try engagement.stored.check(expected: expectedRevision, subject: "agreement")
            var agreement = engagement.agreement
            let change = AgreementChange(
                engagement: engagement, parties: parties, now: clock.now,
                connection: connection)
            let details = try apply(&agreement, change)
            let revision = try AgreementStore(connection).update(
                agreement, action: audit,
                expectedRevision: expectedRevision, details: details,
                by: caller.actor, at: change.now)
            try notifyParties(
                before: engagement.agreement, after: agreement, mission: engagement.mission,
                in: connection, at: change.now)
            if agreement.status == .completed && engagement.agreement.status != .completed {
                try recognizeCompletion(of: agreement, mission: engagement.mission, in: connection, at: change.now)
            }
            let changed = Engagement(
                stored: Versioned(agreement, revision: revision), mission: engagement.mission,
                access: engagement.access)
            return try view(changed, for: caller, in: connection)
        }
    }

    /// Issues the diploma of a completed engagement, awards the distinctions it earns and tells the talent.
    private func recognizeCompletion(
        of agreement: Agreement, mission: Mission, in connection: Connection,
        at now: Instant
    ) throws {
        let diploma = try Recognition.agreementCompleted(
            agreementID: agreement.id.rawValue, in: connection, at: now,
            rules: configuration.recognition)
        try Outbox(connection).diplomaIssued(
            assertionID: diploma.publicID, mission: mission,
            talentID: agreement.talentID, at: now)
    }

    /// Queues what a change owes the parties: new terms to sign again, or the outcome of the signatures.
    private func notifyParties(
        before: Agreement, after: Agreement, mission: Mission,
        in connection: Connection, at now: Instant
    ) throws {
        let outbox = Outbox(connection)
        switch (before.status, after.status) {
        case (.awaitingSignatures, .signed), (.awaitingSignatures, .refused):
            try outbox.agreementConcluded(after, signed: after.status == .signed, mission: mission, at: now)
        case (.awaitingSignatures, .awaitingSignatures)
        where after.terms != before.terms || after.parties != before.parties:
            try outbox.agreementToSign(after, mission: mission, awaiting: Set(after.awaitingSignatures), at: now)
        default:
            break
        }
    }
}
