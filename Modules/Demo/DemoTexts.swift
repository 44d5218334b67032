/// The sentences the demo generator assembles: presentations, motivations, the operator's
/// rejection reasons, interview means and the free texts of coded reasons.
enum DemoTexts {
    /// Last sentence of a talent's presentation.
    static let presentationEndings = [
        "Je souhaite partager mon expérience avec d'autres administrations.",
        "Disponible pour des missions courtes, de préférence à distance.",
        "J'aime découvrir d'autres métiers de l'État et transmettre ce que je sais.",
        "Je peux intervenir ponctuellement, avec l'accord de ma hiérarchie.",
        "Les missions de conseil m'intéressent autant que les renforts opérationnels.",
        "Je cherche à contribuer à des projets utiles aux usagers."
    ]

    /// The sentence of a motivation that links a skill the talent has (lower case) to the mission.
    static let experience: [@Sendable (String) -> String] = [
        { "J'ai une pratique régulière en \($0), au cœur de votre besoin." },
        { "Votre besoin en \($0) correspond à ce que je fais au quotidien." },
        { "Mon expérience en \($0) me semble directement utile à votre équipe." }
    ]

    /// Closing sentence of a motivation message.
    static let motivationEndings = [
        "Je reste disponible pour un échange.",
        "Au plaisir d'en discuter avec vous.",
        "Mon responsable hiérarchique est favorable à cette participation.",
        "Je peux commencer dès la signature de l'accord tripartite.",
        "Un premier échange nous permettrait de préciser le besoin."
    ]

    /// The operator's reasons for sending a mission back to its owner.
    static let rejectionReasons = [
        "La description ne précise pas les livrables attendus : merci de les détailler avant une nouvelle soumission.",
        "L'effort estimé paraît sous-évalué au regard du périmètre décrit : merci de le revoir ou de découper "
            + "la mission.",
        "Le besoin relève d'une prestation continue plutôt que d'une mission ponctuelle : merci de le recentrer "
            + "sur un objectif limité dans le temps.",
        "Les compétences demandées sont trop nombreuses pour un seul talent : merci d'indiquer celles qui sont "
            + "indispensables."
    ]

    /// What an owner adds to a rejected mission before submitting it again.
    static let deliverables = [
        "Livrables attendus : une note de synthèse et une restitution d'une heure à l'équipe.",
        "Livrables attendus : un rapport de recommandations priorisées et un atelier de présentation.",
        "Livrables attendus : la documentation produite et une session de passation à l'équipe interne."
    ]

    /// How an interview takes place.
    static let interviewMeans = [
        "Visioconférence (lien envoyé par courriel)",
        "Visioconférence sur webconf.numerique.gouv.fr",
        "Échange téléphonique",
        "Rencontre dans nos locaux",
        "Échange sur Tchap puis visioconférence"
    ]

    /// Free texts of an owner's decline with the reason "other".
    static let declineTexts = [
        "Le besoin a finalement été couvert par l'équipe interne.",
        "Le calendrier du projet a été décalé au semestre prochain.",
        "Nous avons retenu un profil plus proche de notre environnement technique."
    ]

    /// Free texts of a talent's withdrawal with the reason "other".
    static let withdrawalTexts = [
        "Mon service entre dans une période de clôture budgétaire.",
        "Je change de poste le mois prochain.",
        "La charge de mon projet principal a augmenté."
    ]

    /// The text of the decline sent to applicants when a published mission is cancelled.
    static let cancelledMission = "Mission annulée : le projet a été suspendu par la direction."
}
