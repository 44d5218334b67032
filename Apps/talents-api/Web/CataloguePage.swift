import Domain
import HTML
import HTTP
import Workflows

/// `/missions`: the catalogue of published missions with the API's filters (`q`, `nature`,
/// `departement`, `remote`…) and keyset pagination (`cursor`).
enum CataloguePage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        // Empty fields of the filter form mean "any"; the rest is read as the API reads it.
        let parameters = context.http.query.filter { !$0.value.isEmpty }
        let values = Dictionary(parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        var error: String?
        var page: Workflows.MissionPage?
        do {
            let search = try MissionSearch(parameters: parameters.map { (name: $0.name, value: $0.value) })
            page = try context.workflows.publishedMissions(matching: search)
        } catch let failure as any DomainError {
            error = "Critères invalides (\(failure.field ?? failure.code)) : vérifiez la recherche et les filtres."
        }
        let items = page?.items ?? []
        let results: HTML = items.isEmpty
            ? "<p>Aucune mission ne correspond à ces critères.</p>"
            : "<ul class=\"cards\">\(each: items, WebLayout.missionCard)</ul>"
        let next: HTML? = page?.nextCursor.map { cursor in
            let link = URLQuery.link("/missions", ["q", "nature", "departement", "remote"].map { ($0, values[$0]) }
                                     + [("cursor", cursor)])
            return "<p class=\"pagination\"><a href=\"\(link)\" rel=\"next\">Missions suivantes</a></p>"
        }
        let main: HTML = """
            <h1>Missions</h1>
            \(error.map { "<div class=\"alert\" role=\"alert\"><p>\($0)</p></div>" as HTML })
            <form method="get" action="/missions" role="search" aria-label="Rechercher des missions">
            <div class="filters">
            <div class="field"><label for="q">Recherche<span class="hint">Mots du titre ou de la description</span></label>
            <input type="search" id="q" name="q" value="\(values["q"] ?? "")"></div>
            <div class="field"><label for="nature">Nature</label>
            <select id="nature" name="nature"><option value="">Toutes</option>\(natureOptions(selected: values["nature"]))</select></div>
            <div class="field"><label for="departement">Département<span class="hint">Par exemple 75 ou 2A</span></label>
            <input type="text" id="departement" name="departement" value="\(values["departement"] ?? "")"></div>
            <div class="field"><label for="remote">À distance</label>
            <select id="remote" name="remote"><option value="">Indifférent</option>
            <option value="true"\(attribute: "selected", if: values["remote"] == "true")>Oui</option>
            <option value="false"\(attribute: "selected", if: values["remote"] == "false")>Non</option></select></div>
            </div>
            <button type="submit">Rechercher</button>
            </form>
            <h2>Résultats</h2>
            \(results)
            \(next)
            """
        return WebResponse.page(WebLayout.page("Missions", context: context, main: main), context: context)
    }

    private static func natureOptions(selected: String?) -> HTML {
        HTML.joined(MissionNature.allCases.map { nature in
            "<option value=\"\(nature.rawValue)\"\(attribute: "selected", if: selected == nature.rawValue)>\(nature.label)</option>"
        })
    }
}
