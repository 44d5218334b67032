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
        let results: HTML =
            items.isEmpty
            ? "<p>Aucune mission ne correspond à ces critères.</p>"
            : try WebLayout.missionCards(items, context: context)
        let filters = ["q", "nature", "departement", "remote"].map { ($0, values[$0]) }
        let pagination = WebPagination.following(
            first: values["cursor"] == nil ? nil : URLQuery.link("/missions", filters),
            next: page?.nextCursor.map { URLQuery.link("/missions", filters + [("cursor", $0)]) })
        let natures =
            [(value: "", text: "Toutes")] + MissionNature.allCases.map { (value: $0.rawValue, text: $0.label) }
        let main: HTML = """
            <h1>Missions</h1>
            \(WebLayout.alert(error))
            <form method="get" action="/missions" role="search" aria-label="Rechercher des missions">
            <div class="filters">
            \(WebField.input("q", label: "Recherche", hint: "Mots du titre ou de la description", type: "search",
                             value: values["q"] ?? "", error: nil))
            \(WebField.select("nature", label: "Nature", options: natures, selected: values["nature"], error: nil))
            \(WebField.input("departement", label: "Département", hint: "Par exemple 75 ou 2A", value: values["departement"] ?? "",
                             error: nil))
            \(WebField.select("remote", label: "À distance", options: [(value: "", text: "Indifférent"), (value: "true", text: "Oui"),
                                                                    (value: "false", text: "Non")],
                              selected: values["remote"], error: nil))
            </div>
            <button class="fr-btn" type="submit">Rechercher</button>
            </form>
            <h2>Résultats</h2>
            \(results)
            \(pagination)
            \(SavedSearchesPage.saveForm(context, values: values))
            """
        return WebResponse.page(WebLayout.page("Missions", context: context, main: main), context: context)
    }
}
