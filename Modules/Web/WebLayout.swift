import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// The frame of every page, in the State design system (DSFR, `dsfr/README.md`): French, the
/// DSFR header (bloc-marque "République Française", the service's name and tagline, the menu of
/// what the signed-in person's roles may use), landmarks, skip links, one `h1` per page given by
/// the page itself, the DSFR footer with the mandatory links and the accessibility status
/// (``WebLegal``), and no script: the phone menu is a `<details>` (docs/operations.md, "Web front").
enum WebLayout {
    static let serviceName = "Partagez vos talents numériques"
    static let tagline = "Les experts du numérique de l'État au service des projets publics"

    /// A link of the menu.
    struct MenuItem: Equatable {
        let path: String
        let label: String
    }

    /// A whole document titled `title` around `main`; `trail` is the breadcrumb of the page's
    /// parents (label, path), from the home page's child down, when it has some. What every page
    /// shares is built once per process (``documentStart``, ``headerStart``, ``footers``).
    static func page(_ title: String, context: WebContext, trail: [(String, String)] = [], main: HTML) -> HTML {
        let path = context.http.path
        let links = HTML.joined(menu(context.user).map { link($0, path: path) })
        return """
            \(documentStart)
            <title>\(title) — \(serviceName)</title>
            \(headerStart)\(account(context, path: path))</ul></div></div>
            </div></div></div>
            <div id="navigation-principale">
            <div class="fr-header__menu talents-menu-wide"><div class="fr-container">
            <nav class="fr-nav" aria-label="Menu principal"><ul class="fr-nav__list">
            \(links)
            </ul></nav>
            </div></div>
            <details class="talents-menu-phone"><summary class="fr-container">Menu</summary>
            <div class="fr-container"><nav class="fr-nav" aria-label="Menu principal"><ul class="fr-nav__list">
            \(links)
            \(account(context, path: path, phone: true))
            </ul></nav></div>
            </details>
            </div>
            </header>
            <main id="contenu" tabindex="-1"><div class="fr-container fr-pt-3w fr-pb-6w">
            \(breadcrumb(trail, current: title))
            \(main)
            </div></main>
            \(footers[context.legal.accessibility])
            </body>
            </html>
            """
    }

    /// The document up to its title.
    private static let documentStart: HTML = """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
        <meta name="format-detection" content="telephone=no">
        <meta name="theme-color" content="#000091">
        """

    /// From the title's end to the list of the account's buttons: the assets, the skip links and
    /// the header's brand.
    private static let headerStart: HTML = """
        <link rel="stylesheet" href="\(WebAssets.dsfrStylesheet)">
        <link rel="stylesheet" href="\(WebAssets.dsfrPrefix)dsfr/dsfr.print.min.css" media="print">
        <link rel="stylesheet" href="\(WebAssets.stylesheet.path)">
        <link rel="icon" href="\(WebAssets.favicon)" type="image/svg+xml">
        <link rel="shortcut icon" href="\(WebAssets.faviconICO)" type="image/x-icon">
        <link rel="apple-touch-icon" href="\(WebAssets.appleTouchIcon)">
        </head>
        <body>
        <div class="fr-skiplinks"><nav class="fr-container" aria-label="Accès rapide"><ul class="fr-skiplinks__list">
        <li><a class="fr-link" href="#contenu">Contenu</a></li>
        <li><a class="fr-link" href="#navigation-principale">Menu</a></li>
        <li><a class="fr-link" href="#pied-de-page">Pied de page</a></li>
        </ul></nav></div>
        <header class="fr-header">
        <div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
        <div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div>
        <div class="fr-header__service">
        <a href="/" title="Accueil — \(serviceName)"><p class="fr-header__service-title">\(serviceName)</p></a>
        <p class="fr-header__service-tagline">\(tagline)</p>
        </div>
        </div>
        <div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group">
        """

