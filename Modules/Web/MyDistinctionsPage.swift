import Domain
import Gamification
import HTML
import HTTP
import Workflows

/// `/mes-distinctions`: the signed-in user's virtual diplomas (Open Badges), each with its public
/// verification page, their distinctions, and for a talent the choice to appear in the public
/// spotlight, posted to `/a-l-honneur/participation` (``SpotlightPage/participate(_:)``).
enum MyDistinctionsPage {
    static func render(
        _ context: WebContext, spotlightError: String? = nil, alert: String? = nil,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let caller = Caller.user(user)
        let diplomas = try context.workflows.myBadges(by: caller)
        let distinctions = try context.workflows.myDistinctions(by: caller)
        let diplomaList: HTML =
            diplomas.isEmpty
            ? "<p>Vous n'avez pas encore de diplôme virtuel : il est délivré à la fin de chaque mission menée à bien.</p>"
            : "<ul class=\"cards\">\(each: diplomas.reversed(), diploma)</ul>"
        let distinctionList: HTML =
            distinctions.isEmpty
            ? "<p>Vous n'avez pas encore de distinction. <a href=\"/a-l-honneur\">Voir les talents à l'honneur</a></p>"
            : "<ul class=\"cards\">\(each: distinctions, distinction)</ul>"
        let spotlight = try spotlightSection(context, user: user, error: spotlightError)
        let main: HTML = """
            <h1>Mes distinctions et diplômes</h1>
            \(WebLayout.alert(alert))
            <h2>Mes diplômes virtuels</h2>
            <p>Chaque diplôme est un badge numérique au format Open Badges 2.0 : toute personne peut le vérifier sur sa page publique.</p>
            \(diplomaList)
            <h2>Mes distinctions</h2>
            \(distinctionList)
            <h2 id="a-l-honneur">À l'honneur</h2>
            \(spotlight)
            """
        return WebResponse.page(
            WebLayout.page("Mes distinctions", context: context, main: main), context: context,
            status: status)
    }

    private static func diploma(_ record: BadgeAssertionRecord) -> HTML {
        let badge = MissionNatureBadge(record.nature)
        let state: HTML =
            record.isRevoked
            ? "<p class=\"meta\"><strong>Révoqué</strong>\(record.revocationReason.map { " : \($0)" } ?? "")</p>"
            : "<p class=\"meta\">Valide</p>"
        return """
            <li class="card">
            <h3>\(badge.name)</h3>
            <p class="meta">\(record.evidence.title) · pour \(record.evidence.beneficiary)</p>
            <p class="meta">Délivré le \(WebFormat.date(record.issuedAt.utcDate)) · temps validé : \(WebFormat.duration(minutes: record.evidence.validatedMinutes))</p>
            \(state)
            <p><a href="\(DiplomaVerificationPage.path(record.publicID))">Vérifier le diplôme « \(badge.name) » du \(WebFormat.date(record.issuedAt.utcDate))</a></p>
            <p><a href="/badges/assertions/\(record.publicID)/image" download>Télécharger le badge « \(badge.name) » (image SVG Open Badges)</a></p>
            \(DocumentPage.links(DocumentPage.certificatePaths(record.publicID), name: "de l’attestation « \(badge.name) »"))
            </li>
            """
    }

    private static func distinction(_ record: HeldDistinction) -> HTML {
        let definition = DistinctionCatalogue.definition(record.code)
        return """
            <li class="card">
            <h3>\(definition.name)</h3>
            <p>\(definition.description)</p>
            <p class="meta">Obtenue le \(WebFormat.date(record.awardedAt.utcDate))</p>
            </li>
            """
    }

    private static func spotlightSection(_ context: WebContext, user: User, error: String?) throws -> HTML {
        let intro: HTML =
            "<p>La page publique <a href=\"/a-l-honneur\">À l'honneur</a> présente les talents qui l'ont choisi, avec leur administration, leurs missions menées à bien, leurs heures validées et leurs distinctions des 90 derniers jours.</p>"
        guard user.has(.talent) else { return intro }
        guard let talent = try TalentProfilePage.ownProfile(context, user) else {
            return "\(intro)<p><a href=\"/mon-profil\">Créez votre profil de talent</a> pour pouvoir y apparaître.</p>"
        }
        let consent = try context.workflows.spotlightConsent(talent.value.id, by: .user(user))
        let hidden = WebField.hidden(context, revision: consent.revision)
        if let since = consent.value.consentedAt {
            return """
                \(intro)
                <p>Vous avez choisi d'apparaître à l'honneur le \(WebFormat.instant(since)).</p>
                <form method="post" action="/a-l-honneur/participation">\(hidden)<input type="hidden" name="choix" value="retrait">
                <button class="fr-btn fr-btn--secondary" type="submit">Ne plus apparaître à l'honneur</button></form>
                """
        }
        return """
            \(intro)
            <p>Vous n'y apparaissez pas.</p>
            <form method="post" action="/a-l-honneur/participation" novalidate>\(hidden)<input type="hidden" name="choix" value="participation">
            \(WebField.checkbox("consentement-honneur", name: "consentement",
                                label: "J'accepte que mon nom, mon administration et mes contributions figurent sur la page publique « À l'honneur ».",
                                checked: false, error: error))
            <button class="fr-btn" type="submit">Apparaître à l'honneur</button>
            </form>
            """
    }
}
