/// The distinctions the programme awards and the thresholds of their rules.
public enum DistinctionCatalogue {
    /// Completed missions for ``DistinctionCode/threeMissions`` and ``DistinctionCode/tenMissions``.
    public static let missionThresholds: [(code: DistinctionCode, missions: Int)] = [
        (.firstMission, 1), (.threeMissions, 3), (.tenMissions, 10)
    ]
    /// Validated hours, in minutes, for the hour distinctions.
    public static let hourThresholds: [(code: DistinctionCode, minutes: Int)] = [
        (.fiftyHours, 50 * 60), (.hundredHours, 100 * 60), (.fiveHundredHours, 500 * 60)
    ]
    /// Different ministries for ``DistinctionCode/crossMinistry``.
    public static let crossMinistryCount = 3
    /// Applications answered in time for ``DistinctionCode/quickAnswer``.
    public static let quickAnswerCount = 10
    /// The longest answer delay that counts as quick: 48 hours, in milliseconds.
    public static let quickAnswerDelayMilliseconds: Int64 = 48 * 3_600_000

    /// Every distinction, in catalogue order.
    public static let all: [DistinctionDefinition] = DistinctionCode.allCases.map(definition)

    /// The entry of `code`.
    public static func definition(_ code: DistinctionCode) -> DistinctionDefinition {
        switch code {
        case .firstMission:
            DistinctionDefinition(
                code: code, name: "Première mission",
                description: "A mené à bien sa première mission pour une autre administration.",
                criteria: "Une mission terminée.")
        case .threeMissions:
            DistinctionDefinition(
                code: code, name: "Trois missions",
                description: "A mené à bien trois missions.",
                criteria: "Trois missions terminées.")
        case .tenMissions:
            DistinctionDefinition(
                code: code, name: "Dix missions",
                description: "A mené à bien dix missions : un pilier du programme.",
                criteria: "Dix missions terminées.")
        case .fiftyHours:
            DistinctionDefinition(
                code: code, name: "50 heures",
                description: "A donné 50 heures de son expertise à d'autres administrations.",
                criteria: "50 heures de travail validées par les responsables de mission.")
        case .hundredHours:
            DistinctionDefinition(
                code: code, name: "100 heures",
                description: "A donné 100 heures de son expertise à d'autres administrations.",
                criteria: "100 heures de travail validées par les responsables de mission.")
        case .fiveHundredHours:
            DistinctionDefinition(
                code: code, name: "500 heures",
                description: "A donné 500 heures de son expertise à d'autres administrations.",
                criteria: "500 heures de travail validées par les responsables de mission.")
        case .mentor:
            DistinctionDefinition(
                code: code, name: "Mentor",
                description: "A transmis ses compétences à une autre équipe.",
                criteria: "Une mission de transfert de compétences terminée.")
        case .crossMinistry:
            DistinctionDefinition(
                code: code, name: "Interministériel",
                description: "A travaillé pour trois ministères différents.",
                criteria: "Des missions terminées pour trois ministères différents.")
        case .quickAnswer:
            DistinctionDefinition(
                code: code, name: "Réponse rapide",
                description: "Répond vite aux talents qui proposent leur aide.",
                criteria: "Dix candidatures reçues par ses missions, chacune répondue en 48 heures au plus.")
        case .visMonJobAmbassador:
            DistinctionDefinition(
                code: code, name: "Ambassadeur Vis mon job",
                description: "A fait découvrir son métier du numérique à un élève.",
                criteria: "Une journée Vis mon job accueillie comme ambassadeur.")
        }
    }
}
