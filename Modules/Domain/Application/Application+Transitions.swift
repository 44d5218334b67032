extension Application {
    /// The owner proposes an exchange, or moves one already proposed. `instant` is now;
    /// the exchange must be later.
    /// - Throws: ``ApplicationError``.
    public mutating func proposeInterview(_ interview: Interview, at instant: Instant) throws {
        try require(.proposeInterview)
        var interview = interview
        interview.means = interview.means.trimmingWhitespace()
        guard interview.at > instant else {
            throw ApplicationError.interviewNotInFuture(interviewAt: interview.at, now: instant)
        }
        guard (1...Interview.maximumMeansLength).contains(interview.means.count) else {
            throw ApplicationError.interviewMeansLength(count: interview.means.count)
        }
        answer(.interviewProposed(interview), at: instant)
    }

    /// The owner accepts the talent.
    /// - Throws: ``ApplicationError/invalidTransition(action:from:)``.
    public mutating func accept(at instant: Instant) throws {
        try require(.accept)
        answer(.accepted, at: instant)
    }

    /// The owner declines, with a coded reason.
    /// - Throws: ``ApplicationError/invalidTransition(action:from:)``.
    public mutating func decline(reason: CodedReason, at instant: Instant) throws {
        try require(.decline)
        answer(.declined(reason), at: instant)
        reopeningReason = nil
    }

    /// The talent withdraws, with a coded reason.
    /// - Throws: ``ApplicationError/invalidTransition(action:from:)``.
    public mutating func withdraw(reason: CodedReason, at instant: Instant) throws {
        try require(.withdraw)
        state = .withdrawn(reason)
        updatedAt = instant
        reopeningReason = nil
    }

    /// The operator reopens an application declined by mistake: back to submitted, awaiting the
    /// owner's answer again. ``answeredAt`` is kept, so the 14-day clock is not restarted and
    /// the application is never overdue again. Only while the mission is published.
    /// - Parameter reason: why (1 to ``CodedReason/maximumTextLength`` characters once trimmed).
    /// - Throws: ``ApplicationError``.
    public mutating func reopen(reason: String, missionState: MissionState, at instant: Instant) throws {
        try require(.reopen)
        let reason = reason.trimmingWhitespace()
        guard (1...CodedReason.maximumTextLength).contains(reason.count) else {
            throw ApplicationError.reopeningReasonLength(count: reason.count)
        }
        guard missionState == .published else { throw ApplicationError.missionNotPublished(missionState) }
        state = .submitted
        updatedAt = instant
        reopeningReason = reason
    }

    private func require(_ action: ApplicationAction) throws {
        guard action.isAllowed(from: state.status) else {
            throw ApplicationError.invalidTransition(action: action, from: state.status)
        }
    }

    /// Records an owner's answer; the first one stops the 14-day clock.
    private mutating func answer(_ newState: ApplicationState, at instant: Instant) {
        state = newState
        if answeredAt == nil { answeredAt = instant }
        updatedAt = instant
    }
}
