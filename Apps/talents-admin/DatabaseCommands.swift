import Persistence
import Runtime
import Support
import Workflows

/// `talents-admin db …`: migrations, checks and backups.
enum DatabaseCommands {
    static let group = Command.group(
        "db", abstract: "Migrate, check and back up the database.",
        subcommands: [
            Command("migrate", abstract: "Create the database if needed and apply pending migrations.") {
                invocation, context in
                let path = try AdminCommand.databasePath(invocation, context)
                let applied = try TalentsDatabase.migrate(path: path)
                context.output.write(
                    applied.isEmpty
                        ? "Database '\(path)' is up to date (schema version \(Schema.migrations.last?.version ?? 0)).\n"
                        : "Applied migrations \(applied.map(String.init).joined(separator: ", ")) to '\(path)'.\n")
            },
            Command("check", abstract: "Check integrity and foreign keys (read-only); exit 1 on any problem.") {
                invocation, context in
                let pool = try AdminCommand.maintenanceDatabase(invocation, context)
                let problems = try pool.integrityCheck()
                let violations = try pool.foreignKeyCheck()
                for problem in problems { context.errorOutput.write("integrity: \(problem)\n") }
                for violation in violations { context.errorOutput.write("foreign key: \(violation)\n") }
                guard problems.isEmpty && violations.isEmpty else {
                    throw AdminError.checkFailed(problems: problems.count + violations.count)
                }
                context.output.write("ok: integrity and foreign keys\n")
            },
            Command(
                "backup",
                abstract: "Copy the database to PATH with SQLite's online backup (read-only, safe while the API runs).",
                arguments: [
                    CommandArgument(
                        "path", help: "Destination file (replaced when it exists; never the database itself).")
                ]
            ) {
                invocation, context in
                let pool = try AdminCommand.maintenanceDatabase(invocation, context)
                let destination = invocation.argument("path")
                try pool.backup(to: destination)
                context.output.write("Backed up to '\(destination)'.\n")
            },
            Command(
                "maintain",
                abstract:
                    "Rebuild the full-text index, remove the mail files of erased messages, checkpoint and "
                    + "truncate the WAL (after erasures; safe while the API runs).",
                environment: NotificationSettings.environmentVariables
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let removed = try workflows.maintainFiles(
                    mailFolder: try AdminCommand.runtime(invocation, context).notifications.mailFolder)
                context.output.write(
                    "ok: full-text index rebuilt, \(removed) mail file(s) of erased messages removed, WAL truncated\n")
            }
        ])
}
