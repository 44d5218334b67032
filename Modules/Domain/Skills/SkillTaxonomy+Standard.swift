// The programme's catalogue: the State's digital job families, then the cross-cutting
// fields. Codes are stable (stored with talents and missions): add skills, never rename.
// ESCO URIs are left empty until a mapping has been checked against the ESCO portal.

extension SkillTaxonomy {
    /// The programme's standard catalogue of skills (French names).
    public static let standard = SkillTaxonomy([
        // Architecture
        Skill(code: "arch-enterprise", name: "Urbanisation du système d'information", family: .architecture),
        Skill(code: "arch-solution", name: "Architecture de solutions", family: .architecture),
        Skill(code: "arch-technical", name: "Architecture technique", family: .architecture),
        Skill(code: "arch-api", name: "Conception d'API et interopérabilité", family: .architecture),
        // Développement
        Skill(code: "dev-backend", name: "Développement back-end", family: .development),
        Skill(code: "dev-frontend", name: "Développement front-end", family: .development),
        Skill(code: "dev-mobile", name: "Développement d'applications mobiles", family: .development),
        Skill(code: "dev-python", name: "Développement Python", family: .development),
        Skill(code: "dev-java", name: "Développement Java", family: .development),
        Skill(code: "dev-javascript", name: "Développement JavaScript et TypeScript", family: .development),
        Skill(code: "dev-testing", name: "Tests automatisés et qualité logicielle", family: .development),
        Skill(code: "dev-ci-cd", name: "Intégration et déploiement continus", family: .development),
        Skill(code: "dev-legacy", name: "Maintenance d'applications patrimoniales", family: .development),
        // Données
        Skill(code: "data-engineering", name: "Ingénierie des données", family: .data),
        Skill(code: "data-science", name: "Science des données", family: .data),
        Skill(code: "data-analysis", name: "Analyse et visualisation de données", family: .data),
        Skill(code: "data-ai", name: "Intelligence artificielle et apprentissage automatique", family: .data),
        Skill(code: "data-governance", name: "Gouvernance et qualité des données", family: .data),
        Skill(code: "data-open-data", name: "Ouverture et circulation des données", family: .data),
        Skill(code: "data-bi", name: "Informatique décisionnelle", family: .data),
        Skill(code: "data-databases", name: "Administration de bases de données", family: .data),
        // Management du numérique
        Skill(code: "mgmt-team", name: "Management d'équipe numérique", family: .management),
        Skill(code: "mgmt-strategy", name: "Stratégie et gouvernance du SI", family: .management),
        Skill(code: "mgmt-budget", name: "Pilotage budgétaire du numérique", family: .management),
        Skill(code: "mgmt-vendors", name: "Pilotage de prestataires", family: .management),
        Skill(code: "mgmt-portfolio", name: "Gestion de portefeuille de projets", family: .management),
        // Infrastructures et réseaux
        Skill(code: "infra-network", name: "Réseaux et télécommunications", family: .infrastructure),
        Skill(code: "infra-systems", name: "Administration systèmes", family: .infrastructure),
        Skill(code: "infra-workplace", name: "Environnement de travail numérique", family: .infrastructure),
        Skill(code: "infra-storage", name: "Stockage et sauvegarde", family: .infrastructure),
        // Projet et produit
        Skill(code: "proj-management", name: "Conduite de projet", family: .projectProduct),
        Skill(code: "proj-agile", name: "Méthodes agiles", family: .projectProduct),
        Skill(code: "proj-product", name: "Gestion de produit (product owner)", family: .projectProduct),
        Skill(code: "proj-business-analysis", name: "Analyse métier et recueil des besoins", family: .projectProduct),
        Skill(code: "proj-owner-support", name: "Assistance à maîtrise d'ouvrage", family: .projectProduct),
        Skill(code: "proj-acceptance", name: "Recette fonctionnelle", family: .projectProduct),
        // Sécurité
        Skill(code: "sec-governance", name: "Gouvernance de la sécurité des SI", family: .security),
        Skill(code: "sec-risk", name: "Analyse de risques (EBIOS Risk Manager)", family: .security),
        Skill(code: "sec-accreditation", name: "Homologation de sécurité", family: .security),
        Skill(code: "sec-audit", name: "Audit et tests d'intrusion", family: .security),
        Skill(code: "sec-incident", name: "Détection et réponse aux incidents", family: .security),
        Skill(code: "sec-iam", name: "Gestion des identités et des accès", family: .security),
        // Serveurs et cloud
        Skill(code: "cloud-linux", name: "Administration Linux", family: .serverCloud),
        Skill(code: "cloud-containers", name: "Conteneurs et orchestration (Kubernetes)", family: .serverCloud),
        Skill(code: "cloud-infrastructure", name: "Infrastructure cloud", family: .serverCloud),
        Skill(code: "cloud-virtualisation", name: "Virtualisation", family: .serverCloud),
        Skill(code: "cloud-automation", name: "Automatisation de l'infrastructure", family: .serverCloud),
        Skill(code: "cloud-observability", name: "Supervision et observabilité", family: .serverCloud),
        // Support et assistance
        Skill(code: "support-users", name: "Assistance aux utilisateurs", family: .support),
        Skill(code: "support-service-management", name: "Gestion des services informatiques (ITIL)", family: .support),
        Skill(code: "support-onsite", name: "Support de proximité", family: .support),
        // Autres métiers du numérique
        Skill(code: "other-geomatics", name: "Géomatique et systèmes d'information géographique", family: .other),
        Skill(code: "other-responsible-digital", name: "Numérique responsable", family: .other),
        // Transverses : achat public
        Skill(code: "proc-public-procurement", name: "Achat public informatique", family: .procurement),
        Skill(code: "proc-specifications", name: "Rédaction de cahiers des charges", family: .procurement),
        Skill(code: "proc-licences", name: "Gestion des licences logicielles", family: .procurement),
        // Transverses : juridique
        Skill(code: "legal-gdpr", name: "Protection des données personnelles (RGPD)", family: .legal),
        Skill(code: "legal-it-contracts", name: "Droit des contrats informatiques", family: .legal),
        Skill(code: "legal-open-source", name: "Licences libres et logiciels libres", family: .legal),
        // Transverses : design
        Skill(code: "design-user-research", name: "Recherche utilisateur", family: .designUX),
        Skill(code: "design-interface", name: "Design d'interface", family: .designUX),
        Skill(code: "design-dsfr", name: "Système de design de l'État (DSFR)", family: .designUX),
        Skill(code: "design-service", name: "Design de services publics", family: .designUX),
        // Transverses : accessibilité
        Skill(code: "a11y-audit", name: "Audit d'accessibilité (RGAA)", family: .accessibility),
        Skill(code: "a11y-development", name: "Développement accessible", family: .accessibility),
        // Transverses : conduite du changement
        Skill(code: "change-management", name: "Conduite du changement", family: .changeManagement),
        Skill(code: "change-training", name: "Formation et pédagogie", family: .changeManagement),
        Skill(code: "change-communication", name: "Communication sur les projets numériques", family: .changeManagement)
    ])
}
