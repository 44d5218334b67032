import Domain
import Gamification
import HTML
import HTTP
import Workflows

/// `/referent/credits`: the credit account of the referent's administration (balance, floor) and
/// its statement, filtered by period and paginated; `/referent/credits/releve.csv` downloads the
/// filtered statement (Workflows `creditAccount`, `creditStatementLines`). `?administration=ID`
/// reads another account: the operator's any, a referent's one under their own; the use cases
/// refuse the others.
enum ReferentCreditsPage {
    static let path = "/referent/credits"

    /// The account asked (`administration`, else the user's own), the period (`debut`, `fin`), the
    /// values as typed and the French error of each date that does not read.
    struct Query {
        var administrationID: AdministrationID?
        var from: LocalDate?
        var until: LocalDate?
        var values: [String: String] = [:]
        var errors: [String: String] = [:]

        init(_ context: WebContext, user: User) throws {
            for item in context.http.query where values[item.name] == nil {
                values[item.name] = item.value.trimmingWhitespace()
            }
            if let raw = values["administration"], !raw.isEmpty {
                guard let id = AdministrationID(raw), id.rawValue > 0 else {
                    throw NotFoundError("administration", key: raw)
                }
                administrationID = id
            } else {
                administrationID = user.administrationID
            }
            for field in ["debut", "fin"] {
                guard let text = values[field], !text.isEmpty else { continue }
                guard let date = WebFormat.parseDate(text) else {
                    errors[field] = WebFormat.dateError
                    continue
                }
                if field == "debut" { from = date } else { until = date }
            }
            if let from, let until, until < from { errors["fin"] = "la fin de la période précède son début." }
        }

        /// The query to keep in links (pages, download).
        var items: [(name: String, value: String?)] {
            ["administration", "debut", "fin"].map { ($0, values[$0]) }
        }
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let query = try Query(context, user: user)
        // The operator chooses any account; a referent, among those of their administration and
        // those under it, when there are several.
        let reach = try context.workflows.administrationsWithinReach(by: .user(user))
        let choice: HTML? =
            user.has(.operator) || reach.count > 1
            ? try ReferentOrdersPage.administrationSelect(
                context, selected: query.values["administration"] ?? user.administrationID.map { String($0.rawValue) },
                label: "Administration", any: query.administrationID == nil ? "Choisir une administration" : nil)
            : nil
        guard let administrationID = query.administrationID else {
            // The operator, who belongs to no administration, first chooses one; whoever else has
            // no administration has no account to read.
            guard user.has(.operator) else {
                throw AccessError.roleRequired(action: "read a credit account", roles: [.referent, .operator])
            }
            let main: HTML = """
                <h1>Compte de crédits</h1>
                <form method="get" action="\(path)">\(choice)<button class="fr-btn" type="submit">Afficher le compte</button></form>
                """
            return WebResponse.page(WebLayout.page("Compte de crédits", context: context, main: main), context: context)
        }
        let account = try context.workflows.creditAccount(administrationID, by: .user(user))
        let name = try context.workflows.administration(administrationID).map(WebFormat.administration) ?? ""
        var statement: HTML = .empty
        if query.errors.isEmpty {
            let entries = try context.workflows.creditStatementLines(
                administrationID, from: query.from, until: query.until, by: .user(user))
            let pages = ListPagination(query.values["page"], total: entries.count)
            let rows = pages.slice(entries).map(row)
            statement = """
                <p>\(entries.isEmpty ? "Aucun mouvement sur cette période." : "\(entries.count) mouvement\(entries.count > 1 ? "s" : "")\(pages.pageCount > 1 ? ", page \(pages.page) sur \(pages.pageCount)" : "").")</p>
                \(rows.isEmpty ? nil : WebLayout.table(
                    "Relevé du compte, les derniers mouvements en premier", columns: ["Date", "Libellé", "Contrepartie", "Débit", "Crédit", "Solde"],
                    rows: Array(rows)))
                \(pages.links(path, query.items))
                <p><a class="fr-link fr-icon-download-line fr-link--icon-left" href="\(URLQuery.link(path + "/releve.csv", query.items))" download>Télécharger le relevé filtré (CSV, tableur)</a></p>
                """
        }
        let floor = account.floor.map { "\(credits($0)) crédits" } ?? "aucun"
        let main: HTML = """
            <h1>Compte de crédits</h1>
            <p>Les crédits que gagne \(name) quand ses agents réalisent des missions pour d’autres administrations, et ceux qu’elle verse pour les missions qu’elle accueille (une heure validée vaut un crédit).</p>
            <dl class="terms">
            <dt>Administration</dt><dd>\(name)</dd>
            <dt>Solde</dt><dd>\(credits(account.balance)) crédits</dd>
            <dt>Plancher</dt><dd>\(floor)\(account.isBelowFloor ? " — le solde est sous le plancher" : "")</dd>
            </dl>
            \(WebLayout.errorSummary(
                "La période ne peut pas être appliquée",
                errors: ["debut", "fin"].compactMap { field in query.errors[field].map { (field, $0) } }))
            <form method="get" action="\(path)" aria-label="Filtrer le relevé">
            <div class="filters">
            \(choice)
            \(choice != nil ? nil : query.values["administration"].map { "<input type=\"hidden\" name=\"administration\" value=\"\($0)\">" as HTML })
            \(WebField.input("debut", label: "Période : du", hint: WebFormat.dateHint, type: "date", value: query.values["debut"] ?? "", error: query.errors["debut"]))
            \(WebField.input("fin", label: "Période : au", hint: WebFormat.dateHint, type: "date", value: query.values["fin"] ?? "", error: query.errors["fin"]))
            </div>
            <button class="fr-btn" type="submit">Filtrer</button>
            </form>
            <h2>Relevé</h2>
            \(statement)
            """
        return WebResponse.page(
            WebLayout.page("Compte de crédits", context: context, main: main), context: context,
            status: query.errors.isEmpty ? .ok : HTTPStatus(code: 422))
    }

    /// One line of the statement.
    private static func row(_ entry: Workflows.CreditStatementEntry) -> HTML {
        let amount = entry.line.movement.amount
        return """
            <tr><td>\(WebFormat.date(entry.day))</td><td>\(label(entry.line))</td>
            <td>\(WebFormat.administration(entry.counterpart))</td>
            <td>\(amount.units < 0 ? credits(-amount) : "")</td><td>\(amount.units > 0 ? credits(amount) : "")</td>
            <td>\(credits(entry.line.movement.balanceAfter))</td></tr>
            """
    }

    /// Why the credits moved, in French.
    static func label(_ line: LedgerStatementLine) -> String {
        if let reversed = line.reversedTransferID {
            return "Annulation du virement n° \(reversed)" + (line.reason.map { " : \($0)" } ?? "")
        }
        if let report = line.timeReportID {
            return "Heures validées (déclaration de temps n° \(report))"
        }
        return "Virement n° \(line.movement.transferID)"
    }

    /// `12,50`: credits with two decimals and the French decimal comma (rounded toward zero).
    static func credits(_ amount: CreditAmount) -> String {
        credits(units: amount.units)
    }

    /// ``credits(_:)`` of an amount in ledger units.
    static func credits(units: Int64) -> String {
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let whole = magnitude / UInt64(CreditAmount.unitsPerCredit)
        let hundredths = (magnitude % UInt64(CreditAmount.unitsPerCredit)) * 100 / UInt64(CreditAmount.unitsPerCredit)
        return "\(sign)\(whole),\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
