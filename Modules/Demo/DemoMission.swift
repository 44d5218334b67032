import Domain

/// A mission of the demo dataset as its owner would write it; the generator adds the dates,
/// the place and the story of its states.
struct DemoMission {
    /// Where the work happens.
    enum Place {
        /// Remote only.
        case remote
        /// On site only, in one of the administration's départements.
        case onSite
        /// On site or remote.
        case hybrid
    }

    /// The acronym of the beneficiary administration.
    let administration: String
    /// The kind of help asked for.
    let nature: MissionNature
    /// The title.
    let title: String
    /// The need, its context and the deliverables.
    let description: String
    /// The skills needed, with their minimum level.
    let skills: [SkillRequirement]
    /// The estimated effort, in hours.
    let effortHours: Int
    /// Where the work happens.
    let place: Place
    /// How many talents are sought.
    let talentsSought: Int
    /// Whether the mission answers a crisis.
    let crisis: Bool

    /// A mission; `skills` pairs a skill code with a minimum level from 1 to 4.
    init(
        _ administration: String, _ nature: MissionNature, _ title: String, _ description: String,
        skills: [(SkillCode, Int)], hours: Int, place: Place, talents: Int = 1, crisis: Bool = false
    ) {
        self.administration = administration
        self.nature = nature
        self.title = title
        self.description = description
        self.skills = skills.map { code, level in
            guard let minimum = SkillLevel(rawValue: level) else { preconditionFailure("level \(level) of \(code)") }
            return SkillRequirement(code, minimumLevel: minimum)
        }
        effortHours = hours
        self.place = place
        talentsSought = talents
        self.crisis = crisis
    }

    /// The fifty missions of the demo dataset, seven or eight of each nature.
    static let all = advisory + delivery
}
