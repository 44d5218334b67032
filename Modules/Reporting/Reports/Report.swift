import Domain
import Persistence

/// A report of `talents-admin report <name>`: one programme figure as a table.
public enum Report: String, Sendable, CaseIterable {
    /// Missions by ministry, state and nature.
    case missions
    /// Applications by status.
    case applications
    /// Answer times and the 14-day promise, per administration.
    case answerTimes = "answer-times"
    /// Applications unanswered past their due date, per administration.
    case overdue
    /// The pool by skill family and level.
    case pool
    /// Audit events by action and reason.
    case events
    /// Agreements by status.
    case agreements
    /// Mission orders issued, in force and cancelled, per issuing ministry.
    case missionOrders = "mission-orders"
    /// Validated hours by employing and beneficiary ministry.
    case validatedHours = "validated-hours"
    /// Vis mon job registrations and pairs per edition.
    case visMonJob = "vis-mon-job"

    /// One line for `--help`.
    public var abstract: String {
        switch self {
        case .missions: "Missions created in the period, by ministry, state and nature."
        case .applications: "Applications submitted in the period, by status."
        case .answerTimes:
            "Answer times of applications submitted in the period and the 14-day promise, per administration."
        case .overdue: "Applications unanswered past their 14-day due date now, per administration."
        case .pool: "Pool members now, by skill family and best level."
        case .events: "Audit events recorded in the period, by action and reason."
        case .agreements: "Agreements created in the period, by current status (refusals counted, not by reason)."
        case .missionOrders: "Mission orders issued in the period, in force and cancelled, per issuing ministry."
        case .validatedHours:
            "Hours validated in the period, by the talents' employing ministry and the missions' ministry."
        case .visMonJob: "Vis mon job registrations (students, ambassadors) and published pairs now, per edition."
        }
    }

    /// Whether the report covers a period (`--from`, `--to`); the others describe the present.
    public var coversPeriod: Bool {
        switch self {
        case .missions, .applications, .answerTimes, .events, .agreements, .missionOrders, .validatedHours: true
        case .overdue, .pool, .visMonJob: false
        }
    }

    /// The report's table, from the figures of `kpis`.
    public func table(_ kpis: ProgrammeKPIs) throws -> ReportTable {
        switch self {
        case .missions:
            var table = ReportTable(columns: ["ministry", "state", "nature", "missions"])
            for count in try kpis.missions() {
                table.append([
                    .text(count.ministry), .text(count.state.rawValue), .text(count.nature.rawValue),
                    .integer(count.count)
                ])
            }
            return table
        case .applications:
            var table = ReportTable(columns: ["status", "applications"])
            for (status, count) in try kpis.applications() { table.append([.text(status.rawValue), .integer(count)]) }
            return table
        case .answerTimes:
            return try answerTimes(kpis)
        case .overdue:
            var table = ReportTable(columns: ["administration", "overdue"])
            for (administration, count) in try kpis.overdueApplications() {
                table.append([.text(administration), .integer(count)])
            }
            return table
        case .pool:
            var table = ReportTable(columns: ["family", "level", "talents"])
            for count in try kpis.pool().byFamilyAndLevel {
                table.append([.text(count.family.rawValue), .integer(count.level.rawValue), .integer(count.count)])
            }
            return table
        case .events:
            var table = ReportTable(columns: ["action", "reason", "events"])
            for count in try kpis.events() {
                table.append([
                    .text(count.action), count.reason.map(ReportTable.Cell.text) ?? .empty,
                    .integer(count.count)
                ])
            }
            return table
        case .visMonJob:
            var table = ReportTable(columns: ["edition", "event_day", "subject", "status", "count"])
            for count in try kpis.queries.visMonJobCounts() {
                table.append([
                    .integer(Int(count.edition)), .text(count.eventDay), .text(count.subject),
                    .text(count.status), .integer(count.count)
                ])
            }
            return table
        case .agreements, .missionOrders, .validatedHours:
            return try engagementTable(kpis.engagement())
        }
    }

    /// Per administration: answered, mean days, answered within each bucket, due, in time, share.
    private func answerTimes(_ kpis: ProgrammeKPIs) throws -> ReportTable {
        let within = AnswerTimes.bucketDays.map { "within_\($0)d" }
        var table = ReportTable(
            columns: ["administration", "answered", "mean_days"] + within
                + ["due", "answered_in_time", "in_time_share"])
        for times in try kpis.answerTimes() {
            let mean = times.meanSeconds.map { ReportTable.Cell.decimal($0 / 86_400) } ?? .empty
            let share = times.inTimeShare.map(ReportTable.Cell.decimal) ?? .empty
            table.append(
                [.text(times.administration), .integer(times.histogram.count), mean]
                    + times.histogram.cumulativeCounts.map(ReportTable.Cell.integer)
                    + [.integer(times.due), .integer(times.answeredInTime), share])
        }
        return table
    }
}
