import Domain
import Gamification
import Support
import Workflows

/// `talents-admin ledger …`, `distinctions …` and `badges …`: the credit ledger, the
/// distinctions and the diplomas (docs/operations.md, "Recognition").
enum RecognitionCommands {
    static let groups = [ledger, distinctions, badges]

    static let ledger = Command.group(
        "ledger", abstract: "Read, verify and correct the credit ledger.",
        subcommands: [
            Command(
                "accounts", abstract: "List every credit account with its balance and floor.",
                options: [AdminCommand.json]
            ) { invocation, context in
                let accounts = try AdminCommand.workflows(invocation, context).creditAccounts()
                if invocation.flag("json") {
                    // The API's `CreditAccount` shape: units and credits, floor, below floor.
                    return try AdminCommand.printJSON(accounts.map(Workflows.CreditAccount.init), to: context)
                }
                var table = Table("ADMINISTRATION", "BALANCE (UNITS)", "CREDITS", "FLOOR", "BELOW FLOOR")
                for account in accounts {
                    table.append(
                        String(account.administrationID.rawValue), String(account.balance.units),
                        credits(account.balance), account.floor.map(credits) ?? "-",
                        account.isBelowFloor ? "yes" : "no")
                }
                context.output.write(table.rendered)
            },
            Command(
                "statement", abstract: "Print the statement of an administration's account, newest first.",
                options: [
                    .value("limit", placeholder: "n", help: "At most n lines, 1 to 100 (default 50)."),
                    AdminCommand.json
                ],
                arguments: [CommandArgument("administration", help: "The administration, by id or acronym.")]
            ) {
                invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let id = try AdminCommand.administrationID(invocation.argument("administration"), in: workflows)
                let account = try workflows.creditAccount(id, by: .commandLine)
                let page = try workflows.creditStatement(
                    id, cursor: nil, limit: try invocation.int("limit"), by: .commandLine)
                if invocation.flag("json") {
                    return try AdminCommand.printJSON(
                        StatementOutput(
                            account: account.balance, floor: account.floor,
                            belowFloor: account.isBelowFloor,
                            lines: page.lines),
                        to: context)
                }
                context.output.write(
                    "Balance: \(credits(account.balance)) credits (\(account.balance.units) units of 1/60 credit)"
                        + (account.isBelowFloor ? " — below its floor" : "") + "\n")
                var table = Table("MOVEMENT", "TRANSFER", "AT", "AMOUNT", "BALANCE", "COUNTERPART", "CAUSE")
                for line in page.lines {
                    let cause =
                        line.timeReportID.map { "time report #\($0)" }
                        ?? "reverses #\(line.reversedTransferID ?? 0): \(line.reason ?? "")"
                    table.append(
                        String(line.movement.id), String(line.movement.transferID), line.movement.at.rfc3339,
                        String(line.movement.amount.units), String(line.movement.balanceAfter.units),
                        String(line.counterpart.rawValue), cause)
                }
                context.output.write(table.rendered)
            },
            Command(
                "verify",
                abstract: "Recompute every balance and the zero sum from the movements; exit 1 on any discrepancy."
            ) {
                invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let discrepancies = try workflows.verifyLedger()
                for discrepancy in discrepancies { context.errorOutput.write("ledger: \(discrepancy)\n") }
                guard discrepancies.isEmpty else {
                    context.errorOutput.write(
                        "error: ledger verification failed: \(discrepancies.count) discrepancy(ies)\n")
                    throw ExitCode.failure
                }
                let accounts = try workflows.creditAccounts()
                context.output.write("ok: \(accounts.count) account(s) balanced, the balances sum to zero\n")
            },
            Command(
                "reverse", abstract: "Post the reversal of a transfer (a correction; entries are never edited).",
                options: [
                    .value("reason", placeholder: "text", help: "Why the transfer is reversed.", required: true),
                    AdminCommand.json
                ],
                arguments: [CommandArgument("transfer", help: "The number of the transfer to reverse.")]
            ) {
                invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let id = try invocation.argument("transfer", as: .transferID)
                let reversal = try workflows.reverseCreditTransfer(
                    id, reason: try invocation.requiredString("reason"),
                    by: .commandLine)
                if invocation.flag("json") {
                    return try AdminCommand.printJSON(
                        [
                            "transfer": reversal.id, "reverses": id,
                            "units": reversal.amount.units
                        ], to: context)
                }
                context.output.write(
                    "Posted transfer \(reversal.id), reversing transfer \(id) (\(reversal.amount.units) units).\n")
            },
            Command(
                "floor", abstract: "Set (or clear with --none) the floor below which an account is flagged.",
                options: [
                    .value("credits", placeholder: "n", help: "The floor in whole credits, e.g. -100."),
                    .flag("none", help: "Clear the floor.")
                ],
                arguments: [CommandArgument("administration", help: "The administration, by id or acronym.")]
            ) {
                invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let id = try AdminCommand.administrationID(invocation.argument("administration"), in: workflows)
                let value = try invocation.int("credits")
                guard (value == nil) == invocation.flag("none") else {
                    throw UsageError(
                        .missingRequiredOption("--credits or --none (one of them)"),
                        commandPath: invocation.commandPath)
                }
                try workflows.setCreditFloor(value.map { CreditAmount(credits: Int64($0)) }, of: id, by: .commandLine)
                context.output.write(
                    value.map { "Floor of administration \(id) set to \($0) credits.\n" }
                        ?? "Floor of administration \(id) cleared.\n")
            }
        ])

