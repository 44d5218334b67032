import Domain
import Persistence
import Support

/// A burst of the API's usual writes between two scrapes, through the real stores (rows and
/// audit events alike): talents apply to published missions, owners answer awaiting applications.
struct BenchActivity {
    var random: SplitMix64
    let now: Instant

    /// Runs the burst in the caller's write transaction; returns what was done (a draw that breaks
    /// a rule, e.g. a second live application, is skipped).
    mutating func run(submissions: Int, answers: Int, in connection: Connection) throws
        -> (submitted: Int, answered: Int)
    {
        let applications = ApplicationStore(connection)
        let missions = try connection.query(
            "SELECT id FROM missions WHERE state = 'published' ORDER BY random() LIMIT ?", submissions
        ) {
            MissionID(try $0.int64(0))
        }
        let talentCount = try connection.scalar("SELECT count(*) FROM talents", as: Int.self) ?? 0
        var submitted = 0
        for mission in missions where talentCount > 0 {
            let talent = TalentID(Int64(random.int(in: 1...talentCount)))
            do {
                guard let published = try MissionStore(connection).find(mission) else {
                    throw NotFoundError("mission", id: mission)
                }
                guard let applicant = try TalentStore(connection).find(talent) else {
                    throw NotFoundError("talent", id: talent)
                }
                let application = try Application.submit(
                    id: try applications.nextID(), to: published, by: applicant, motivation: "Je souhaite contribuer.",
                    existing: try applications.live(missionID: mission, talentID: talent), at: now)
                try applications.insert(application, by: .commandLine, at: now)
                submitted += 1
            } catch is ApplicationError {
                continue
            }
        }
        let awaiting = try connection.query(
            """
            SELECT id FROM applications WHERE status = 'submitted' AND answered_at IS NULL ORDER BY random() LIMIT ?
            """, answers
        ) { ApplicationID(try $0.int64(0)) }
        var answered = 0
        for id in awaiting {
            guard var application = try applications.find(id) else { continue }
            let action: String
            switch random.index(weights: [40, 10, 50]) {
            case 0:
                try application.proposeInterview(Interview(at: now.adding(days: 3), means: "Visioconférence"), at: now)
                action = "application.interview-proposed"
            case 1:
                try application.accept(at: now)
                action = "application.accepted"
            default:
                try application.decline(reason: try CodedReason(.profileDoesNotFit), at: now)
                action = "application.declined"
            }
            try applications.update(application, action: action, by: .commandLine, at: now)
            answered += 1
        }
        return (submitted, answered)
    }
}
