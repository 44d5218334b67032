/// The sentences of the engagement story: agreements' terms, time reports, reasons, feedback
/// and the Vis mon job edition.
enum DemoEngagementTexts {
    /// The deliverables written in every agreement of a mission, after its objectives.
    static let deliverables = [
        "Un compte rendu d'intervention, les supports produits et une note de passation à l'équipe.",
        "Les livrables décrits dans la mission, documentés et remis à l'équipe au fil de l'eau.",
        "Une restitution finale devant l'équipe et la documentation nécessaire à la reprise."
    ]

    /// Practical conditions of an agreement.
    static let conditions = [
        "Poste de travail fourni par l'administration bénéficiaire ; confidentialité des données traitées.",
        "Deux demi-journées par mois sur site, le reste à distance avec les outils de l'administration.",
        ""
    ]

    /// What a talent writes on a time report.
    static let timeNotes = [
        "Atelier avec l'équipe et compte rendu.",
        "Analyse des besoins et entretiens avec les utilisateurs.",
        "Travail sur les livrables, revue avec le responsable de mission.",
        "Préparation et animation d'une séance de travail.",
        "Documentation et passation.",
        "Relecture et corrections après les retours de l'équipe."
    ]

    /// Why a mission owner rejects a time report.
    static let timeRejections = [
        "Ces heures correspondent à une réunion annulée ; merci de corriger la déclaration.",
        "La journée déclarée est en dehors des dates convenues avec l'équipe."
    ]

    /// Why a line manager refuses an agreement for the needs of the service.
    static let refusals = [
        "La charge de l'équipe ne permet pas de libérer ce temps pendant la période prévue.",
        "Période de clôture budgétaire : l'agent est indispensable au service jusqu'à la fin de l'année."
    ]

    /// Why an engagement stopped before its end.
    static let interruptions = [
        "Nouvelle affectation : je ne peux plus consacrer de temps à la mission.",
        "Le projet de l'administration bénéficiaire a été suspendu par sa direction."
    ]

    /// Why a mission order was cancelled.
    static let orderCancellations = [
        "Dates erronées : un nouvel ordre de mission sera émis après l'accord des parties."
    ]

    /// What the talent says of an engagement that ended.
    static let talentFeedback = [
        "Équipe accueillante et besoin clair ; une expérience très formatrice.",
        "Mission utile, bien préparée par le responsable de mission. Je recommande."
    ]

    /// What the mission owner says of a talent's engagement.
    static let ownerFeedback = [
        "Travail rigoureux et très pédagogue avec l'équipe, livrables remis dans les temps.",
        "Apport décisif sur le projet ; l'équipe a gagné en autonomie."
    ]

    /// The names of the saved searches talents keep.
    static let savedSearches: [(name: String, parameters: [String: String])] = [
        ("Missions données à distance", ["q": "données", "remote": "true"]),
        ("Accessibilité", ["q": "accessibilité"]),
        ("Sécurité des systèmes", ["q": "sécurité"]),
        ("Conseil en architecture", ["q": "architecture"])
    ]

    /// The message of an owner inviting a talent of the pool.
    static let invitation =
        "Bonjour, votre profil correspond à notre besoin : seriez-vous disponible pour cette mission ?"

    /// Schools of the Vis mon job students.
    static let schools = [
        "Université Paris Cité", "Université de Lille", "IUT de Nantes", "Université de Strasbourg",
        "INSA Lyon", "Université de Bordeaux", "IUT de Rennes", "Université Toulouse III"
    ]

    /// What an ambassador offers on their day.
    static let ambassadorDays = [
        "Une journée avec l'équipe : réunion du matin, travail en binôme et présentation d'un projet en cours.",
        "Découverte de nos métiers du numérique, visite des équipes et atelier pratique l'après-midi."
    ]

    /// What each side says after the day.
    static let dayFeedback = [
        "Une journée passionnante, très bien organisée.",
        "Des échanges riches ; j'y vois plus clair sur ce métier."
    ]

    /// A city of each département of the dataset, where ambassadors receive students.
    static let cities: [String: String] = [
        "06": "Nice", "13": "Marseille", "18": "Bourges", "21": "Dijon", "29": "Brest", "31": "Toulouse",
        "33": "Bordeaux", "35": "Rennes", "44": "Nantes", "45": "Orléans", "57": "Metz", "59": "Lille",
        "67": "Strasbourg", "69": "Lyon", "75": "Paris", "76": "Rouen", "78": "Versailles", "83": "Toulon",
        "86": "Poitiers", "87": "Limoges", "91": "Évry-Courcouronnes", "92": "Nanterre", "93": "Bobigny",
        "94": "Créteil", "974": "Saint-Denis"
    ]
}