    /// The links of the menu: the public pages, then what each of the user's roles may use
    /// (the use cases decide the rights; the menu only leaves out what a role would be refused).
    static func menu(_ user: User?) -> [MenuItem] {
        var items = [
            MenuItem(path: "/missions", label: "Missions"), MenuItem(path: "/a-l-honneur", label: "À l'honneur"),
            MenuItem(path: "/vis-mon-job", label: "Vis mon job")
        ]
        guard let user else { return items }
        if user.has(.talent) {
            items += [
                MenuItem(path: RecommendedMissionsPage.path, label: "Pour moi"),
                MenuItem(path: "/mes-candidatures", label: "Mes candidatures")
            ]
        }
        if user.has(.talent) || user.has(.lineManager) || user.has(.referent) || user.has(.missionOwner) {
            items.append(MenuItem(path: "/mes-conventions", label: "Mes conventions"))
        }
        if user.has(.lineManager) {
            items.append(MenuItem(path: SupervisedAgentsPage.path, label: "Agents encadrés"))
        }
        if user.has(.referent) {
            items += [
                MenuItem(path: ReferentOrdersPage.path, label: "Ordres de mission"),
                MenuItem(path: ReferentCreditsPage.path, label: "Crédits"),
                MenuItem(path: WebPaths.employmentsToConfirm, label: "Agents à confirmer"),
                MenuItem(path: UsersPage.path, label: "Utilisateurs")
            ]
        }
        if user.has(.talent) {
            items += [
                MenuItem(path: "/mon-profil", label: "Mon profil"),
                MenuItem(path: "/mes-distinctions", label: "Mes distinctions")
            ]
        }
        if user.has(.missionOwner) {
            items += [
                MenuItem(path: "/espace-responsable/missions", label: "Mes missions"),
                MenuItem(path: PoolSearchPage.path, label: "Vivier")
            ]
        }
        if user.has(.missionOwner) || user.has(.operator) {
            items.append(MenuItem(path: "/espace-responsable/candidatures", label: "Candidatures à mes missions"))
        }
        if user.has(.operator) {
            items.append(MenuItem(path: "/console", label: "Console"))
        }
        return items
    }

    /// A link of the menu; `aria-current` marks the page (or the section) shown.
    private static func link(_ item: MenuItem, path: String) -> HTML {
        let current: HTML? =
            path == item.path
            ? " aria-current=\"page\""
            : path.hasPrefix(item.path + "/") ? " aria-current=\"true\"" : nil
        return
            "<li class=\"fr-nav__item\"><a class=\"fr-nav__link\" href=\"\(item.path)\"\(current)>\(item.label)</a></li>"
    }

    /// "Mon espace" and "Se déconnecter (name)", or "Se connecter".
    private static func account(_ context: WebContext, path: String, phone: Bool = false) -> HTML {
        let style = phone ? "fr-nav__link" : "fr-btn"
        let item: HTML = phone ? "<li class=\"fr-nav__item\">" : "<li>"
        guard let user = context.user else {
            return "\(item)<a class=\"\(style)\" href=\"/connexion\">Se connecter</a></li>"
        }
        let current: HTML? = path == "/mon-espace" ? " aria-current=\"page\"" : nil
        return """
            \(item)<a class="\(style)" href="/mon-espace"\(current)>Mon espace</a></li>
            \(item)<form method="post" action="/deconnexion">\(context.csrfField)<button class="\(phone ? "fr-nav__btn" : "fr-btn")" type="submit">Se déconnecter (\(user.displayName))</button></form></li>
            """
    }

    /// The DSFR breadcrumb of a page with parents: always shown (its phone toggle needs the script).
    private static func breadcrumb(_ trail: [(String, String)], current: String) -> HTML? {
        guard !trail.isEmpty else { return nil }
        let parents = ([("Accueil", "/")] + trail).map { (label, path) -> HTML in
            "<li><a class=\"fr-breadcrumb__link\" href=\"\(path)\">\(label)</a></li>"
        }
        return """
            <nav class="fr-breadcrumb fr-mt-0" aria-label="Vous êtes ici :"><ol class="fr-breadcrumb__list">
            \(HTML.joined(parents))<li><a class="fr-breadcrumb__link" aria-current="page">\(current)</a></li>
            </ol></nav>
            """
    }

    /// The footer of each accessibility status, built once.
    private static let footers = Dictionary(
        uniqueKeysWithValues: WebLegal.Compliance.allCases.map { ($0, footer(accessibility: $0)) })

    /// The DSFR footer: the programme, the State's sites, the mandatory pages and the
    /// accessibility status of the declaration.
    private static func footer(accessibility: WebLegal.Compliance) -> HTML {
        let external = [
            ("info.gouv.fr", "https://www.info.gouv.fr"), ("service-public.fr", "https://www.service-public.fr"),
            ("legifrance.gouv.fr", "https://www.legifrance.gouv.fr"), ("data.gouv.fr", "https://www.data.gouv.fr")
        ]
        return """
            <footer class="fr-footer" id="pied-de-page">
            <div class="fr-container">
            <div class="fr-footer__body">
            <div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l'accueil du site — \(serviceName) — République Française"><p class="fr-logo">République<br>Française</p></a></div>
            <div class="fr-footer__content">
            <p class="fr-footer__content-desc">\(serviceName) : un programme de la direction interministérielle du numérique (DINUM). Les pages de ce service s'utilisent sans JavaScript.</p>
            <ul class="fr-footer__content-list">
            \(each: external, { "<li class=\"fr-footer__content-item\"><a class=\"fr-footer__content-link\" href=\"\($0.1)\">\($0.0)</a></li>" })
            </ul>
            </div>
            </div>
            <div class="fr-footer__bottom">
            <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/plan-du-site">Plan du site</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/contact">Contactez-nous</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : \(accessibility.label)</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/donnees-personnelles">Données personnelles</a></li>
            </ul>
            <div class="fr-footer__bottom-copy"><p>Sauf mention contraire, les contenus de ce site sont proposés sous licence Ouverte Etalab 2.0.</p></div>
            </div>
            </div>
            </footer>
            """
    }