    static let distinctions = Command.group(
        "distinctions", abstract: "The distinctions awarded to users.",
        subcommands: [
            Command(
                "recompute", abstract: "Re-evaluate every rule on the whole history; award what is missing.",
                options: [AdminCommand.json]
            ) { invocation, context in
                let result = try AdminCommand.workflows(invocation, context).recomputeDistinctions(by: .commandLine)
                let awarded = result.awarded.map {
                    AwardOutput(userID: $0.userID, code: $0.award.code, event: $0.award.event)
                }
                if invocation.flag("json") {
                    return try AdminCommand.printJSON(
                        RecomputeOutput(
                            usersEvaluated: result.usersEvaluated, awarded: awarded,
                            unsupported: result.unsupported.map {
                                AwardOutput(userID: $0.userID, code: $0.code, event: $0.event)
                            }), to: context)
                }
                for award in awarded {
                    context.output.write("awarded \(award.code.rawValue) to user \(award.userID) (\(award.event))\n")
                }
                for record in result.unsupported {
                    context.errorOutput.write(
                        "warning: user \(record.userID) holds \(record.code.rawValue), "
                            + "which the history no longer earns (kept)\n")
                }
                context.output.write(
                    "\(result.usersEvaluated) user(s) evaluated, \(awarded.count) distinction(s) awarded.\n")
            },
            Command("catalogue", abstract: "List the distinctions and their criteria.", options: [AdminCommand.json]) {
                invocation, context in
                let catalogue = DistinctionCatalogue.all
                if invocation.flag("json") { return try AdminCommand.printJSON(catalogue, to: context) }
                var table = Table("CODE", "NAME", "CRITERIA")
                for entry in catalogue { table.append(entry.code.rawValue, entry.name, entry.criteria) }
                context.output.write(table.rendered)
            }
        ])

    static let badges = Command.group(
        "badges", abstract: "The virtual diplomas (Open Badges 2.0).",
        subcommands: [
            Command(
                "revoke", abstract: "Revoke a diploma with a reason (final); its assertion then answers 410.",
                options: [.value("reason", placeholder: "text", help: "Why the diploma is revoked.", required: true)],
                arguments: [CommandArgument("assertion", help: "The assertion's public id (last segment of its URL).")]
            ) {
                invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let assertion = invocation.argument("assertion")
                _ = try workflows.revokeBadge(
                    assertion, reason: try invocation.requiredString("reason"), expectedRevision: nil,
                    by: .commandLine)
                context.output.write("Revoked diploma \(assertion).\n")
            }
        ])

    /// Credits with two decimals, from exact units.
    static func credits(_ amount: CreditAmount) -> String {
        String(amount.description.prefix { $0 != " " })
    }

    private struct StatementOutput: Encodable {
        let account: CreditAmount
        let floor: CreditAmount?
        let belowFloor: Bool
        let lines: [LedgerStatementLine]
    }

    private struct AwardOutput: Encodable {
        let userID: UserID
        let code: DistinctionCode
        let event: DistinctionEvent
    }

    private struct RecomputeOutput: Encodable {
        let usersEvaluated: Int
        let awarded: [AwardOutput]
        let unsupported: [AwardOutput]
    }
}

extension ValueParser where Value == Int64 {
    /// A transfer number.
    static var transferID: Self {
        ValueParser(expectation: "a transfer number") { Int64($0).flatMap { $0 > 0 ? $0 : nil } }
    }
}
