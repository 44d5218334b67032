import Domain
import HTML
import HTTP
import Workflows

/// `/referent/ordres-de-mission`: the register of the mission orders issued by the referent's
/// administration (or by one under it; the operator: every one), filtered by period, state and
/// text, paginated, each linking to its page; `/referent/ordres-de-mission.csv` downloads the
/// filtered register (Workflows `missionOrderRegister`).
enum ReferentOrdersPage {
    static let path = "/referent/ordres-de-mission"

    /// The filter of the query (`debut`, `fin`, `etat`, `q`, `administration` for the operator),
    /// the values as typed, and the French error of each date that does not read.
    struct Query {
        var filter = MissionOrderRegisterFilter()
        var values: [String: String] = [:]
        var errors: [String: String] = [:]

        init(_ context: WebContext) {
            for item in context.http.query where values[item.name] == nil {
                values[item.name] = item.value.trimmingWhitespace()
            }
            for (field, bound) in [("debut", \MissionOrderRegisterFilter.from), ("fin", \.until)] {
                guard let text = values[field], !text.isEmpty else { continue }
                if let date = WebFormat.parseDate(text) {
                    filter[keyPath: bound] = date
                } else {
                    errors[field] = WebFormat.dateError
                }
            }
            if let from = filter.from, let until = filter.until, until < from {
                errors["fin"] = "la fin de la période précède son début."
            }
            filter.state = values["etat"].flatMap(MissionOrderRegisterFilter.State.init(rawValue:))
            filter.text = values["q"]
            filter.administrationID = values["administration"].flatMap { AdministrationID($0) }
        }

        /// The filters to keep in links (pages, download).
        var items: [(name: String, value: String?)] {
            ["debut", "fin", "etat", "q", "administration"].map { ($0, values[$0]) }
        }
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let query = Query(context)
        var results: HTML = .empty
        if query.errors.isEmpty {
            let lines = try context.workflows.missionOrderRegister(query.filter, by: .user(user))
            let pages = ListPagination(query.values["page"], total: lines.count)
            let rows = pages.slice(lines).map(row)
            results = """
                <p>\(lines.count == 0 ? "Aucun ordre de mission ne correspond à ces critères." : "\(lines.count) ordre\(lines.count > 1 ? "s" : "") de mission\(pages.pageCount > 1 ? ", page \(pages.page) sur \(pages.pageCount)" : "").")</p>
                \(rows.isEmpty ? nil : WebLayout.table(
                    "Ordres de mission émis", columns: ["Référence", "Agent", "Administration bénéficiaire", "Période couverte", "Heures", "Émis", "État"],
                    rows: Array(rows)))
                \(pages.links(path, query.items))
                <p><a class="fr-link fr-icon-download-line fr-link--icon-left" href="\(URLQuery.link(path + ".csv", query.items))" download>Télécharger le registre filtré (CSV, tableur)</a></p>
                """
        }
        let states: [(value: String, text: String)] = [
            ("", "Tous"), (MissionOrderRegisterFilter.State.inForce.rawValue, "En vigueur"),
            (MissionOrderRegisterFilter.State.cancelled.rawValue, "Annulés")
        ]
        let operatorChoice: HTML? =
            user.has(.operator)
            ? try administrationSelect(context, selected: query.values["administration"]) : nil
        let main: HTML = """
            <h1>Registre des ordres de mission</h1>
            <p>Les ordres de mission émis par votre administration (ou par une administration qui en relève), les derniers émis en premier. Un ordre annulé garde sa référence.</p>
            \(WebLayout.errorSummary(
                "Les critères ne peuvent pas être appliqués",
                errors: ["debut", "fin"].compactMap { field in query.errors[field].map { (field, $0) } }))
            <form method="get" action="\(path)" role="search" aria-label="Filtrer le registre">
            <div class="filters">
            \(WebField.input("debut", label: "Période : du", hint: WebFormat.dateHint, type: "date", value: query.values["debut"] ?? "", error: query.errors["debut"]))
            \(WebField.input("fin", label: "Période : au", hint: WebFormat.dateHint, type: "date", value: query.values["fin"] ?? "", error: query.errors["fin"]))
            \(WebField.select("etat", label: "État", options: states, selected: query.values["etat"], error: nil))
            \(WebField.input("q", label: "Recherche", hint: "Référence, agent, mission ou administration bénéficiaire", type: "search", value: query.values["q"] ?? "", error: nil))
            \(operatorChoice)
            </div>
            <button class="fr-btn" type="submit">Filtrer</button>
            </form>
            <h2>Ordres de mission</h2>
            \(results)
            """
        return WebResponse.page(
            WebLayout.page("Registre des ordres de mission", context: context, main: main), context: context,
            status: query.errors.isEmpty ? .ok : HTTPStatus(code: 422))
    }

    /// One order of the register.
    private static func row(_ line: MissionOrderRegisterLine) -> HTML {
        let order = line.order
        let state =
            order.isInForce
            ? WebLayout.badge("En vigueur", .success)
            : WebLayout.badge("Annulé le \(order.cancelledAt.map(WebFormat.instant) ?? "")", .error)
        return """
            <tr><td><a href="/ordres-de-mission/\(order.id.rawValue)">\(order.reference.description)</a></td>
            <td>\(line.agent)</td><td>\(WebFormat.administration(line.beneficiary))</td>
            <td>du \(WebFormat.date(order.dates.start)) au \(WebFormat.date(order.dates.end))</td>
            <td>\(line.hoursBudget) h</td>
            <td>le \(WebFormat.instant(order.issuedAt))\(line.issuedBy.map { " par \($0)" } ?? "")</td>
            <td>\(state)</td></tr>
            """
    }

    /// For the operator: the administration whose register is read (all by default).
    static func administrationSelect(
        _ context: WebContext, selected: String?, label: String = "Administration émettrice",
        any: String? = "Toutes"
    ) throws -> HTML {
        let options =
            (any.map { [(value: "", text: $0)] } ?? [])
            + (try context.workflows.administrationsWithinReach(by: .user(try context.signedInUser()))).map {
                (value: String($0.id.rawValue), text: WebFormat.administration($0))
            }
        return WebField.select("administration", label: label, options: options, selected: selected, error: nil)
    }
}
