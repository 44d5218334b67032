extension Agreement {
    /// Replaces the terms with a validated copy of `terms` and clears every signature: the
    /// parties signed other terms (domain rule "changing the terms clears the signatures").
    /// - Parameter window: the mission's window.
    /// - Throws: ``AgreementError``.
    public mutating func editTerms(_ terms: AgreementTerms, within window: DateWindow, at instant: Instant) throws {
        try require(.editTerms)
        self.terms = try terms.validated(within: window)
        talentSignedAt = nil
        lineManagerSignedAt = nil
        ownerSignedAt = nil
        updatedAt = instant
    }

    /// Replaces the parties with `parties` (the talent's line manager or confirmed employer
    /// changed before everyone signed) and clears every signature, as a change of terms does:
    /// the parties signed with other people. A signed agreement's parties never change.
    /// - Returns: the names of the fields changed (``AgreementParties/changedFields(from:)``).
    /// - Throws: ``AgreementError``.
    @discardableResult
    public mutating func changeParties(_ parties: AgreementParties, at instant: Instant) throws -> [String] {
        try require(.changeParties)
        let changed = parties.changedFields(from: self.parties)
        guard !changed.isEmpty else { throw AgreementError.partiesUnchanged }
        self.parties = parties
        talentSignedAt = nil
        lineManagerSignedAt = nil
        ownerSignedAt = nil
        updatedAt = instant
        return changed
    }

    /// `party` signs the current terms; the last of the three signatures makes the agreement signed.
    /// - Throws: ``AgreementError``.
    public mutating func sign(as party: AgreementParty, at instant: Instant) throws {
        try require(.sign)
        guard signature(of: party) == nil else { throw AgreementError.alreadySigned(party) }
        switch party {
        case .talent: talentSignedAt = instant
        case .lineManager: lineManagerSignedAt = instant
        case .owner: ownerSignedAt = instant
        }
        if awaitingSignatures.isEmpty {
            status = .signed
            signedAt = instant
        }
        updatedAt = instant
    }

    /// The line manager refuses for service needs, which ends the agreement.
    /// - Throws: ``AgreementError``.
    public mutating func refuse(reason: String, at instant: Instant) throws {
        try require(.refuse)
        try end(.refused, reason: try Self.checkedReason(reason), by: .lineManager, at: instant)
    }

    /// The owner declares the mission done; work must have been covered by a mission order in force.
    /// - Throws: ``AgreementError``.
    public mutating func complete(
        missionOrderInForce: Bool, by ender: AgreementEnder = .owner,
        at instant: Instant
    ) throws {
        try require(.complete)
        guard missionOrderInForce else { throw AgreementError.missionOrderRequired(.complete) }
        try end(.completed, reason: nil, by: ender, at: instant)
    }

    /// A party (or the operator) stops the engagement before its end, with a reason.
    /// - Throws: ``AgreementError``.
    public mutating func interrupt(reason: String, by ender: AgreementEnder, at instant: Instant) throws {
        try require(.interrupt)
        try end(.interrupted, reason: try Self.checkedReason(reason), by: ender, at: instant)
    }

    /// Checks that `action` is allowed in the current status.
    /// - Throws: ``AgreementError/invalidTransition(action:from:)``.
    public func require(_ action: AgreementAction) throws {
        guard action.isAllowed(from: status) else {
            throw AgreementError.invalidTransition(action: action, from: status)
        }
    }

    /// The reason trimmed, when it has 1 to ``maximumReasonLength`` characters (pages check it
    /// before asking to confirm an end).
    /// - Throws: ``AgreementError/reasonLength(count:)``.
    public static func checkedReason(_ reason: String) throws -> String {
        let reason = reason.trimmingWhitespace()
        guard (1...maximumReasonLength).contains(reason.count) else {
            throw AgreementError.reasonLength(count: reason.count)
        }
        return reason
    }

    private mutating func end(
        _ status: AgreementStatus, reason: String?, by ender: AgreementEnder,
        at instant: Instant
    ) throws {
        self.status = status
        endReason = reason
        endedBy = ender
        endedAt = instant
        updatedAt = instant
    }
}
