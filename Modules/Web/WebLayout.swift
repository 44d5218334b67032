import Domain
import HTML

/// The frame of every page: French, landmarks (header, nav, main, footer), a skip link, one
/// `h1` per page given by the page itself, and no script.
enum WebLayout {
    /// A whole document titled `title` around `main`.
    static func page(_ title: String, context: WebContext, main: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) — Partagez vos talents numériques</title>
        <link rel="stylesheet" href="\(WebAssets.stylesheet.path)">
        </head>
        <body>
        <a class="skip-link" href="#contenu">Aller au contenu</a>
        <header class="site"><div class="container">
        <a class="brand" href="/"><img src="\(WebAssets.logo.path)" alt="" width="48" height="48"><span>Partagez vos talents numériques</span></a>
        \(navigation(context))
        </div></header>
        <main id="contenu" tabindex="-1"><div class="container">
        \(main)
        </div></main>
        <footer class="site"><div class="container">
        <p>Un programme de la direction interministérielle du numérique (DINUM). Accessibilité : conformité RGAA visée, pages utilisables sans JavaScript.</p>
        </div></footer>
        </body>
        </html>
        """
    }

    private static func navigation(_ context: WebContext) -> HTML {
        let account: HTML
        if let user = context.user {
            let owner: HTML = user.has(.missionOwner) || user.has(.operator)
                ? "<li><a href=\"/espace-responsable/candidatures\">Candidatures à mes missions</a></li>" : .empty
            let talent: HTML = user.has(.talent)
                ? "<li><a href=\"/mon-profil\">Mon profil</a></li><li><a href=\"/mes-distinctions\">Mes distinctions</a></li>" : .empty
            let missions: HTML = user.has(.missionOwner) ? "<li><a href=\"/espace-responsable/missions\">Mes missions</a></li>" : .empty
            let console: HTML = user.has(.operator) ? "<li><a href=\"/console\">Console</a></li>" : .empty
            account = """
                <li><a href="/mes-candidatures">Mes candidatures</a></li>
                \(talent)
                \(missions)
                \(owner)
                <li><a href="/mes-conventions">Mes conventions</a></li>
                \(console)
                <li><form method="post" action="/deconnexion">\(context.csrfField)<button class="secondary" type="submit">Se déconnecter (\(user.displayName))</button></form></li>
                """
        } else {
            account = "<li><a href=\"/connexion\">Se connecter</a></li>"
        }
        return """
            <nav aria-label="Menu principal"><ul>
            <li><a href="/">Accueil</a></li>
            <li><a href="/missions">Missions</a></li>
            <li><a href="/a-l-honneur">À l'honneur</a></li>
            <li><a href="/vis-mon-job">Vis mon job</a></li>
            \(account)
            </ul></nav>
            """
    }

    /// A data table with a caption for screen readers and column headers, in a region that
    /// scrolls sideways on a narrow screen rather than the whole page (focusable, so a keyboard
    /// can scroll it too: WCAG 2.1.1).
    static func table(_ caption: String, columns: [String], rows: [HTML]) -> HTML {
        let head = HTML.joined(columns.map { "<th scope=\"col\">\($0)</th>" as HTML })
        return """
            <div class="table-scroll" role="region" aria-label="\(caption)" tabindex="0">
            <table><caption class="visually-hidden">\(caption)</caption>
            <thead><tr>\(head)</tr></thead><tbody>\(HTML.joined(rows))</tbody></table></div>
            """
    }

    /// A field's error, tied to it by `aria-describedby="<id>-erreur"`.
    static func fieldError(_ id: String, _ message: String?) -> HTML? {
        message.map { "<p class=\"error-text\" id=\"\(id)-erreur\">Erreur : \($0)</p>" }
    }

    /// A message about the whole page or form, at its top and read out at once; `id` names it
    /// when something points to it.
    static func alert(_ message: String?, id: String? = nil) -> HTML? {
        guard let message else { return nil }
        let name: HTML? = id.map { " id=\"\($0)\"" }
        return "<div class=\"alert\" role=\"alert\"\(name)><p>\(message)</p></div>"
    }

    /// The summary of a form's errors at its top: `title`, an optional `note` about the whole
    /// form, and each field's message linking to the field (RGAA 11.10).
    static func errorSummary(_ title: String, note: String? = nil,
                             errors: [(field: String, message: String)]) -> HTML? {
        guard note != nil || !errors.isEmpty else { return nil }
        let links = errors.map { error -> HTML in "<li><a href=\"#\(error.field)\">\(error.message)</a></li>" }
        return """
            <div class="alert" role="alert" aria-labelledby="erreurs-titre">
            <h2 id="erreurs-titre">\(title)</h2>
            \(note.map { "<p>Erreur : \($0)</p>" as HTML })
            \(links.isEmpty ? nil : "<ul>\(HTML.joined(links))</ul>" as HTML)
            </div>
            """
    }

    /// The mission as a card of a list.
    static func missionCard(_ mission: Mission) -> HTML {
        let details = mission.details
        let place = [details.departement.map { "Département \($0.code)" }, details.remote ? "À distance possible" : nil]
            .compactMap { $0 }.joined(separator: " · ")
        return """
            <li class="card">
            <h3><a href="/missions/\(mission.id.rawValue)">\(details.title)</a></h3>
            <p class="meta">\(details.nature.label) · \(details.effortHours) h · du \(WebFormat.date(details.window.start)) au \(WebFormat.date(details.window.end))</p>
            <p class="meta">\(place)</p>
            <p class="meta">Candidatures jusqu'au \(WebFormat.date(details.applicationDeadline))</p>
            </li>
            """
    }
}
