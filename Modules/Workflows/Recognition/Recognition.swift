package import Domain
package import Gamification
package import Persistence
import Support

/// The recognition triggers: each runs inside the write transaction of the event that earns
/// it (so a rollback of the event takes its credits, distinctions and diploma with it), takes
/// raw record ids, and may be called again for the same event without effect.
public enum Recognition {
    /// A time report was validated by the mission owner: posts its one credit transfer from the
    /// beneficiary administration (the mission's) to the talent's employer, and awards the hour
    /// distinctions it crosses. Call it right after the report's status becomes `validated`.
    /// - Returns: the transfer (the one already posted if called twice; nil when the talent
    ///   works for their own administration, which moves no credit).
    /// - Throws: ``NotFoundError``, ``RecognitionError/timeReportNotValidated(_:)``.
    @discardableResult
    package static func timeReportValidated(
        timeReportID: Int64, in connection: Connection, at instant: Instant,
        rules: RecognitionConfiguration,
        by actor: Actor = .system("recognition")
    ) throws -> LedgerTransfer? {
        guard let report = try RecognitionFacts(connection).timeReport(timeReportID) else {
            throw NotFoundError("time-report", key: String(timeReportID))
        }
        guard report.isValidated else { throw RecognitionError.timeReportNotValidated(timeReportID) }
        let transfer = try LedgerStore(connection).postTimeReport(
            timeReportID, minutes: report.minutes, beneficiary: report.beneficiary, employer: report.employer,
            rate: rules.rate, by: actor, at: instant)
        try evaluateDistinctions(of: report.talentUserID, in: connection, at: instant, by: actor)
        return transfer
    }

    /// An agreement was declared completed: issues the talent's diploma (an Open Badges
    /// assertion under the badge class of the mission's nature, the mission as evidence) and
    /// awards the mission-count, mentor and cross-ministry distinctions it earns. Call it right
    /// after the agreement's status becomes `completed`.
    /// - Returns: the diploma (the one already issued if called twice).
    /// - Throws: ``NotFoundError``, ``RecognitionError/agreementNotCompleted(_:)``.
    @discardableResult
    package static func agreementCompleted(
        agreementID: Int64, in connection: Connection, at instant: Instant,
        rules: RecognitionConfiguration,
        by actor: Actor = .system("recognition")
    ) throws -> BadgeAssertionRecord {
        guard let agreement = try RecognitionFacts(connection).agreement(agreementID) else {
            throw NotFoundError("agreement", key: String(agreementID))
        }
        guard agreement.isCompleted else { throw RecognitionError.agreementNotCompleted(agreementID) }
        let salt = Hex.encode(SecureRandom.bytes(count: 16))
        let diploma = try BadgeStore(connection).issue(
            BadgeStore.Issuance(
                agreementID: agreementID, userID: agreement.talentUserID,
                publicID: SecureRandom.token(byteCount: 18), nature: agreement.nature, salt: salt,
                recipientIdentity: recipientIdentity(email: agreement.talentEmail, salt: salt),
                evidence: .init(
                    title: agreement.missionTitle, beneficiary: agreement.beneficiaryName,
                    validatedMinutes: agreement.validatedMinutes, objectives: agreement.objectives)),
            by: actor, at: instant)
        try evaluateDistinctions(of: agreement.talentUserID, in: connection, at: instant, by: actor)
        return diploma
    }

    /// An application was answered by the mission owner (interview proposed, accepted or
    /// declined): awards the owner the quick-answer distinction when it is earned. Call it when
    /// `applications.answered_at` is first set.
    /// - Returns: the distinctions newly awarded.
    /// - Throws: ``NotFoundError``.
    @discardableResult
    package static func applicationAnswered(
        applicationID: Int64, in connection: Connection, at instant: Instant,
        by actor: Actor = .system("recognition")
    ) throws -> [DistinctionAward] {
        guard let owner = try RecognitionFacts(connection).owner(ofApplication: applicationID) else {
            throw NotFoundError("application", key: String(applicationID))
        }
        return try evaluateDistinctions(of: owner, in: connection, at: instant, by: actor)
    }

    /// An ambassador did their Vis mon job day: awards them the ambassador distinction, once,
    /// with `eventID` (e.g. the pair's id) as the earning record.
    /// - Returns: whether it was new.
    @discardableResult
    package static func visMonJobDayDone(
        userID: Int64, eventID: Int64?, in connection: Connection, at instant: Instant,
        by actor: Actor = .system("recognition")
    ) throws -> Bool {
        try DistinctionStore(connection).award(
            DistinctionAward(.visMonJobAmbassador, event: DistinctionEvent(.visMonJobDayDone, recordID: eventID)),
            to: UserID(userID), by: actor, at: instant)
    }

    /// Evaluates every rule on the whole history of `userID` and awards what is missing.
    /// - Returns: the distinctions newly awarded.
    @discardableResult
    package static func evaluateDistinctions(
        of userID: UserID, in connection: Connection, at instant: Instant,
        by actor: Actor
    ) throws -> [DistinctionAward] {
        let store = DistinctionStore(connection)
        return try DistinctionRules.awards(for: try RecognitionFacts(connection).history(of: userID)).filter {
            try store.award($0, to: userID, by: actor, at: instant)
        }
    }

    /// The Open Badges recipient identity: `sha256$` and the hex SHA-256 of the address
    /// followed by the salt (Open Badges 2.0, IdentityObject).
    public static func recipientIdentity(email: String, salt: String) -> String {
        "sha256$" + Hex.encode(SHA256.hash(email + salt).bytes)
    }
}
