import Domain

// Missions where a talent lends a hand, shares experience, trains or advises: natures
// support, lessons learned, skill transfer and advice.

extension DemoMission {
    /// Support, lessons learned, skill transfer and advice missions.
    static let advisory: [DemoMission] = [
        // MARK: Appui
        DemoMission(
            "DGFIP", .support, "Appui à la migration de traitements batch vers PostgreSQL",
            """
            Nos chaînes de traitement nocturnes quittent une base propriétaire pour PostgreSQL. Nous cherchons \
            un appui ponctuel pour relire les scripts de migration, optimiser les requêtes les plus lourdes et \
            sécuriser la bascule. Livrable : une revue des scripts et une note de recommandations.
            """, skills: [("data-databases", 3), ("dev-legacy", 2)], hours: 70, place: .hybrid),
        DemoMission(
            "DGOS", .support, "Appui au pilotage d'un marché de tierce maintenance applicative",
            """
            Le bureau des systèmes d'information hospitaliers suit un marché de maintenance applicative arrivé \
            à mi-parcours. Il s'agit d'aider l'équipe à construire des indicateurs de qualité de service et à \
            préparer les comités de pilotage avec le titulaire.
            """, skills: [("mgmt-vendors", 3), ("proc-public-procurement", 2)], hours: 35, place: .remote),
        DemoMission(
            "DGEF", .support, "Renfort pour la recette d'un téléservice de demande de titre de séjour",
            """
            Une nouvelle version du téléservice sera mise en production dans trois mois. Nous recherchons deux \
            renforts pour rédiger des cas de test à partir des règles de gestion, dérouler la recette \
            fonctionnelle et qualifier les anomalies avec l'équipe de développement.
            """, skills: [("proj-acceptance", 3), ("proj-business-analysis", 2)], hours: 60, place: .hybrid,
            talents: 2),
        DemoMission(
            "DREES", .support, "Appui à la mise en qualité d'un entrepôt de données statistiques",
            """
            L'entrepôt qui alimente nos publications réunit une vingtaine de sources. Nous souhaitons un appui \
            pour mettre en place des contrôles de qualité automatisés, documenter les règles de gestion et \
            former l'équipe à leur suivi.
            """, skills: [("data-governance", 3), ("data-engineering", 2), ("data-databases", 2)], hours: 50,
            place: .remote),
        DemoMission(
            "DGAL", .support,
            "Appui à la supervision d'une application de gestion des contrôles sanitaires",
            """
            L'application utilisée par les inspecteurs lors des contrôles en abattoir connaît des lenteurs \
            difficiles à expliquer. Nous cherchons un appui pour mettre en place une supervision adaptée et \
            identifier les causes des dégradations de performance.
            """, skills: [("cloud-observability", 3), ("cloud-linux", 2)], hours: 40, place: .remote),
        DemoMission(
            "DSJ", .support, "Appui au déploiement de nouveaux postes de travail en juridiction",
            """
            Le renouvellement des postes des greffes d'une cour d'appel s'étale sur deux mois. Nous cherchons \
            des renforts pour préparer les postes, accompagner les agents le jour de la bascule et remonter \
            les difficultés rencontrées.
            """, skills: [("infra-workplace", 2), ("support-onsite", 2)], hours: 90, place: .onSite, talents: 3),
        DemoMission(
            "DILA", .support, "Appui à l'ouverture des données juridiques sous forme d'API",
            """
            Nous ouvrons une API de consultation des textes publiés au Journal officiel. Nous recherchons un \
            appui pour finaliser le contrat d'interface, rédiger la documentation destinée aux réutilisateurs \
            et organiser la période de test avec eux.
            """, skills: [("data-open-data", 3), ("arch-api", 2)], hours: 45, place: .remote),
        DemoMission(
            "DGOS", .support, "Appui au suivi des capacités hospitalières en période de crise",
            """
            Pendant la crise, les capacités des établissements sont remontées chaque jour. Nous cherchons deux \
            analystes pour fiabiliser les tableaux de bord, automatiser les consolidations régionales et \
            documenter les indicateurs pour les décideurs.
            """, skills: [("data-analysis", 3), ("data-bi", 2)], hours: 50, place: .remote, talents: 2,
            crisis: true),

        // MARK: Retour d'expérience
        DemoMission(
            "DGCA", .lessonsLearned,
            "Retour d'expérience sur la dématérialisation des demandes de subvention",
            """
            Nous lançons la dématérialisation des demandes de subvention des compagnies et des lieux de \
            création. Nous aimerions entendre une administration qui a mené ce chantier : organisation, choix \
            de l'outil, accompagnement des usagers et pièges à éviter.
            """, skills: [("proj-management", 2), ("design-service", 2)], hours: 6, place: .remote),
        DemoMission(
            "DGESCO", .lessonsLearned,
            "Retour d'expérience sur l'hébergement d'une application nationale dans le cloud",
            """
            Avant de déménager une application utilisée par toutes les académies, nous souhaitons bénéficier \
            du retour d'une équipe ayant migré un service à fort trafic vers un cloud qualifié : \
            dimensionnement, coûts réels, exploitation au quotidien.
            """, skills: [("cloud-infrastructure", 3), ("arch-technical", 2)], hours: 8, place: .remote),
        DemoMission(
            "DAP", .lessonsLearned, "Retour d'expérience sur un marché de licences logicielles",
            """
            Notre marché de licences bureautiques arrive à échéance. Un échange avec un acheteur ayant conduit \
            une consultation similaire nous aiderait à définir le bon périmètre et à anticiper les audits \
            de conformité des éditeurs.
            """, skills: [("proc-licences", 3), ("proc-public-procurement", 2)], hours: 4, place: .remote),
        DemoMission(
            "DGPA", .lessonsLearned,
            "Retour d'expérience sur la mise en ligne de fonds patrimoniaux numérisés",
            """
            Nous préparons la mise en ligne de plusieurs fonds photographiques numérisés. Nous recherchons le \
            retour d'une équipe ayant publié des collections en données ouvertes, sur les licences, les \
            formats et l'accompagnement des réutilisateurs.
            """, skills: [("data-open-data", 2), ("legal-open-source", 2)], hours: 6, place: .hybrid),
        DemoMission(
            "DGAC", .lessonsLearned, "Retour d'expérience sur l'homologation d'un système critique",
            """
            L'homologation d'un système de gestion du trafic aérien démarre. Un retour d'expérience d'une \
            équipe ayant homologué un système critique, sur l'organisation de la commission et la conduite de \
            l'analyse de risques, serait très précieux.
            """, skills: [("sec-accreditation", 3), ("sec-risk", 3)], hours: 8, place: .remote),
        DemoMission(
            "DFAE", .lessonsLearned,
            "Retour d'expérience sur le déploiement d'un outil dans un réseau à l'étranger",
            """
            Nous allons déployer un nouvel outil de gestion dans les consulats. Nous cherchons un retour \
            d'expérience sur la conduite du changement dans un réseau dispersé : formation à distance, relais \
            locaux et décalages horaires.
            """, skills: [("change-management", 3), ("change-training", 2)], hours: 7, place: .remote),
        DemoMission(
            "DGESIP", .lessonsLearned, "Retour d'expérience sur la mise en place d'une démarche produit",
            """
            Nous voulons organiser le développement d'une plateforme d'orientation en équipe produit. Un \
            product owner ayant fait ce passage dans une administration pourrait partager son expérience : \
            rôles, rituels, relations avec la maîtrise d'ouvrage.
            """, skills: [("proj-product", 3), ("proj-agile", 3)], hours: 5, place: .remote),

        // MARK: Transfert de compétences
        DemoMission(
            "SNUM", .skillTransfer, "Transfert de compétences sur PostgreSQL",
            """
            L'équipe d'exploitation reprend une dizaine de bases PostgreSQL jusqu'ici gérées par un \
            prestataire. Nous cherchons un expert pour former l'équipe à la sauvegarde, à la réplication et \
            au diagnostic des requêtes lentes, sous forme d'ateliers pratiques.
            """, skills: [("data-databases", 4)], hours: 30, place: .hybrid),
        DemoMission(
            "DGDDI", .skillTransfer,
            "Transfert de compétences sur Kubernetes pour une équipe d'exploitation",
            """
            Nos applications passent progressivement sur une plateforme de conteneurs. Nous souhaitons qu'un \
            talent accompagne l'équipe d'exploitation dans la prise en main de Kubernetes : déploiements, \
            supervision et gestion des incidents.
            """, skills: [("cloud-containers", 4), ("cloud-automation", 3)], hours: 40, place: .hybrid),
        DemoMission(
            "DGGN", .skillTransfer, "Initiation d'une équipe de développement aux tests automatisés",
            """
            Une équipe de six développeurs souhaite fiabiliser ses livraisons. L'objectif est de l'initier aux \
            tests unitaires et d'intégration, puis de mettre en place avec elle une première chaîne \
            d'intégration continue.
            """, skills: [("dev-testing", 4), ("dev-ci-cd", 3)], hours: 35, place: .hybrid),
        DemoMission(
            "INSEE", .skillTransfer, "Transfert de compétences en analyse de données avec Python",
            """
            Des statisticiens habitués à un logiciel propriétaire passent à Python. Nous cherchons deux talents \
            pour animer des ateliers à partir de nos propres jeux de données et accompagner les premiers \
            travaux des équipes.
            """, skills: [("dev-python", 3), ("data-analysis", 3)], hours: 28, place: .remote, talents: 2),
        DemoMission(
            "DNE", .skillTransfer, "Formation d'une équipe projet au système de design de l'État",
            """
            Une équipe va refondre plusieurs sites à destination des enseignants. Nous souhaitons qu'elle soit \
            formée au système de design de l'État (DSFR) : composants, bonnes pratiques d'intégration et \
            accessibilité.
            """, skills: [("design-dsfr", 4), ("dev-frontend", 3)], hours: 21, place: .remote),
        DemoMission(
            "DGAL", .skillTransfer, "Transfert de compétences sur la méthode EBIOS Risk Manager",
            """
            Les chefs de projet de la direction doivent conduire eux-mêmes les analyses de risques de leurs \
            applications. Nous cherchons un praticien d'EBIOS Risk Manager pour les former et les accompagner \
            sur un premier cas réel.
            """, skills: [("sec-risk", 4)], hours: 24, place: .remote),
        DemoMission(
            "SNUMAGRI", .skillTransfer, "Transfert de compétences en géomatique sur QGIS",
            """
            Les agents chargés des aides surfaciques utilisent de plus en plus de données géographiques. Nous \
            souhaitons organiser des ateliers sur QGIS et les référentiels de l'IGN, adaptés à leurs cas \
            d'usage.
            """, skills: [("other-geomatics", 4)], hours: 28, place: .hybrid),

        // MARK: Conseil
        DemoMission(
            "DGCA", .advice, "Conseil pour la rédaction du cahier des charges d'un portail des aides",
            """
            Nous préparons la consultation pour un portail unique des aides à la création. Nous cherchons un \
            regard extérieur pour structurer le cahier des charges, formuler les exigences et choisir les \
            critères de sélection.
            """, skills: [("proc-specifications", 3), ("proj-business-analysis", 2)], hours: 21, place: .remote),
        DemoMission(
            "DGPN", .advice, "Conseil sur l'architecture d'une plateforme d'échange de données",
            """
            Plusieurs services échangent aujourd'hui des fichiers par messagerie. Nous voulons concevoir une \
            plateforme d'échange sécurisée fondée sur des API et cherchons un architecte pour challenger nos \
            premières orientations.
            """, skills: [("arch-solution", 4), ("arch-api", 3)], hours: 35, place: .hybrid),
        DemoMission(
            "DREES", .advice, "Conseil sur la conformité RGPD d'un appariement de données de santé",
            """
            Une étude nécessite d'apparier des données médico-administratives. Nous cherchons un juriste \
            spécialiste de la protection des données pour relire l'analyse d'impact et les mesures de \
            pseudonymisation envisagées.
            """, skills: [("legal-gdpr", 4), ("data-governance", 3)], hours: 20, place: .remote),
        DemoMission(
            "DGE", .advice, "Conseil pour le choix d'une licence libre",
            """
            Nous allons publier le code source d'un simulateur destiné aux entreprises. Nous souhaitons être \
            conseillés sur le choix de la licence, la gestion des contributions extérieures et les \
            obligations de publication des codes sources.
            """, skills: [("legal-open-source", 4)], hours: 10, place: .remote),
        DemoMission(
            "DNUMMEAE", .advice,
            "Conseil sur la supervision d'un système d'information réparti dans le monde",
            """
            Notre système d'information dessert plus de 160 ambassades. Nous cherchons un conseil pour définir \
            une stratégie de supervision qui tienne compte des liaisons lentes et des fuseaux horaires.
            """, skills: [("cloud-observability", 3), ("arch-technical", 3)], hours: 28, place: .hybrid),
        DemoMission(
            "DGESIP", .advice,
            "Conseil sur l'usage de l'intelligence artificielle pour l'orientation des étudiants",
            """
            Nous étudions l'apport de modèles de langue pour répondre aux questions des lycéens sur les \
            formations. Nous cherchons un avis d'expert sur la faisabilité, les risques de biais et le cadre \
            juridique d'une expérimentation.
            """, skills: [("data-ai", 4), ("legal-gdpr", 2)], hours: 24, place: .remote),
        DemoMission(
            "DGA", .advice, "Conseil en urbanisation du système d'information des essais",
            """
            Les centres d'essais utilisent des applications développées au fil des ans. Nous cherchons un \
            urbaniste pour cartographier l'existant, identifier les redondances et proposer une trajectoire \
            de rationalisation.
            """, skills: [("arch-enterprise", 4), ("mgmt-strategy", 2)], hours: 45, place: .onSite)
    ]
}
