public import Domain
import Persistence

extension Workflows {
    /// The time reports of an agreement with their totals.
    public struct TimeSheet: Sendable {
        /// The reports with their revisions, by day.
        public let reports: [Versioned<TimeReport>]
        /// Reported, validated and remaining minutes.
        public let totals: TimeTotals
    }

    /// The talent reports time on signed agreement `agreementID` whose mission order is in force
    /// (audit `time-report.submitted`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``AgreementError``, ``TimeReportError``.
    public func reportTime(
        _ new: NewTimeReport, on agreementID: AgreementID,
        by caller: Caller
    ) throws -> Versioned<TimeReport> {
        try database.write { try reportTime(new, on: agreementID, by: caller, in: $0) }
    }

    /// ``reportTime(_:on:by:)`` inside the caller's write transaction (idempotent requests).
    public func reportTime(
        _ new: NewTimeReport, on agreementID: AgreementID, by caller: Caller,
        in transaction: Transaction
    ) throws -> Versioned<TimeReport> {
        try reportTime(new, on: agreementID, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func reportTime(
        _ new: NewTimeReport, on agreementID: AgreementID, by caller: Caller,
        in connection: Connection
    ) throws -> Versioned<TimeReport> {
        let engagement = try engagement(agreementID, for: caller, in: connection)
        _ = try require([.talent], of: engagement, by: caller, to: "report time")
        let report = try TimeReportStore(connection).insert(
            new, on: engagement.agreement, by: caller.actor,
            at: clock.now)
        return Versioned(report, revision: 1)
    }

    /// The time reports of agreement `agreementID` and their totals, for whoever may read it.
    /// - Throws: ``NotFoundError``.
    public func timeSheet(of agreementID: AgreementID, by caller: Caller) throws -> TimeSheet {
        try database.read { connection in
            let engagement = try engagement(agreementID, for: caller, in: connection)
            let reports = try TimeReportStore(connection).all(agreementID: agreementID)
            let totals = TimeTotals(
                budgetMinutes: engagement.agreement.terms.budgetMinutes,
                reports: reports.map(\.value))
            return TimeSheet(reports: reports, totals: totals)
        }
    }

    /// Time report `id`, for whoever may read its agreement.
    /// - Throws: ``NotFoundError``.
    public func timeReport(_ id: TimeReportID, by caller: Caller) throws -> Versioned<TimeReport> {
        try database.read { try visibleTimeReport(id, by: caller, in: $0).report }
    }

    /// The owner validates time report `id`; validated time never exceeds the hours budget
    /// (audit `time-report.validated`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``StaleRevisionError``,
    ///   ``TimeReportError/budgetExceeded(budgetMinutes:validatedMinutes:reportMinutes:)``.
    public func validateTimeReport(
        _ id: TimeReportID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<TimeReport> {
        try decideTimeReport(
            id, audit: "time-report.validated", expectedRevision: expectedRevision,
            by: caller
        ) { report, engagement, connection, now in
            let validated = try TimeReportStore(connection).validatedMinutes(agreementID: report.agreementID)
            try report.validate(
                budgetMinutes: engagement.agreement.terms.budgetMinutes, validatedMinutes: validated,
                by: caller.user?.id, at: now)
        }
    }

    /// The owner rejects time report `id` with a reason (audit `time-report.rejected`).
    /// - Throws: as ``validateTimeReport(_:expectedRevision:by:)``.
    public func rejectTimeReport(
        _ id: TimeReportID, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<TimeReport> {
        try decideTimeReport(
            id, audit: "time-report.rejected", expectedRevision: expectedRevision,
            by: caller
        ) { report, _, _, now in
            try report.reject(reason: reason, by: caller.user?.id, at: now)
        }
    }

    private func decideTimeReport(
        _ id: TimeReportID, audit: String, expectedRevision: Int?, by caller: Caller,
        _ decide: (inout TimeReport, Engagement, Connection, Instant) throws -> Void
    )
        throws -> Versioned<TimeReport>
    {
        try database.write { connection in
            let (stored, engagement) = try visibleTimeReport(id, by: caller, in: connection)
            _ = try require([.owner], of: engagement, by: caller, to: "validate or reject time")
            try stored.check(expected: expectedRevision, subject: "time-report")
            var report = stored.value
            let now = clock.now
            try decide(&report, engagement, connection, now)
            let revision = try TimeReportStore(connection).update(
                report, action: audit,
                expectedRevision: expectedRevision,
                by: caller.actor, at: now)
            if report.status == .validated {
                // Credits to the employer and hour distinctions, in the same transaction.
                try Recognition.timeReportValidated(
                    timeReportID: report.id.rawValue, in: connection, at: now,
                    rules: configuration.recognition)
            }
            return Versioned(report, revision: revision)
        }
    }

    private func visibleTimeReport(
        _ id: TimeReportID, by caller: Caller,
        in connection: Connection
    ) throws -> (report: Versioned<TimeReport>, Engagement) {
        guard let report = try TimeReportStore(connection).findVersioned(id) else {
            throw NotFoundError("time-report", id: id)
        }
        do {
            return (report, try engagement(report.value.agreementID, for: caller, in: connection))
        } catch is NotFoundError {
            throw NotFoundError("time-report", id: id)
        }
    }
}
