public import Domain
import Notifications
import Persistence

extension Workflows {
    /// Proposes an exchange to the applicant, or moves the one proposed (the mission's owner or
    /// the operator; audit `application.interview-proposed`).
    /// - Parameter expectedRevision: the revision the caller read (`If-Match`), or nil not to check.
    /// - Throws: ``NotFoundError``, ``ApplicationAccessError``, ``StaleRevisionError``, ``ApplicationError``.
    public func proposeInterview(
        _ interview: Interview, for id: ApplicationID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> ApplicationView {
        try changeApplication(
            id, .proposeInterview, audit: "application.interview-proposed",
            expectedRevision: expectedRevision, by: caller
        ) { application, now, _ in
            try application.proposeInterview(interview, at: now)
        }
    }

    /// Accepts the applicant (the mission's owner or the operator; audit `application.accepted`).
    /// - Throws: as ``proposeInterview(_:for:expectedRevision:by:)``.
    public func acceptApplication(
        _ id: ApplicationID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> ApplicationView {
        try changeApplication(
            id, .accept, audit: "application.accepted", expectedRevision: expectedRevision,
            by: caller
        ) { application, now, _ in
            try application.accept(at: now)
        }
    }

    /// Declines the applicant with a coded reason (the mission's owner or the operator; audit
    /// `application.declined`).
    /// - Throws: as ``proposeInterview(_:for:expectedRevision:by:)``.
    public func declineApplication(
        _ id: ApplicationID, reason: CodedReason, expectedRevision: Int?,
        by caller: Caller
    ) throws -> ApplicationView {
        try changeApplication(
            id, .decline, audit: "application.declined", expectedRevision: expectedRevision,
            by: caller
        ) { application, now, _ in
            try application.decline(reason: reason, at: now)
        }
    }

    /// Withdraws the application with a coded reason (the applicant; audit `application.withdrawn`).
    /// Once an agreement is under signature or signed, the talent interrupts it instead.
    /// - Throws: as ``proposeInterview(_:for:expectedRevision:by:)``;
    ///   ``ApplicationError/agreementInProgress(_:)`` when an agreement is awaiting signatures or signed.
    public func withdrawApplication(
        _ id: ApplicationID, reason: CodedReason, expectedRevision: Int?,
        by caller: Caller
    ) throws -> ApplicationView {
        try changeApplication(
            id, .withdraw, audit: "application.withdrawn", expectedRevision: expectedRevision,
            by: caller
        ) { application, now, connection in
            if let agreement = try AgreementStore(connection).find(applicationID: application.id),
                !agreement.status.isEnded
            {
                throw ApplicationError.agreementInProgress(agreement.id)
            }
            try application.withdraw(reason: reason, at: now)
        }
    }

    /// Reopens an application declined by mistake, with a reason (the operator's corrective
    /// action; audit `application.reopened`). It awaits the owner's answer again, without
    /// restarting the 14-day clock; the mission must still be published.
    /// - Throws: as ``proposeInterview(_:for:expectedRevision:by:)``; ``AccessError`` for anyone
    ///   but the operator; ``ApplicationError/alreadyApplied(_:)`` when the talent has applied
    ///   again since.
    public func reopenApplication(
        _ id: ApplicationID, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> ApplicationView {
        try changeApplication(
            id, .reopen, audit: "application.reopened", expectedRevision: expectedRevision,
            by: caller
        ) { application, now, connection in
            guard let mission = try MissionStore(connection).find(application.missionID) else {
                preconditionFailure("application \(application.id) without its mission")
            }
            try application.reopen(reason: reason, missionState: mission.state, at: now)
        }
    }

    /// One transition in one write transaction, checks in the order of the API's conventions:
    /// existence and visibility (404), rights (403), `If-Match` (412), then the rule (409/422).
    private func changeApplication(
        _ id: ApplicationID, _ action: ApplicationAction, audit: String, expectedRevision: Int?, by caller: Caller,
        _ change: (inout Application, Instant, Connection) throws -> Void
    ) throws -> ApplicationView {
        try database.write { connection in
            let store = ApplicationStore(connection)
            let stored = try visibleApplication(id, to: caller, in: store)
            if let user = caller.user { try stored.parties.authorize(action, by: user) }
            try Versioned(stored.application, revision: stored.revision)
                .check(expected: expectedRevision, subject: "application")
            var application = stored.application
            let now = clock.now
            try change(&application, now, connection)
            let revision = try store.update(
                application, action: audit, expectedRevision: expectedRevision,
                by: caller.actor, at: now)
            try Outbox(connection).applicationAnswered(
                application, revision: revision,
                mission: MissionReference(id: application.missionID, title: stored.missionTitle),
                applicant: Recipient(userID: stored.parties.applicantUserID, email: stored.applicantEmail), at: now)
            if stored.application.answeredAt == nil && application.answeredAt != nil {
                // The owner's first answer: the quick-answer distinction counts it.
                try Recognition.applicationAnswered(applicationID: application.id.rawValue, in: connection, at: now)
            }
            return ListedApplication(
                application: application, revision: revision, missionTitle: stored.missionTitle,
                parties: stored.parties, applicantName: stored.applicantName,
                applicantEmail: stored.applicantEmail
            ).view(for: caller, now: now)
        }
    }
}
