import Domain
import HTML
import HTTP
import Workflows

/// `/`: what the programme is, the latest published missions, how it works.
enum HomePage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let latest = try context.workflows.publishedMissions(matching: MissionSearch(limit: 6)).items
        let missions: HTML =
            latest.isEmpty
            ? "<p>Aucune mission n'est publiée pour le moment.</p>"
            : try WebLayout.missionCards(latest, context: context)
        let main: HTML = """
            <h1>Partagez vos talents numériques</h1>
            <p>Agents publics du numérique, consacrez une petite part de votre temps de travail au projet numérique d'une autre administration, sans changer de position administrative ni de rémunération.</p>
            <p><a class="fr-btn" href="/missions">Voir les missions</a></p>
            <h2>Je suis une administration</h2>
            <p>Besoin d’un renfort ponctuel ? Tout agent d’un service de l’État peut proposer une mission : l’équipe du programme la relit avant de la publier.</p>
            <p><a class="fr-btn fr-btn--secondary" href="\(ProposalPage.path)">Proposer une mission</a></p>
            <h2>Dernières missions publiées</h2>
            \(missions)
            <h2>Comment ça marche</h2>
            <ol>
            <li>Vous proposez votre expertise pour une mission publiée, avec un message de motivation.</li>
            <li>Le responsable de mission vous répond sous 14 jours : échange, acceptation ou refus motivé.</li>
            <li>Un accord tripartite est signé par vous, votre responsable hiérarchique et le responsable de mission ; votre administration émet un ordre de mission.</li>
            <li>Vous déclarez votre temps ; votre administration reçoit des crédits et vous un diplôme virtuel à la fin de la mission.</li>
            </ol>
            """
        return WebResponse.page(WebLayout.page("Accueil", context: context, main: main), context: context)
    }
}
