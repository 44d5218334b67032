import Domain
import Workflows

/// A time report as the API shows it (schema `TimeReport`), with its revision for lists.
struct TimeReportJSON: Encodable {
    let id: TimeReportID
    let agreementID: AgreementID
    let date: LocalDate
    let minutes: Int
    let note: String
    let status: TimeReportStatus
    let rejectionReason: String?
    let reportedAt: String
    let decidedAt: String?
    let revision: Int

    init(_ stored: Versioned<TimeReport>) {
        let report = stored.value
        id = report.id
        agreementID = report.agreementID
        date = report.date
        minutes = report.minutes
        note = report.note
        status = report.status
        rejectionReason = report.rejectionReason
        reportedAt = report.reportedAt.rfc3339
        decidedAt = report.decidedAt?.rfc3339
        revision = stored.revision
    }
}

/// The time reports of an agreement and their totals (schema `TimeSheet`).
struct TimeSheetJSON: Encodable {
    struct Totals: Encodable {
        let budgetMinutes: Int
        let reportedMinutes: Int
        let validatedMinutes: Int
        let remainingMinutes: Int
    }

    let items: [TimeReportJSON]
    let totals: Totals

    init(_ sheet: Workflows.TimeSheet) {
        items = sheet.reports.map(TimeReportJSON.init)
        totals = Totals(
            budgetMinutes: sheet.totals.budgetMinutes, reportedMinutes: sheet.totals.reportedMinutes,
            validatedMinutes: sheet.totals.validatedMinutes,
            remainingMinutes: sheet.totals.remainingMinutes)
    }
}
