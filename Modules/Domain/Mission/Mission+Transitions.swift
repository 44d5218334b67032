extension Mission {
    /// Maximum length of a rejection reason, in characters.
    public static let maximumRejectionReasonLength = 2000

    /// Replaces the details with a validated copy of `details` (their window within the
    /// ``DateHorizon`` of `instant`'s day); allowed in draft only.
    /// - Throws: ``MissionError`` or ``DateHorizonError``.
    public mutating func edit(
        _ details: MissionDetails, rules: MissionRules = MissionRules(),
        taxonomy: SkillTaxonomy = .standard, at instant: Instant
    ) throws {
        try require(.edit)
        self.details = try details.validated(rules: rules, taxonomy: taxonomy, today: instant.utcDate)
        updatedAt = instant
    }

    /// Sends the draft to the operator for review.
    /// - Throws: ``MissionError/invalidTransition(action:from:)``.
    public mutating func submit(at instant: Instant) throws {
        try require(.submit)
        state = .submitted
        submittedAt = instant
        updatedAt = instant
    }

    /// Publishes a submitted mission, refused once its application deadline is before `today`.
    /// - Throws: ``MissionError``.
    public mutating func publish(today: LocalDate, at instant: Instant) throws {
        try require(.publish)
        guard today <= details.applicationDeadline else {
            throw MissionError.deadlinePassed(deadline: details.applicationDeadline, today: today)
        }
        state = .published
        publishedAt = instant
        updatedAt = instant
    }

    /// Sends a submitted mission back to draft; the operator must say why.
    /// - Throws: ``MissionError``.
    public mutating func reject(reason: String, at instant: Instant) throws {
        try require(.reject)
        let reason = reason.trimmingWhitespace()
        guard (1...Self.maximumRejectionReasonLength).contains(reason.count) else {
            throw MissionError.rejectionReasonLength(count: reason.count)
        }
        state = .draft
        rejectionReason = reason
        updatedAt = instant
    }

    /// Gives up a mission that is not closed yet.
    /// - Throws: ``MissionError/invalidTransition(action:from:)``.
    public mutating func cancel(at instant: Instant) throws {
        try require(.cancel)
        close(.cancelled, at: instant)
    }

    /// Closes a published mission because its talents were found.
    /// - Throws: ``MissionError/invalidTransition(action:from:)``.
    public mutating func closeAsFilled(at instant: Instant) throws {
        try require(.closeAsFilled)
        close(.filled, at: instant)
    }

    /// Closes a published mission whose application deadline is before `today`.
    /// - Throws: ``MissionError``.
    public mutating func expire(today: LocalDate, at instant: Instant) throws {
        try require(.expire)
        guard details.applicationDeadline < today else {
            throw MissionError.deadlineNotPassed(deadline: details.applicationDeadline, today: today)
        }
        close(.expired, at: instant)
    }

    private func require(_ action: MissionAction) throws {
        guard action.isAllowed(from: state) else {
            throw MissionError.invalidTransition(action: action, from: state)
        }
    }

    private mutating func close(_ closure: MissionClosure, at instant: Instant) {
        state = .closed(closure)
        closedAt = instant
        updatedAt = instant
    }
}
