import Domain
import HTML

/// The built-in text of `/donnees-personnelles` (``LegalPages``): the register of processing in
/// plain French — what is processed, why, on which legal basis, who sees it and how long it is
/// kept under the configured periods (``PersonalDataRegister``, the same value docs/privacy.md
/// is checked against), the rights and how to exercise them, the data protection officer's contact.
enum PersonalDataNotice {
    /// The page's content under its title.
    static func content(_ legal: WebLegal) -> HTML {
        let processings = PersonalDataRegister.processings(legal.retention)
        let rows = processings.map { processing -> HTML in
            """
            <tr><th scope="row">\(processing.name)</th><td>\(processing.data)</td><td>\(processing.purpose)</td>\
            <td>\(processing.basis.french)</td><td>\(processing.recipients)</td><td>\(processing.retention.french)</td></tr>
            """
        }
        let inactivity = PersonalDataProcessing.Retention.frenchDays(legal.retention.inactivityDays)
        return """
            <h2>Responsable de traitement</h2>
            <p>La direction interministérielle du numérique (DINUM), qui opère le programme « Partagez vos talents numériques ». Le traitement est nécessaire à l’exécution d’une mission d’intérêt public dont elle est investie (article 6.1.e du règlement général sur la protection des données, RGPD) ; ce que vous choisissez d’ajouter (votre présence dans le vivier ou dans « À l’honneur », l’inscription d’un élève à Vis mon job) repose sur votre accord.</p>
            <h2>Données traitées, finalités et durées de conservation</h2>
            \(WebLayout.table(
                "Traitements de données personnelles",
                columns: ["Traitement", "Données", "Finalité", "Base légale", "Qui y accède", "Durée de conservation"],
                rows: rows))
            <p>Passé ces durées, une tâche quotidienne efface les données ou les remplace par un pseudonyme ; les fichiers des courriels envoyés sont supprimés en même temps. Sans connexion à votre compte pendant \(inactivity), vous recevez deux courriels, un mois puis sept jours avant l’anonymisation : il suffit de vous connecter pour garder votre compte.</p>
            <p>Aucune donnée n’est cédée ni utilisée à des fins commerciales. Les sauvegardes faites par l’exploitant sont conservées 30 jours au plus.</p>
            <h2>Cookies</h2>
            <p>Ce service dépose deux cookies strictement nécessaires à son fonctionnement, exemptés de consentement : <code>talents_session</code> (votre session une fois connecté) et <code>talents_visiteur</code> (la protection des formulaires avant connexion). Aucun cookie de mesure d’audience ou de publicité.</p>
            <h2>Vos droits</h2>
            <p>Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation et d’opposition au traitement de vos données (articles 15 à 21 du RGPD).</p>
            <ul>
            <li>Une fois connecté, vous consultez et téléchargez à tout moment tout ce que la plateforme conserve à votre sujet depuis <a href="/mes-donnees">Mes données</a> (droits d’accès et à la portabilité).</li>
            <li>Vous pouvez aussi y fermer votre compte (droit à l’effacement) : votre nom, votre adresse, votre profil, vos textes et vos messages sont effacés ou remplacés par « Compte fermé », vos diplômes révoqués ; le programme garde sans votre nom les conventions terminées, les heures et les crédits, et le journal d’audit. Une convention en attente de signatures ou en cours doit d’abord être interrompue. L’équipe du programme ferme le compte à votre demande écrite.</li>
            <li>Vous corrigez votre profil depuis votre espace et retirez votre accord (vivier, « À l’honneur ») à tout moment.</li>
            <li>Pour toute autre demande, écrivez au délégué à la protection des données : \(legal.dpoContact).</li>
            </ul>
            <p>Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL, www.cnil.fr).</p>
            """
    }
}
