import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/mon-espace`: where everyone lands after signing in (issue 17). It lists what awaits the
/// person across their roles — agreements to sign, applications to answer (with the days left),
/// agreements to draw up, time to validate, mission orders to issue, employments to confirm,
/// missions to moderate, a talent's profile to create — each with a link to the page where they
/// act, from the one use case Workflows `pendingTasks(by:)`; then the pages each role uses.
enum MySpacePage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let tasks = try context.workflows.pendingTasks(by: user)
        var sections: [HTML] = []
        if tasks.talentProfileMissing {
            sections.append(
                section(
                    "profil", "Votre profil à compléter", counted: false,
                    [
                        "<li class=\"card\"><p>Votre profil de talent n'est pas encore créé : il est nécessaire pour proposer votre expertise aux missions.</p><p><a href=\"\(WebPaths.profile)\">Compléter mon profil</a></p></li>"
                    ]))
        }
        sections.append(
            section(
                "a-signer", "À signer",
                tasks.agreementsToSign.map { view in
                    agreement(
                        view, action: "Lire et signer la convention",
                        detail: "Vous signez comme \(view.callerParties.map(WebFormat.party).joined(separator: ", "))")
                }))
        sections.append(
            section(
                "a-repondre", "Candidatures à répondre",
                tasks.applicationsToAnswer.map { view in
                    let left = view.daysLeft
                    let due: String =
                        left > 0
                        ? "\(left) jour\(left > 1 ? "s" : "") restant\(left > 1 ? "s" : "") pour répondre"
                        : "En retard : le délai de \(Application.answerPeriodDays) jours est dépassé"
                    return """
                        <li class="card"><h3>\(view.missionTitle)</h3>
                        <p class="meta">Candidature de \(view.applicant?.displayName ?? "") · <strong>\(due)</strong> (échéance le \(WebFormat.instant(view.application.dueAt)))</p>
                        <p><a href="\(WebPaths.ownerApplication(view.application.id))">Répondre à la candidature</a></p></li>
                        """
                }))
        sections.append(
            section(
                "a-rediger", "Conventions à rédiger",
                tasks.agreementsToDraw.map { view in
                    """
                    <li class="card"><h3>\(view.missionTitle)</h3>
                    <p class="meta">Candidature acceptée de \(view.applicant?.displayName ?? "")</p>
                    <p><a href="/candidatures/\(view.application.id.rawValue)/convention">Rédiger la convention</a></p></li>
                    """
                }))
        sections.append(
            section(
                "temps-a-valider", "Temps à valider",
                tasks.timeReportsToValidate.map { item in
                    agreement(
                        item.agreement, action: "Valider les temps",
                        detail:
                            "\(item.reports) déclaration\(item.reports > 1 ? "s" : "") à valider, \(WebFormat.duration(minutes: item.minutes))",
                        path: WebPaths.timeReports(ofAgreement: item.agreement.agreement.id.rawValue))
                }))
        sections.append(
            section(
                "ordres-a-emettre", "Ordres de mission à émettre",
                tasks.missionOrdersToIssue.map { view in
                    agreement(
                        view, action: "Émettre l'ordre de mission",
                        detail: "Convention signée le \(view.agreement.signedAt.map(WebFormat.instant) ?? "")")
                }))
        sections.append(
            section(
                "emplois-a-confirmer", "Emplois à confirmer",
                tasks.employmentsToConfirm.map { item in
                    """
                    <li class="card"><h3>\(item.user.displayName)</h3>
                    <p class="meta">Déclare travailler à : \(item.employer.name)</p>
                    <p><a href="\(WebPaths.employmentsToConfirm)">Confirmer l'emploi</a></p></li>
                    """
                }))
        sections.append(
            section(
                "a-moderer", "Missions à modérer",
                tasks.missionsToModerate.map { mission in
                    """
                    <li class="card"><h3>\(mission.details.title)</h3>
                    <p class="meta">Candidatures jusqu'au \(WebFormat.date(mission.details.applicationDeadline))</p>
                    <p><a href="\(WebPaths.moderation(mission.id))">Examiner la mission</a></p></li>
                    """
                }))
        let summary: HTML =
            tasks.isEmpty
            ? "<div class=\"fr-alert fr-alert--info fr-alert--sm fr-mb-3w\" role=\"status\"><p>Rien ne vous attend pour le moment.</p></div>"
            : "<p>Ce qui attend une action de votre part, le plus urgent en premier dans chaque rubrique.</p>"
        let roles = user.roles.sorted().map(\.label).joined(separator: ", ")
        let main: HTML = """
            <h1>Mon espace</h1>
            <p class="meta">\(user.displayName) · \(roles)</p>
            \(summary)
            \(HTML.joined(sections))
            <h2>Mes pages</h2>
            <ul>\(HTML.joined(links(user, ownsMissions: try context.workflows.actsAsMissionOwner(user))))</ul>
            """
        return WebResponse.page(WebLayout.page("Mon espace", context: context, main: main), context: context)
    }

    /// A titled list of tasks, nothing when it is empty.
    private static func section(_ id: String, _ title: String, counted: Bool = true, _ items: [HTML]) -> HTML {
        guard !items.isEmpty else { return .empty }
        return """
            <h2 id="\(id)">\(title)\(counted ? " (\(items.count))" : "")</h2>
            <ul class="cards">\(HTML.joined(items))</ul>
            """
    }

    private static func agreement(_ view: AgreementView, action: String, detail: String, path: String? = nil) -> HTML {
        let agreement = view.agreement
        return """
            <li class="card"><h3>\(view.missionTitle)</h3>
            <p class="meta">\(detail) · du \(WebFormat.date(agreement.terms.dates.start)) au \(WebFormat.date(agreement.terms.dates.end))</p>
            <p><a href="\(path ?? WebPaths.agreement(agreement.id.rawValue))">\(action)</a></p></li>
            """
    }

    /// The pages of the person's roles; `ownsMissions`: a mission owner, by the role or by a
    /// mission they proposed or co-own (issue 22).
    private static func links(_ user: User, ownsMissions: Bool) -> [HTML] {
        var links: [(String, String)] = []
        if user.has(.talent) {
            links += [
                (WebPaths.myApplications, "Mes candidatures"), (RecommendedMissionsPage.path, "Missions pour moi"),
                (SavedSearchesPage.path, "Mes recherches enregistrées"), (WebPaths.profile, "Mon profil"),
                ("/mes-distinctions", "Mes distinctions")
            ]
        }
        if ownsMissions {
            links += [
                ("/espace-responsable/missions", "Mes missions"),
                (WebPaths.ownerApplications, "Candidatures à mes missions"), (PoolSearchPage.path, "Vivier de talents"),
                (WebPaths.ownerQuestions, "Questions sur mes missions")
            ]
        }
        links.append((ProposalPage.path, "Proposer une mission"))
        links += [(WebPaths.myQuestions, "Mes questions sur des missions"), (WebPaths.myAgreements, "Mes conventions")]
        if user.has(.lineManager) { links.append((SupervisedAgentsPage.path, "Agents que j'encadre")) }
        if user.has(.referent) || user.has(.operator) {
            links += [
                (ReferentOrdersPage.path, "Registre des ordres de mission"),
                (ReferentCreditsPage.path, "Compte de crédits"),
                (WebPaths.employmentsToConfirm, "Agents à confirmer"), (UsersPage.path, "Utilisateurs")
            ]
        }
        if user.has(.operator) {
            links += [
                (WebPaths.console, "Console de l'opérateur"), (AdministrationsPage.path, "Administrations"),
                (VisMonJobConsolePage.path, "Vis mon job : les éditions")
            ]
        }
        links.append(("/vis-mon-job/ambassadeur", "Mon engagement Vis mon job"))
        links += [
            (WebPaths.notificationPreferences, "Mes préférences de notification"), (MyDataPage.path, "Mes données")
        ]
        return links.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" }
    }
}
