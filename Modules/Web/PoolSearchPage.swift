import Domain
import HTML
import HTTP
import Workflows

/// `/vivier`: the pool search of mission owners and the operator, with the filters of
/// `GET /v1/pool` (``PoolSearch``: skill and minimum level, family, département, a period of
/// availability) in a GET form, and keyset pagination (`cursor`); each talent links to their
/// profile (``PoolProfilePage``), where they are invited.
enum PoolSearchPage {
    static let path = "/vivier"
    /// The filters, by their API names (the form's field names too).
    static let filters = ["skill", "minLevel", "family", "departement", "availableFrom", "availableUntil"]

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        // Empty fields mean "any"; dates are read as every web form reads them, then the rest as the API does.
        let given = context.http.query.filter { !$0.value.isEmpty && (filters + ["cursor"]).contains($0.name) }
        let values = Dictionary(given.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        var errors: [String: String] = [:]
        var parameters: [(name: String, value: String)] = []
        for (name, value) in values {
            if name == "availableFrom" || name == "availableUntil" {
                guard let date = WebFormat.parseDate(value) else {
                    errors[name] = WebFormat.dateError
                    continue
                }
                parameters.append((name, date.description))
            } else {
                parameters.append((name, value))
            }
        }
        var page: PoolPage?
        var note: String?
        if errors.isEmpty {
            do {
                page = try context.workflows.searchPool(PoolSearch(query: parameters), by: .user(user))
            } catch let error as any DomainError where error.kind == .invalidValue {
                if error.field == "cursor" || error.field == nil {
                    note = "le lien de la page suivante n'est plus valide : relancez la recherche."
                } else if let field = error.field {
                    errors[field] = message(field, error)
                }
            }
        }
        let results: HTML
        if let page {
            let administrations = try context.workflows.administrations(page.items.map(\.employerID))
            results =
                page.items.isEmpty
                ? "<p>Aucun talent du vivier ne correspond à ces critères.</p>"
                : "<ul class=\"cards\">\(each: page.items, { card($0, employer: administrations[$0.employerID]) })</ul>"
        } else {
            results = "<p>Corrigez les critères pour lancer la recherche.</p>"
        }
        let status: HTTPStatus = errors.isEmpty && note == nil ? .ok : HTTPStatus(code: 422)
        let main: HTML = """
            <h1>Vivier de talents</h1>
            <p>Les agents qui ont accepté de montrer leur profil aux responsables de mission. Ouvrez un profil pour inviter la personne à candidater à l'une de vos missions publiées.</p>
            \(WebLayout.errorSummary("La recherche n'a pas pu être lancée", note: note,
                                     errors: filters.compactMap { field in errors[field].map { (field: field, message: $0) } }))
            <form method="get" action="\(path)" role="search" aria-label="Rechercher dans le vivier">
            <div class="filters">
            \(fields(values, errors: errors))
            </div>
            <button class="fr-btn" type="submit">Rechercher</button>
            </form>
            <h2>Talents</h2>
            \(results)
            \(page.flatMap { pagination(values, next: $0.nextCursor) })
            """
        return WebResponse.page(
            WebLayout.page("Vivier de talents", context: context, main: main), context: context, status: status)
    }

    /// The filter fields, with the values typed and their errors.
    private static func fields(_ values: [String: String], errors: [String: String]) -> HTML {
        let groups = SkillFamily.allCases.map { family -> HTML in
            let skills = SkillTaxonomy.standard.skills(in: family).map { (value: $0.code.rawValue, text: $0.name) }
            return
                "<optgroup label=\"\(family.label)\">\(WebField.options(skills, selected: values["skill"]))</optgroup>"
        }
        let levels =
            [(value: "", text: "Tous")]
            + SkillLevel.allCases.map { (value: String($0.rawValue), text: "\($0.rawValue) — \($0.label) ou plus") }
        let families =
            [(value: "", text: "Toutes")] + SkillFamily.allCases.map { (value: $0.rawValue, text: $0.label) }
        return """
            \(WebField.select("skill", label: "Compétence", choices: "<option value=\"\">Toutes</option>\(HTML.joined(groups))",
                              error: errors["skill"]))
            \(WebField.select("minLevel", label: "Niveau minimum", hint: "De la compétence choisie, ou de n'importe laquelle",
                              options: levels, selected: values["minLevel"], error: errors["minLevel"]))
            \(WebField.select("family", label: "Famille de compétences", options: families, selected: values["family"],
                              error: errors["family"]))
            \(WebField.input("departement", label: "Département de travail", hint: "Par exemple 75 ou 2A",
                             value: values["departement"] ?? "", error: errors["departement"]))
            \(WebField.input("availableFrom", label: "Disponible entre le", hint: WebFormat.dateHint, type: "date",
                             value: values["availableFrom"] ?? "", error: errors["availableFrom"]))
            \(WebField.input("availableUntil", label: "et le", hint: WebFormat.dateHint, type: "date",
                             value: values["availableUntil"] ?? "", error: errors["availableUntil"]))
            """
    }

    /// The French message of a filter the search refused.
    private static func message(_ field: String, _ error: any DomainError) -> String {
        switch field {
        case "skill": "choisissez une compétence de la liste."
        case "minLevel": "choisissez un niveau de 1 à 4."
        case "family": "choisissez une famille de la liste."
        case "departement": "saisissez un numéro de département, par exemple 75, 2A ou 971."
        case "availableUntil" where error is PoolSearchError: "la fin de la période est avant son début."
        default: WebFormat.dateError
        }
    }

    /// One talent of the results.
    private static func card(_ profile: PoolProfile, employer: Administration?) -> HTML {
        """
        <li class="card fr-enlarge-link">
        <h3><a href="\(path)/\(profile.id.rawValue)">\(profile.displayName)</a></h3>
        <p>\(employer.map(WebFormat.administration) ?? "") · département \(profile.departement.code)</p>
        \(TalentSummary.skillTags(profile.skills))
        <p class="meta">Disponibilité : \(TalentSummary.availability(profile.availability))</p>
        </li>
        """
    }

    /// The DSFR pagination of the keyset listing (``WebPagination/following(first:next:)``), the
    /// filters kept.
    private static func pagination(_ values: [String: String], next cursor: String?) -> HTML {
        let filtered = filters.map { (name: $0, value: values[$0]) }
        return WebPagination.following(
            first: values["cursor"] == nil ? nil : URLQuery.link(path, filtered),
            next: cursor.map { URLQuery.link(path, filtered + [("cursor", $0)]) })
    }
}
