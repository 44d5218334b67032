import Domain
import HTML
import HTTP

/// The pages every State site must have, linked from every page's footer: `/mentions-legales`,
/// `/donnees-personnelles`, `/accessibilite` (the accessibility declaration: RGAA, décret
/// n° 2019-768) and `/plan-du-site`. The first three show the operator's file when there is one
/// (``WebLegal``), else the built-in French text below, which says what the service does today
/// and names the settings an operator fills in.
enum LegalPages {
    static func render(_ page: String, _ context: WebContext) throws -> HTTPResponse {
        let legal = context.legal
        let title: String
        let builtIn: HTML
        switch page {
        case "mentions-legales": (title, builtIn) = ("Mentions légales", legalNotice)
        case "donnees-personnelles": (title, builtIn) = ("Données personnelles", personalData(legal))
        case "accessibilite": (title, builtIn) = ("Déclaration d'accessibilité", accessibility(legal))
        default: throw NotFoundError("page", key: page)
        }
        let main: HTML = """
            <h1>\(title)</h1>
            <div class="talents-legal">
            \(legal.override(page) ?? builtIn)
            </div>
            """
        return WebResponse.page(WebLayout.page(title, context: context, trail: [], main: main), context: context)
    }

    /// Every page a visitor may reach by a link, and those of the signed-in person's menu.
    static func siteMap(_ context: WebContext) -> HTTPResponse {
        let links: (WebLayout.MenuItem) -> HTML = { "<li><a href=\"\($0.path)\">\($0.label)</a></li>" }
        let personal: HTML? = context.user.map { user -> HTML in
            let items =
                [WebLayout.MenuItem(path: "/mon-espace", label: "Mon espace")]
                + WebLayout.menu(user).filter { !WebLayout.menu(nil).contains($0) }
            return "<h2>Votre espace</h2><ul>\(each: items, links)</ul>"
        }
        let main: HTML = """
            <h1>Plan du site</h1>
            <h2>Le programme</h2>
            <ul>
            <li><a href="/">Accueil</a></li>
            \(each: WebLayout.menu(nil), links)
            <li><a href="/connexion">Se connecter</a></li>
            </ul>
            \(personal)
            <h2>Informations</h2>
            <ul>
            <li><a href="/mentions-legales">Mentions légales</a></li>
            <li><a href="/donnees-personnelles">Données personnelles</a></li>
            <li><a href="/accessibilite">Accessibilité : \(context.legal.accessibility.label)</a></li>
            </ul>
            """
        return WebResponse.page(WebLayout.page("Plan du site", context: context, main: main), context: context)
    }

    private static let legalNotice: HTML = """
        <h2>Éditeur</h2>
        <p>Le service « Partagez vos talents numériques » est édité par la direction interministérielle du numérique (DINUM), 20 avenue de Ségur, 75007 Paris, pour le programme interministériel du même nom.</p>
        <h2>Directeur de la publication</h2>
        <p>Le directeur interministériel du numérique.</p>
        <h2>Hébergement</h2>
        <p>Le service est hébergé sur l'infrastructure choisie par l'opérateur du programme, en France. Le nom et l'adresse de l'hébergeur sont précisés par l'exploitant dans cette page.</p>
        <h2>Propriété intellectuelle</h2>
        <p>Sauf mention contraire, les contenus de ce site sont publiés sous licence Ouverte Etalab 2.0. Le système de design de l'État (DSFR) est publié sous licence MIT ; la marque de l'État (« bloc-marque » République Française) et la police Marianne sont réservées aux services de l'État.</p>
        <h2>Liens</h2>
        <p>Tout site peut faire un lien vers ce service sans autorisation préalable. Les pages de ce service ne font appel à aucun service tiers (ni mesure d'audience, ni police ou script externes).</p>
        """

