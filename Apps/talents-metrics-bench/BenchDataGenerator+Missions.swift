import Persistence
import Support

extension BenchDataGenerator {
    static let natures = [
        "support", "lessons-learned", "skill-transfer", "advice", "software-component",
        "security-hardening", "ux-improvement"
    ]

    /// Missions created over two years: recent ones mostly published (some drafts and some
    /// awaiting review), older ones closed (filled, expired or cancelled); titles and descriptions
    /// drawn from ``vocabulary``, one to three required skills, in the full-text index.
    mutating func generateMissions(in connection: Connection) throws {
        let mission = try connection.makeStatement(
            """
            INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours,
                window_start, window_end, departement, remote, talents_sought, application_deadline, crisis, state,
                created_at, updated_at, submitted_at, published_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, '2025-01-01', '2027-12-31', ?, ?, ?, '2027-12-31', 0, ?, ?, ?, ?, ?, ?)
            """)
        let requirement = try connection.makeStatement(
            "INSERT INTO mission_skills(mission_id, position, skill_code, minimum_level) VALUES (?, ?, ?, ?)")
        let skills = try connection.query("SELECT code FROM skills ORDER BY code") { try $0.string(0) }
        let event = try connection.makeStatement(Self.auditSQL)
        for index in 1...scale.missions {
            let id = Int64(index)
            let owner = random.element(of: owners)
            let actor = "user:\(owner.user)"
            let created = pastInstant()
            let age = now - created
            let state: String
            if age < 60 * Self.day {
                state = ["draft", "submitted", "published", "closed-filled"][random.index(weights: [10, 10, 70, 10])]
            } else {
                state =
                    ["closed-filled", "closed-expired", "closed-cancelled", "published"][
                        random.index(weights: [60, 28, 10, 2])]
            }
            var submitted: Int64?
            var published: Int64?
            var closed: Int64?
            if state != "draft" { submitted = created + random.milliseconds(in: 0...Self.day) }
            if let submitted, state != "submitted" {
                published = min(now, submitted + random.milliseconds(in: 0...(2 * Self.day)))
            }
            if let published, state.hasPrefix("closed") {
                closed = min(now, published + random.milliseconds(in: (7 * Self.day)...(60 * Self.day)))
            }
            let updated = closed ?? published ?? submitted ?? created
            // A mission without a département is done remotely (the table's CHECK).
            let place = random.chance(60) ? departement() : nil
            try insert(
                mission,
                [
                    id, owner.administration, owner.user,
                    "\(random.element(of: Self.titleVerbs)) \(words(random.int(in: 2...5))) (\(index))",
                    "Mission générée : \(words(random.int(in: 12...40))).", random.element(of: Self.natures),
                    random.int(in: 10...200), place, place == nil || random.chance(50),
                    random.int(in: 1...3), state, created, updated, submitted, published, closed
                ])
            var chosen = Set<String>()
            for position in 0..<random.int(in: 1...3) {
                let code = random.element(of: skills)
                guard chosen.insert(code).inserted else { continue }
                try insert(requirement, [id, position, code, random.int(in: 1...4)])
            }
            try audit(event, at: created, actor: actor, action: "mission.created", subject: "mission", id: id)
            if let published {
                try audit(event, at: published, actor: "cli", action: "mission.published", subject: "mission", id: id)
                if published < now { openedMissions.append((id, published, closed)) }
            }
            if let closed {
                let action = [
                    "closed-filled": "mission.closed-as-filled", "closed-expired": "mission.expired",
                    "closed-cancelled": "mission.cancelled"
                ][state]!
                try audit(event, at: closed, actor: actor, action: action, subject: "mission", id: id)
            }
        }
        // The full-text rows, as `MissionStore` writes them (title, description, the skills' names).
        rows += try connection.run(
            """
            INSERT INTO missions_fts(rowid, title, description, skills)
            SELECT m.id, m.title, m.description, coalesce((SELECT group_concat(s.name, ' ') FROM mission_skills ms
                JOIN skills s ON s.code = ms.skill_code WHERE ms.mission_id = m.id), '')
            FROM missions m
            """)
    }
}
