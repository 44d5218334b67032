import Domain

// Missions where a talent builds or fixes something: natures software component, security
// hardening and UX improvement.

extension DemoMission {
    /// Software component, security hardening and UX improvement missions.
    static let delivery: [DemoMission] = [
        // MARK: Développement d'un composant logiciel
        DemoMission(
            "DNE", .softwareComponent,
            "Développement d'un connecteur d'authentification pour une application pédagogique",
            """
            Une application de suivi des stages doit permettre aux élèves et aux parents de se connecter avec \
            leur compte académique. Nous cherchons un développeur pour réaliser le connecteur OpenID Connect \
            et le documenter pour sa reprise par l'équipe.
            """, skills: [("sec-iam", 3), ("dev-backend", 3)], hours: 70, place: .remote),
        DemoMission(
            "DILA", .softwareComponent, "Développement d'un composant de recherche plein texte",
            """
            Le moteur de recherche d'un de nos sites d'information ne donne pas satisfaction. Nous souhaitons \
            développer un composant de recherche plein texte avec suggestions, branché sur notre base \
            documentaire existante.
            """, skills: [("dev-backend", 3), ("data-databases", 2)], hours: 80, place: .remote),
        DemoMission(
            "DGDDI", .softwareComponent, "Développement d'un module d'export de données en format ouvert",
            """
            Les statistiques du commerce extérieur sont aujourd'hui publiées sous forme de tableaux. Nous \
            voulons un module qui produise des fichiers CSV et Parquet documentés, prêts à être publiés sur \
            data.gouv.fr.
            """, skills: [("dev-python", 3), ("data-open-data", 2)], hours: 60, place: .remote),
        DemoMission(
            "DGEF", .softwareComponent, "Développement d'un module de prise de rendez-vous accessible",
            """
            Les préfectures utilisent plusieurs outils de prise de rendez-vous. Nous cherchons un développeur \
            front-end pour réaliser un module réutilisable, conforme au RGAA et au système de design de \
            l'État.
            """, skills: [("dev-javascript", 3), ("a11y-development", 3)], hours: 70, place: .remote),
        DemoMission(
            "DIRISI", .softwareComponent,
            "Développement de rôles Ansible pour le déploiement de serveurs",
            """
            Le déploiement de nos serveurs reste en grande partie manuel. Nous souhaitons écrire avec l'équipe \
            des rôles Ansible testés pour les configurations les plus courantes, et la documentation qui va \
            avec.
            """, skills: [("cloud-automation", 4), ("cloud-linux", 3)], hours: 56, place: .onSite),
        DemoMission(
            "SNUMJUSTICE", .softwareComponent,
            "Développement d'une API de consultation du calendrier des audiences",
            """
            Les avocats et les justiciables doivent pouvoir consulter le calendrier des audiences. Nous \
            cherchons un développeur Java pour réaliser l'API, en lien avec l'équipe qui maintient \
            l'application des greffes.
            """, skills: [("arch-api", 3), ("dev-java", 3)], hours: 90, place: .hybrid),
        DemoMission(
            "DGFIP", .softwareComponent,
            "Développement d'un tableau de bord de suivi des délais de traitement",
            """
            Les services des impôts des particuliers suivent leurs délais de traitement dans des tableurs. Nous \
            souhaitons un tableau de bord alimenté automatiquement, consultable par les chefs de service et \
            la direction.
            """, skills: [("data-bi", 3), ("data-analysis", 2)], hours: 42, place: .hybrid),

        // MARK: Sécurisation
        DemoMission(
            "DGEF", .securityHardening, "Audit de sécurité d'une application de téléservice",
            """
            Avant l'ouverture d'un nouveau téléservice aux usagers étrangers, nous souhaitons un audit de \
            sécurité : revue de l'authentification, tests d'intrusion applicatifs et restitution des \
            vulnérabilités avec un plan de correction priorisé.
            """, skills: [("sec-audit", 4), ("sec-iam", 2)], hours: 70, place: .remote),
        DemoMission(
            "DNUMSOCIAUX", .securityHardening,
            "Authentification multifacteur sur les outils d'administration",
            """
            Les consoles d'administration de nos serveurs sont accessibles avec un simple mot de passe. Nous \
            cherchons un appui pour déployer une authentification multifacteur et revoir la gestion des \
            comptes à privilèges.
            """, skills: [("sec-iam", 4), ("infra-systems", 2)], hours: 50, place: .hybrid),
        DemoMission(
            "SNUMAGRI", .securityHardening, "Sécurisation d'une chaîne d'intégration continue",
            """
            Notre chaîne d'intégration continue manipule des secrets et publie des images en production. Nous \
            souhaitons une revue de sa sécurité : gestion des secrets, signature des artefacts et \
            cloisonnement des environnements.
            """, skills: [("dev-ci-cd", 3), ("sec-governance", 2)], hours: 35, place: .remote),
        DemoMission(
            "DGPA", .securityHardening,
            "Accompagnement à l'homologation de sécurité d'un portail grand public",
            """
            Un portail de billetterie des monuments nationaux doit être homologué avant son ouverture. Nous \
            cherchons un accompagnement pour constituer le dossier, conduire l'analyse de risques et préparer \
            la commission d'homologation.
            """, skills: [("sec-accreditation", 4), ("sec-risk", 3)], hours: 42, place: .remote),
        DemoMission(
            "DAP", .securityHardening,
            "Durcissement de serveurs Linux selon les recommandations de l'ANSSI",
            """
            Plusieurs serveurs applicatifs ont été installés sans configuration de sécurité homogène. Nous \
            cherchons un administrateur expérimenté pour appliquer avec l'équipe le guide de configuration de \
            l'ANSSI et automatiser les contrôles.
            """, skills: [("cloud-linux", 4), ("sec-governance", 2)], hours: 56, place: .onSite),
        DemoMission(
            "SGDSN", .securityHardening, "Préparation d'un exercice de gestion de crise cyber",
            """
            Nous organisons un exercice de crise cyber avec plusieurs ministères. Nous cherchons un talent \
            ayant une expérience de la réponse aux incidents pour écrire le scénario, préparer les injects et \
            animer le retour d'expérience.
            """, skills: [("sec-incident", 4), ("sec-governance", 3)], hours: 28, place: .onSite),
        DemoMission(
            "DGE", .securityHardening,
            "Revue des droits d'accès à une plateforme de données d'entreprises",
            """
            Une plateforme de données partagée avec des opérateurs a vu ses comptes se multiplier. Nous \
            souhaitons une revue des habilitations, la mise en place d'une recertification périodique et des \
            recommandations de journalisation.
            """, skills: [("sec-iam", 3), ("sec-audit", 3)], hours: 35, place: .remote),

        // MARK: Amélioration de l'ergonomie
        DemoMission(
            "DGCA", .uxImprovement, "Refonte de l'ergonomie du formulaire de demande de subvention",
            """
            Le formulaire de demande de subvention compte douze pages et beaucoup de demandes arrivent \
            incomplètes. Nous cherchons un designer pour observer des usagers, simplifier le parcours et \
            livrer des maquettes conformes au DSFR.
            """, skills: [("design-interface", 3), ("design-user-research", 3), ("design-dsfr", 2)], hours: 60,
            place: .remote),
        DemoMission(
            "DGFIP", .uxImprovement, "Tests utilisateurs d'un simulateur d'impôt en ligne",
            """
            Un nouveau simulateur doit aider les usagers à estimer leur impôt après un changement de \
            situation. Nous souhaitons organiser des tests avec une quinzaine d'usagers et en tirer des \
            recommandations concrètes.
            """, skills: [("design-user-research", 4)], hours: 30, place: .hybrid, talents: 2),
        DemoMission(
            "DGEF", .uxImprovement, "Audit d'accessibilité RGAA d'une démarche en ligne",
            """
            La démarche de demande de naturalisation doit publier sa déclaration d'accessibilité. Nous \
            cherchons un auditeur pour mesurer la conformité au RGAA, prioriser les corrections et former \
            l'équipe aux critères les plus souvent en échec.
            """, skills: [("a11y-audit", 4)], hours: 28, place: .remote),
        DemoMission(
            "INSEE", .uxImprovement, "Amélioration de l'ergonomie d'un questionnaire d'enquête en ligne",
            """
            Le taux d'abandon d'une enquête auprès des ménages est élevé sur téléphone mobile. Nous cherchons \
            un regard de designer pour revoir l'enchaînement des questions et l'affichage sur petits écrans.
            """, skills: [("design-service", 3), ("design-interface", 3)], hours: 42, place: .remote),
        DemoMission(
            "DNUMSOCIAUX", .uxImprovement,
            "Amélioration du parcours d'un portail d'information sur les droits sociaux",
            """
            Les usagers peinent à trouver les aides auxquelles ils ont droit. Nous souhaitons conduire des \
            entretiens, revoir l'architecture de l'information du portail et rédiger des contenus plus clairs.
            """, skills: [("design-service", 3), ("design-user-research", 3), ("change-communication", 2)],
            hours: 56, place: .remote),
        DemoMission(
            "DFAE", .uxImprovement, "Refonte de l'ergonomie de la prise de rendez-vous consulaire",
            """
            Les Français de l'étranger signalent des difficultés pour obtenir un rendez-vous au consulat. Nous \
            cherchons un designer pour analyser les retours, simplifier les écrans et vérifier leur \
            accessibilité.
            """, skills: [("design-interface", 3), ("a11y-development", 2), ("design-dsfr", 2)], hours: 63,
            place: .hybrid),
        DemoMission(
            "DINUM", .uxImprovement, "Revue ergonomique de l'inscription au vivier de talents numériques",
            """
            Le formulaire d'inscription au vivier de « Partagez vos talents numériques » sera bientôt \
            remplacé. Nous cherchons un designer pour tester le nouveau parcours avec des agents et proposer \
            des améliorations.
            """, skills: [("design-interface", 3), ("design-dsfr", 3)], hours: 21, place: .remote)
    ]
}
