import Domain
import Foundation
import Persistence
import Reporting
import Runtime
import Support
import Workflows

/// `talents-admin report <name>`: the programme's figures as a table, CSV or JSON, read
/// through read-only connections (safe while the API runs).
enum ReportCommands {
    static let group = Command.group(
        "report", abstract: "Export programme figures as a table, CSV (RFC 4180) or JSON.",
        subcommands: Report.allCases.map(command))

    private static func command(_ report: Report) -> Command {
        var options: [CommandOption] = [
            .value("format", placeholder: "format", help: "table, csv or json (default table).")
        ]
        if report.coversPeriod {
            options += [
                .value("from", placeholder: "YYYY-MM-DD", help: "First day covered, UTC (default: the beginning)."),
                .value("to", placeholder: "YYYY-MM-DD", help: "Last day covered, included, UTC (default: up to now).")
            ]
        }
        return Command(report.rawValue, abstract: report.abstract, options: options) { invocation, context in
            let format = try invocation.value("format", as: .code(ReportFormat.self)) ?? .table
            let period = report.coversPeriod ? try period(invocation) : .always
            let path = try AdminCommand.databasePath(invocation, context)
            let now = try AdminCommand.runtime(invocation, context).clock().now
            try TalentsDatabase.requireTalentsDatabase(at: path)
            let database = try TalentsDatabase.openReadOnly(path: path)
            let table = try database.read { connection in
                try report.table(ProgrammeKPIs(connection, now: now, period: period))
            }
            context.output.write(format.render(table))
        }
    }

    /// The days `--from` through `--to`; `--to` before `--from` is a usage error.
    private static func period(_ invocation: CommandInvocation) throws -> ReportingPeriod {
        let from = try invocation.value("from", as: date)
        let to = try invocation.value("to", as: date)
        if let from, let to, to < from {
            throw UsageError(
                .invalidValue("--to", value: to.description, expected: "a day not before --from (\(from))"),
                commandPath: invocation.commandPath)
        }
        return ReportingPeriod(firstDay: from, lastDay: to)
    }

    private static let date = ValueParser<LocalDate>(expectation: "a date YYYY-MM-DD") { try? LocalDate(parsing: $0) }
}