    private static func personalData(_ legal: WebLegal) -> HTML {
        """
        <h2>Responsable de traitement</h2>
        <p>La direction interministérielle du numérique (DINUM), qui opère le programme « Partagez vos talents numériques ».</p>
        <h2>Données traitées et finalités</h2>
        <ul>
        <li><strong>Compte</strong> : nom, adresse électronique professionnelle, administration et rôles — pour vous connecter et vous donner accès aux pages de votre rôle.</li>
        <li><strong>Profil de talent</strong> : employeur, statut, département, responsable hiérarchique (nom et adresse électronique), compétences et niveaux, disponibilité, présentation, consentement au vivier — pour proposer votre expertise et être trouvé par les responsables de mission si vous rejoignez le vivier.</li>
        <li><strong>Candidatures, conventions, ordres de mission, temps déclarés et avis</strong> — pour conduire les missions et en garder la preuve.</li>
        <li><strong>Diplômes et distinctions</strong> — pour reconnaître les missions accomplies ; votre présence dans « À l'honneur » suppose votre accord, que vous retirez à tout moment.</li>
        <li><strong>Vis mon job</strong> : adresse électronique, établissement, niveau d'études et préférences des élèves et étudiants inscrits ; métier et lieu des ambassadeurs — pour former les binômes.</li>
        <li><strong>Journal d'audit</strong> : qui a fait quelle action et quand — pour la sécurité et la traçabilité des décisions.</li>
        </ul>
        <h2>Base légale</h2>
        <p>Le traitement est nécessaire à l'exécution d'une mission d'intérêt public dont est investi le responsable de traitement (article 6.1.e du règlement général sur la protection des données). L'apparition dans le vivier et dans « À l'honneur » repose en outre sur votre accord, que vous retirez depuis votre profil ou vos distinctions.</p>
        <h2>Destinataires</h2>
        <p>Les agents de l'équipe du programme et, pour chaque mission, les personnes qui y ont un rôle : le responsable de mission, votre responsable hiérarchique, le référent de votre administration. Aucune donnée n'est cédée ni utilisée à des fins commerciales.</p>
        <h2>Durées de conservation</h2>
        <ul>
        <li>Lien de connexion : 15 minutes ; session : 12 heures.</li>
        <li>Inscription Vis mon job : jusqu'à son retrait par l'élève (qui efface ses données) ou la fin de l'édition.</li>
        <li>Compte, profil, candidatures, conventions et temps déclarés : pendant la durée du programme, puis selon les règles d'archivage des administrations concernées.</li>
        </ul>
        <h2>Cookies</h2>
        <p>Ce service dépose deux cookies strictement nécessaires à son fonctionnement, exemptés de consentement : <code>talents_session</code> (votre session une fois connecté) et <code>talents_visiteur</code> (la protection des formulaires avant connexion). Aucun cookie de mesure d'audience ou de publicité.</p>
        <h2>Vos droits</h2>
        <p>Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition au traitement de vos données (articles 15 à 21 du RGPD). Pour les exercer, écrivez au délégué à la protection des données : \(legal.dpoContact).</p>
        <p>Une fois connecté, vous consultez et téléchargez à tout moment tout ce que la plateforme conserve à votre sujet depuis <a href="/mes-donnees">Mes données</a> (droits d'accès et à la portabilité).</p>
        <p>Vous pouvez aussi y fermer votre compte (droit à l'effacement) : votre nom, votre adresse, votre profil, vos textes et vos messages sont effacés ou remplacés par « Compte fermé », vos diplômes révoqués ; le programme garde sans votre nom les conventions terminées, les heures et les crédits, et le journal d'audit. Une convention en attente de signatures ou en cours doit d'abord être interrompue. L'équipe du programme ferme le compte à votre demande écrite.</p>
        <p>Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL, www.cnil.fr).</p>
        """
    }

    private static func accessibility(_ legal: WebLegal) -> HTML {
        let state: HTML =
            switch legal.accessibility {
            case .full:
                "<p>Le service « Partagez vos talents numériques » est <strong>totalement conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.</p>"
            case .partial:
                "<p>Le service « Partagez vos talents numériques » est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.</p>"
            case .none:
                "<p>Le service « Partagez vos talents numériques » est <strong>non conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1 : aucun audit de conformité n'a encore été réalisé.</p>"
            }
        return """
            <p>La direction interministérielle du numérique s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique au service « Partagez vos talents numériques ».</p>
            <h2>État de conformité</h2>
            \(state)
            <h2>Résultats des tests</h2>
            <p>Aucun audit RGAA n'a été mené. Chaque page du service est vérifiée automatiquement à chaque version avec l'outil axe-core (règles WCAG 2.1 niveaux A et AA), sur un écran de bureau et sur un écran de téléphone ; ces tests ne couvrent qu'une partie des critères du RGAA.</p>
            <h2>Contenus non accessibles</h2>
            <p>Sans audit, la liste des non-conformités n'est pas établie. La navigation au clavier et l'usage avec un lecteur d'écran n'ont pas encore été testés par des personnes qui en ont l'usage.</p>
            <h2>Établissement de cette déclaration</h2>
            <p>Cette déclaration a été établie par l'équipe du programme, sans audit. Technologies utilisées : HTML5, CSS (système de design de l'État, DSFR 1.14) ; les pages fonctionnent sans JavaScript. Environnement de test automatique : Chromium sans interface avec axe-core.</p>
            <h2>Retour d'information et contact</h2>
            <p>Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'équipe du programme pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme : \(legal.contact).</p>
            <h2>Voies de recours</h2>
            <p>Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :</p>
            <ul>
            <li>écrire un message au Défenseur des droits (formulaire en ligne sur www.defenseurdesdroits.fr) ;</li>
            <li>contacter le délégué du Défenseur des droits dans votre région (www.defenseurdesdroits.fr/saisir/delegues) ;</li>
            <li>envoyer un courrier par la poste, gratuit, sans mettre de timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
            </ul>
            """
    }
}
