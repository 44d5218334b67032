import Domain

// The four missions of the engagement story, written for whichever directorate the first
// mission owner of the dataset works in (the mission owner the tests' persona stands for).

extension DemoMission {
    /// The engagement story's missions of directorate `acronym`: one whose engagements are over,
    /// one running today, one filled whose agreements are being signed, one still open to applications.
    static func engagement(
        of acronym: String
    ) -> (past: DemoMission, running: DemoMission, signing: DemoMission, open: DemoMission) {
        (
            past: DemoMission(
                acronym, .uxImprovement, "Refonte du parcours de demande de subvention en ligne",
                """
                Les associations abandonnent souvent leur demande de subvention avant la fin du formulaire. \
                Nous cherchons des talents pour observer les usagers, simplifier le parcours avec le système \
                de design de l'État et accompagner l'équipe jusqu'à la mise en ligne.
                """, skills: [("design-user-research", 3), ("design-dsfr", 2), ("design-interface", 3)],
                hours: 80, place: .hybrid, talents: 3),
            running: DemoMission(
                acronym, .softwareComponent, "Tableau de bord de pilotage des démarches en ligne",
                """
                Nos démarches en ligne produisent des données de fréquentation et de délais de traitement \
                que personne ne consolide. Nous voulons un tableau de bord alimenté chaque nuit, documenté, \
                que l'équipe de pilotage pourra faire évoluer seule.
                """, skills: [("data-analysis", 3), ("dev-python", 3), ("data-databases", 2)],
                hours: 80, place: .remote, talents: 5),
            signing: DemoMission(
                acronym, .skillTransfer, "Montée en compétences de l'équipe sur l'accessibilité numérique",
                """
                Notre équipe reprend trois sites publics qui doivent atteindre la conformité au RGAA. Nous \
                cherchons des talents pour former les développeurs et les rédacteurs, auditer un premier \
                site avec eux et laisser une méthode de contrôle réutilisable.
                """, skills: [("design-interface", 3), ("design-dsfr", 2)], hours: 60, place: .hybrid,
                talents: 5),
            open: DemoMission(
                acronym, .advice, "Conseil pour la sécurisation des accès à nos applications métier",
                """
                Nos applications métier reposent encore sur des comptes locaux. Nous cherchons un talent \
                pour nous conseiller sur le raccordement à une fédération d'identité et sur la gestion des \
                habilitations, et pour relire notre plan de migration.
                """, skills: [("sec-iam", 3), ("arch-api", 2)], hours: 30, place: .remote, talents: 2)
        )
    }
}
