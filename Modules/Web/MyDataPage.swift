import Domain
import Foundation
import HTML
import HTTP
import Workflows

/// `/mes-donnees`: everything the platform holds about the signed-in person (their right of
/// access), table by table in French, and `/mes-donnees.json` to download it (portability).
/// Both read through ``Workflows/personalData(of:by:)``, which audits each reading. Columns are
/// shown with French labels (``PersonalDataLabels``); the page ends with "Fermer mon compte"
/// (``AccountClosurePage``).
enum MyDataPage {
    static let path = "/mes-donnees"
    static let downloadPath = "/mes-donnees.json"

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let export = try context.workflows.personalData(of: user.id, by: .user(user))
        let held = export.tables.filter { !$0.rows.isEmpty }
        let main: HTML = """
            <h1>Mes données</h1>
            <p>Voici tout ce que la plateforme conserve à votre sujet au \(WebFormat.instant(export.madeAt)), table par table, comme le décrit la page <a href="/donnees-personnelles">Données personnelles</a> (finalités, durées de conservation, vos droits).</p>
            <p><a class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href="\(downloadPath)" download>Télécharger mes données (JSON)</a></p>
            <p>Les secrets de connexion (empreintes des jetons et des liens) ne sont pas affichés : ils ne disent rien de vous.</p>
            \(each: held, { table($0) })
            \(AccountClosurePage.section(context))
            """
        return WebResponse.page(WebLayout.page("Mes données", context: context, main: main), context: context)
    }

    /// The export as a JSON file.
    static func download(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let export = try context.workflows.personalData(of: user.id, by: .user(user))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var response = HTTPResponse(
            status: .ok, contentType: "application/json; charset=utf-8", body: Array(try encoder.encode(export)))
        response.headers["Content-Disposition"] = "attachment; filename=\"mes-donnees-talents.json\""
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    }

    private static func table(_ table: PersonalDataExport.Table) -> HTML {
        let rows = table.rows.map { row -> HTML in
            "<tr>\(each: row, { "<td>\(text($0))</td>" as HTML })</tr>"
        }
        let columns = table.columns.map(PersonalDataLabels.label)
        return "<h2>\(table.title)</h2>\(WebLayout.table(table.title, columns: columns, rows: rows))"
    }

    private static func text(_ value: PersonalDataExport.Value) -> String {
        switch value {
        case .null: "—"
        case .integer(let integer): String(integer)
        case .real(let real): WebFormat.decimal(real)
        case .text(let text): text
        }
    }
}
