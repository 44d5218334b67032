import Domain
import HTML
import HTTP
import Workflows

/// `/agents-encadres`: for the signed-in line manager, the agents they sign for and each
/// agreement's state (to sign, signed, refused, running, interrupted, completed), those awaiting
/// their signature first, filtered by state (`etat`) and paginated (`page`), each linking to its
/// agreement (Workflows `agreementsForLineManager`).
enum SupervisedAgentsPage {
    static let path = "/agents-encadres"

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let query = context.http.query
        let state = query["etat"].flatMap(SupervisedAgreementState.init(rawValue:))
        let page = try context.workflows.agreementsForLineManager(
            state: state, page: query["page"].flatMap { Int($0) } ?? 1, by: .user(user))
        let rows = page.items.map { item -> HTML in
            let agreement = item.view.agreement
            return """
                <tr id="convention-\(agreement.id.rawValue)"><td>\(item.view.people.talent)</td>
                <td>\(item.view.missionTitle)<br><span class="fr-text--sm">\(item.view.people.owner), \(item.view.people.beneficiary.acronym)</span></td>
                <td>du \(WebFormat.date(agreement.terms.dates.start)) au \(WebFormat.date(agreement.terms.dates.end)) · \(agreement.terms.hoursBudget) h</td>
                <td>\(badge(item.state))</td>
                <td><a href="/conventions/\(agreement.id.rawValue)">\(item.state == .toSign ? "Lire et signer" : "Voir la convention")<span class="fr-sr-only"> de \(item.view.people.talent)</span></a></td></tr>
                """
        }
        let list: HTML =
            rows.isEmpty
            ? (state == nil
                ? "<p>Aucun agent ne vous désigne comme responsable hiérarchique dans une convention.</p>"
                : "<p>Aucune convention dans cet état.</p>")
            : WebLayout.table(
                "Conventions des agents que vous encadrez, page \(page.page) sur \(page.pageCount)",
                columns: ["Agent", "Mission", "Période", "État", "Convention"], rows: rows)
        let states =
            [(value: "", text: "Tous")]
            + SupervisedAgreementState.allCases.map { (value: $0.rawValue, text: label($0)) }
        let main: HTML = """
            <h1>Agents encadrés</h1>
            <p>Les conventions de mission des agents pour qui vous signez en tant que responsable hiérarchique, celles qui attendent votre signature en premier.</p>
            <form method="get" action="\(path)" aria-label="Filtrer les conventions">
            \(WebField.select("etat", label: "État de la convention", options: states, selected: state?.rawValue ?? "", error: nil))
            <button class="fr-btn fr-btn--secondary" type="submit">Filtrer</button>
            </form>
            <p>\(page.total) convention\(page.total > 1 ? "s" : "")</p>
            \(list)
            \(pagination(page, state: state))
            """
        return WebResponse.page(WebLayout.page("Agents encadrés", context: context, main: main), context: context)
    }

    /// The state in French.
    static func label(_ state: SupervisedAgreementState) -> String {
        switch state {
        case .toSign: "À signer"
        case .signed: "Signée"
        case .refused: "Refusée"
        case .running: "En cours"
        case .interrupted: "Interrompue"
        case .completed: "Terminée"
        }
    }

    private static func badge(_ state: SupervisedAgreementState) -> HTML {
        let kind: WebLayout.BadgeKind? =
            switch state {
            case .toSign: .new
            case .signed, .running: .info
            case .refused: .error
            case .interrupted: .warning
            case .completed: .success
            }
        return WebLayout.badge(label(state), kind)
    }

    /// The DSFR pagination of the list, keeping the filter.
    private static func pagination(_ page: SupervisedAgreementPage, state: SupervisedAgreementState?) -> HTML {
        WebPagination.numbered(current: page.page, count: page.pageCount) { number in
            URLQuery.link(path, [(name: "etat", value: state?.rawValue), (name: "page", value: String(number))])
        }
    }
}