    /// A data table with a caption for screen readers and column headers, in a region that
    /// scrolls sideways on a narrow screen rather than the whole page (focusable, so a keyboard
    /// can scroll it too: WCAG 2.1.1).
    static func table(_ caption: String, columns: [String], rows: [HTML]) -> HTML {
        let head = HTML.joined(columns.map { "<th scope=\"col\">\($0)</th>" as HTML })
        return """
            <div class="fr-table fr-table--no-caption"><div class="fr-table__wrapper">
            <div class="fr-table__container" role="region" aria-label="\(caption)" tabindex="0"><div class="fr-table__content">
            <table><caption>\(caption)</caption>
            <thead><tr>\(head)</tr></thead><tbody>\(HTML.joined(rows))</tbody></table></div></div></div></div>
            """
    }

    /// A field's error, tied to it by `aria-describedby="<id>-erreur"`.
    static func fieldError(_ id: String, _ message: String?) -> HTML? {
        message.map { "<p class=\"fr-error-text\" id=\"\(id)-erreur\">Erreur : \($0)</p>" }
    }

    /// A message about the whole page or form, at its top and read out at once; `id` names it
    /// when something points to it.
    static func alert(_ message: String?, id: String? = nil) -> HTML? {
        guard let message else { return nil }
        let name: HTML? = id.map { " id=\"\($0)\"" }
        return
            "<div class=\"fr-alert fr-alert--error fr-alert--sm fr-mb-3w\" role=\"alert\"\(name)><p>\(message)</p></div>"
    }

    /// The summary of a form's errors at its top: `title`, an optional `note` about the whole
    /// form, and each field's message linking to the field (RGAA 11.10).
    static func errorSummary(
        _ title: String, note: String? = nil,
        errors: [(field: String, message: String)]
    ) -> HTML? {
        guard note != nil || !errors.isEmpty else { return nil }
        let links = errors.map { error -> HTML in "<li><a href=\"#\(error.field)\">\(error.message)</a></li>" }
        return """
            <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" aria-labelledby="erreurs-titre">
            <h2 class="fr-alert__title" id="erreurs-titre">\(title)</h2>
            \(note.map { "<p>Erreur : \($0)</p>" as HTML })
            \(links.isEmpty ? nil : "<ul>\(HTML.joined(links))</ul>" as HTML)
            </div>
            """
    }

    /// The colour of a status badge: the DSFR's system colours, each with its icon.
    enum BadgeKind: String {
        case success, error, info, warning, new
    }

    /// A state shown as a small DSFR badge (`fr-badge`), coloured by `kind` when it has one.
    static func badge(_ text: String, _ kind: BadgeKind?) -> HTML {
        let colour: HTML? = kind.map { " fr-badge--\($0.rawValue)" }
        return "<span class=\"fr-badge fr-badge--sm\(colour)\">\(text)</span>"
    }

    /// Published missions as cards: what, offered by whom, which skills, when, where; each whole
    /// card is its link.
    static func missionCards(_ missions: [Mission], context: WebContext) throws -> HTML {
        let administrations = try context.workflows.administrations(missions.map(\.administrationID))
        return
            "<ul class=\"cards\">\(each: missions, { missionCard($0, offeredBy: administrations[$0.administrationID]) })</ul>"
    }

    /// One mission as a card of a list.
    private static func missionCard(_ mission: Mission, offeredBy administration: Administration?) -> HTML {
        let details = mission.details
        let place = [details.departement.map { "Département \($0.code)" }, details.remote ? "À distance possible" : nil]
            .compactMap { $0 }.joined(separator: " · ")
        let skills = details.requiredSkills.map { SkillTaxonomy.standard.skill($0.code)?.name ?? $0.code.rawValue }
        return """
            <li class="card fr-enlarge-link">
            <h3><a href="/missions/\(mission.id.rawValue)">\(details.title)</a></h3>
            <p>\(administration.map(WebFormat.administration) ?? "")</p>
            <p class="meta">Compétences : \(skills.joined(separator: ", "))</p>
            <p class="meta">\(details.nature.label) · \(details.effortHours) h · du \(WebFormat.date(details.window.start)) au \(WebFormat.date(details.window.end))</p>
            <p class="meta">\(place)</p>
            <p class="meta">Candidatures jusqu'au \(WebFormat.date(details.applicationDeadline))</p>
            </li>
            """
    }
}
