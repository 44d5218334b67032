import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/proposer-une-mission` (issue 22): the door of "Je suis une administration — proposer une
/// mission". Signed out, the error page leads through sign-in (or sign-up) and back here. An
/// agent whose employment a referent confirmed (or a mission owner, the operator) finds the way
/// to the mission form; any other agent reads why they may not propose yet and what to do.
enum ProposalPage {
    static let path = "/proposer-une-mission"

    /// GET: the way to the form, or the reason and the steps.
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let employer = try context.workflows.confirmedEmployer(of: user)
        let next: HTML =
            NewMission.mayPropose(user, confirmedEmployerID: employer)
            ? """
            <p>Décrivez le besoin : le brouillon n’est visible que de vous jusqu’à ce que vous le soumettiez.</p>
            <p><a class="fr-btn" href="\(MissionFormPage.newPath)">Rédiger la mission</a></p>
            """
            : """
            <div class="fr-alert fr-alert--info fr-mb-3w">
            <h2 class="fr-alert__title">Votre emploi doit d’abord être confirmé</h2>
            <p>Pour proposer une mission, un référent de votre administration confirme que vous y travaillez.</p>
            </div>
            <ol>
            <li>Complétez votre profil en indiquant l’administration où vous travaillez.</li>
            <li>Un référent de cette administration confirme votre emploi : vous pourrez alors proposer une mission.</li>
            </ol>
            <p><a class="fr-btn" href="\(WebPaths.profile)">Compléter mon profil</a></p>
            """
        let main: HTML = """
            <h1>Proposer une mission</h1>
            <p>Tout agent d’un service de l’État peut proposer une mission pour son administration ou l’un de ses services : l’équipe du programme la relit avant de la publier, et vous en devenez le responsable.</p>
            \(next)
            """
        return WebResponse.page(WebLayout.page("Proposer une mission", context: context, main: main), context: context)
    }
}
