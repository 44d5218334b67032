import Domain

/// A digital trade of the State, from which demo talents get a job title, coherent skills
/// and a sentence of their presentation.
struct DemoProfile {
    /// The job title, masculine and feminine.
    let title: (masculine: String, feminine: String)
    /// Skills of the trade, the core one first.
    let skills: [SkillCode]
    /// What the person does, continuing "… depuis 6 ans, ".
    let activity: String

    /// The job title agreeing with the person.
    func title(feminine: Bool) -> String {
        feminine ? title.feminine : title.masculine
    }

    /// The trades of the demo dataset.
    static let all: [DemoProfile] = [
        DemoProfile(
            title: ("Développeur back-end", "Développeuse back-end"),
            skills: [
                "dev-backend", "dev-java", "dev-python", "data-databases", "dev-ci-cd", "dev-testing",
                "dev-legacy"
            ],
            activity: "je conçois et maintiens des API pour des applications métier."),
        DemoProfile(
            title: ("Développeur front-end", "Développeuse front-end"),
            skills: ["dev-frontend", "dev-javascript", "a11y-development", "design-dsfr", "dev-testing"],
            activity: "je développe des interfaces web accessibles avec le système de design de l'État."),
        DemoProfile(
            title: ("Administrateur systèmes Linux", "Administratrice systèmes Linux"),
            skills: [
                "cloud-linux", "infra-systems", "cloud-automation", "cloud-observability",
                "infra-storage"
            ],
            activity: "j'exploite un parc de serveurs Linux et j'automatise leur configuration."),
        DemoProfile(
            title: ("Ingénieur DevOps", "Ingénieure DevOps"),
            skills: [
                "cloud-containers", "cloud-infrastructure", "dev-ci-cd", "cloud-automation",
                "cloud-observability"
            ],
            activity: "j'accompagne les équipes dans le déploiement de leurs applications sur Kubernetes."),
        DemoProfile(
            title: ("Data scientist", "Data scientist"),
            skills: ["data-science", "data-ai", "dev-python", "data-analysis", "data-engineering"],
            activity: "je construis des modèles statistiques et d'apprentissage automatique."),
        DemoProfile(
            title: ("Ingénieur des données", "Ingénieure des données"),
            skills: ["data-engineering", "data-databases", "data-governance", "dev-python", "data-bi"],
            activity: "je conçois des chaînes d'alimentation de données et j'en surveille la qualité."),
        DemoProfile(
            title: ("Chef de projet informatique", "Cheffe de projet informatique"),
            skills: [
                "proj-management", "proj-agile", "mgmt-vendors", "proj-acceptance", "change-management",
                "mgmt-strategy"
            ],
            activity: "je pilote des projets applicatifs, de l'expression de besoin à la mise en service."),
        DemoProfile(
            title: ("Product owner", "Product owner"),
            skills: ["proj-product", "proj-agile", "proj-business-analysis", "design-user-research"],
            activity: "je porte la vision d'un service numérique et j'organise son carnet de produit."),
        DemoProfile(
            title: (
                "Responsable de la sécurité des systèmes d'information",
                "Responsable de la sécurité des systèmes d'information"
            ),
            skills: ["sec-governance", "sec-risk", "sec-accreditation", "legal-gdpr", "sec-iam"],
            activity: "j'anime la démarche d'homologation et l'analyse de risques des projets."),
        DemoProfile(
            title: ("Auditeur en sécurité", "Auditrice en sécurité"),
            skills: ["sec-audit", "sec-incident", "cloud-linux", "infra-network"],
            activity: "je réalise des tests d'intrusion et j'accompagne la correction des vulnérabilités."),
        DemoProfile(
            title: ("Designer UX", "Designer UX"),
            skills: ["design-user-research", "design-interface", "design-dsfr", "design-service", "a11y-audit"],
            activity: "je mène des entretiens et des tests utilisateurs pour simplifier les démarches."),
        DemoProfile(
            title: ("Architecte technique", "Architecte technique"),
            skills: ["arch-technical", "arch-solution", "arch-api", "arch-enterprise", "cloud-infrastructure"],
            activity: "je conçois l'architecture des applications et je veille à leur interopérabilité."),
        DemoProfile(
            title: ("Acheteur public informatique", "Acheteuse publique informatique"),
            skills: ["proc-public-procurement", "proc-specifications", "proc-licences", "legal-it-contracts"],
            activity: "je prépare et je passe les marchés de prestations et de logiciels."),
        DemoProfile(
            title: ("Juriste du numérique", "Juriste du numérique"),
            skills: ["legal-gdpr", "legal-it-contracts", "legal-open-source", "data-open-data"],
            activity: "je conseille les équipes sur la protection des données et les contrats informatiques."),
        DemoProfile(
            title: ("Ingénieur réseaux", "Ingénieure réseaux"),
            skills: ["infra-network", "infra-systems", "cloud-virtualisation", "sec-iam"],
            activity: "j'administre des réseaux étendus et leurs équipements de sécurité."),
        DemoProfile(
            title: ("Géomaticien", "Géomaticienne"),
            skills: ["other-geomatics", "data-analysis", "dev-python", "data-open-data"],
            activity: "je produis des cartes et des analyses à partir de données géographiques."),
        DemoProfile(
            title: ("Formateur numérique", "Formatrice numérique"),
            skills: ["change-training", "change-management", "support-users", "change-communication"],
            activity: "je forme les agents aux nouveaux outils et j'accompagne leur prise en main."),
        DemoProfile(
            title: ("Technicien support", "Technicienne support"),
            skills: ["support-users", "support-service-management", "support-onsite", "infra-workplace"],
            activity: "j'assiste les utilisateurs et j'améliore nos processus de support."),
        DemoProfile(
            title: ("Analyste de données", "Analyste de données"),
            skills: ["data-analysis", "data-bi", "data-databases", "data-governance"],
            activity: "je construis des tableaux de bord pour le pilotage des politiques publiques."),
        DemoProfile(
            title: ("Référent accessibilité numérique", "Référente accessibilité numérique"),
            skills: ["a11y-audit", "a11y-development", "design-interface", "dev-frontend"],
            activity: "j'audite nos sites selon le RGAA et j'aide les équipes à corriger les écarts.")
    ]
}
