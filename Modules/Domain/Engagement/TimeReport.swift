/// Time a talent reports on a signed agreement, validated or rejected by the owner.
/// Validated time never exceeds the agreement's hours budget.
public struct TimeReport: Hashable, Sendable, Codable {
    /// The longest day: 24 hours, in minutes.
    public static let maximumMinutes = 1440
    /// Maximum length of a note or a rejection reason, in characters.
    public static let maximumNoteLength = 2000

    /// The identifier.
    public let id: TimeReportID
    /// The agreement worked under.
    public let agreementID: AgreementID
    /// The day worked.
    public let date: LocalDate
    /// The time spent, 1 to 1440 minutes.
    public let minutes: Int
    /// What was done.
    public let note: String
    /// Awaiting, validated or rejected.
    public internal(set) var status: TimeReportStatus
    /// Why the owner rejected it.
    public internal(set) var rejectionReason: String?
    /// When the talent reported it.
    public let reportedAt: Instant
    /// When the owner decided.
    public internal(set) var decidedAt: Instant?
    /// Who decided; nil from the command line.
    public internal(set) var decidedBy: UserID?

    /// Builds a report from trusted values (a store reading its rows).
    /// New reports go through ``report(id:_:on:missionOrderInForce:at:)``.
    public init(
        id: TimeReportID, agreementID: AgreementID, date: LocalDate, minutes: Int, note: String,
        status: TimeReportStatus, rejectionReason: String?, reportedAt: Instant, decidedAt: Instant?,
        decidedBy: UserID?
    ) {
        self.id = id
        self.agreementID = agreementID
        self.date = date
        self.minutes = minutes
        self.note = note
        self.status = status
        self.rejectionReason = rejectionReason
        self.reportedAt = reportedAt
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
    }

    /// Records `new` on a signed `agreement` whose mission order is in force: a day inside the
    /// agreement's dates and not after today (the UTC date of `instant`), 1 to 1440 minutes, a note;
    /// with what the talent already reported that day on all their agreements (`dayMinutes`, rejected
    /// reports left out), a day never counts more than 24 hours.
    /// - Throws: ``AgreementError`` or ``TimeReportError``.
    public static func report(
        id: TimeReportID, _ new: NewTimeReport, on agreement: Agreement,
        missionOrderInForce: Bool, dayMinutes: Int = 0,
        at instant: Instant
    ) throws -> TimeReport {
        try agreement.require(.reportTime)
        guard missionOrderInForce else { throw AgreementError.missionOrderRequired(.reportTime) }
        guard agreement.terms.dates.contains(new.date) else {
            throw TimeReportError.dateOutsideAgreement(new.date, agreement: agreement.terms.dates)
        }
        let today = instant.utcDate
        guard new.date <= today else { throw TimeReportError.dateInFuture(new.date, today: today) }
        guard (1...maximumMinutes).contains(new.minutes) else { throw TimeReportError.minutesOutOfRange(new.minutes) }
        guard dayMinutes + new.minutes <= maximumMinutes else {
            throw TimeReportError.dayExceeded(new.date, reportedMinutes: dayMinutes, minutes: new.minutes)
        }
        let note = new.note.trimmingWhitespace()
        guard (1...maximumNoteLength).contains(note.count) else {
            throw TimeReportError.textLength(field: "note", count: note.count)
        }
        return TimeReport(
            id: id, agreementID: agreement.id, date: new.date, minutes: new.minutes, note: note,
            status: .submitted, rejectionReason: nil, reportedAt: instant, decidedAt: nil,
            decidedBy: nil)
    }

    /// The owner validates the report, refused when the validated time would exceed the budget.
    /// - Parameters:
    ///   - budgetMinutes: the agreement's hours budget, in minutes.
    ///   - validatedMinutes: the time of the agreement's reports validated so far.
    /// - Throws: ``TimeReportError``.
    public mutating func validate(
        budgetMinutes: Int, validatedMinutes: Int, by userID: UserID?,
        at instant: Instant
    ) throws {
        try requireSubmitted()
        guard validatedMinutes + minutes <= budgetMinutes else {
            throw TimeReportError.budgetExceeded(
                budgetMinutes: budgetMinutes, validatedMinutes: validatedMinutes,
                reportMinutes: minutes)
        }
        status = .validated
        decidedAt = instant
        decidedBy = userID
    }

    /// The owner rejects the report, with a reason.
    /// - Throws: ``TimeReportError``.
    public mutating func reject(reason: String, by userID: UserID?, at instant: Instant) throws {
        try requireSubmitted()
        let reason = reason.trimmingWhitespace()
        guard (1...Self.maximumNoteLength).contains(reason.count) else {
            throw TimeReportError.textLength(field: "reason", count: reason.count)
        }
        status = .rejected
        rejectionReason = reason
        decidedAt = instant
        decidedBy = userID
    }

    private func requireSubmitted() throws {
        guard status == .submitted else { throw TimeReportError.alreadyDecided(status) }
    }
}
