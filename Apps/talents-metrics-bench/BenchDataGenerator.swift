import Persistence
import Support

/// Writes a programme at scale straight into the real schema (opened and migrated by
/// `TalentsDatabase.open`): administrations in ministry trees, users, talents and their skills,
/// missions over two years, applications in every status with the audit events the stores would
/// have appended, agreements for the accepted ones. Rows go in through prepared statements, one transaction per table.
///
/// Distributions: instants spread over the two years before `now`; answers within 3 days for a
/// third, 14 days for most, later or never for the rest; unanswered applications past their due
/// date mostly withdrawn, some still waiting (overdue); about 3 % accepted.
struct BenchDataGenerator {
    /// How many rows of each kind.
    struct Scale {
        var talents = 100_000
        var missions = 20_000
        var applications = 1_000_000
        /// Mission owners, spread over the administrations.
        var owners = 2_000
    }

    static let day: Int64 = 86_400_000
    /// Two years: the span of creation instants.
    static let span: Int64 = 730 * day

    let scale: Scale
    let now: Int64
    var random: SplitMix64
    /// Administration ids, then the first user id of the owners, talents' ids, etc.
    var administrations: [Int64] = []
    var owners: [(user: Int64, administration: Int64)] = []
    /// Missions that received applications: id, publication instant, closing instant if closed.
    var openedMissions: [(id: Int64, publishedAt: Int64, closedAt: Int64?)] = []
    var rows = 0

    init(scale: Scale, seed: UInt64, now: Int64) {
        self.scale = scale
        self.now = now
        random = SplitMix64(seed: seed)
    }

    /// Fills `database`; returns the number of rows written.
    mutating func generate(into database: DatabasePool) throws -> Int {
        try database.write { try generateAdministrations(in: $0) }
        try database.write { try generateUsers(in: $0) }
        try database.write { try generateTalents(in: $0) }
        try database.write { try generateMissions(in: $0) }
        try database.write { try generateApplications(in: $0) }
        try database.write { try generateAgreements(in: $0) }
        return rows
    }

    /// An instant in the two years before now.
    mutating func pastInstant() -> Int64 {
        now - random.milliseconds(in: 0...Self.span)
    }

    /// Runs `statement` with `arguments` and counts the row.
    mutating func insert(_ statement: Statement, _ arguments: [any SQLiteBindable]) throws {
        try statement.run(arguments)
        rows += 1
    }

    /// Appends an audit event as `AuditLog` would (details sorted, `{}` when empty).
    mutating func audit(
        _ statement: Statement, at: Int64, actor: String, action: String, subject: String,
        id: Int64, reason: String? = nil
    ) throws {
        let details = reason.map { #"{"reason":"\#($0)"}"# } ?? "{}"
        try insert(statement, [at, actor, action, subject, id, details])
    }

    /// A metropolitan département code: 01 to 95, Corsica as 2A (there is no 20).
    mutating func departement() -> String {
        let number = random.int(in: 1...95)
        return number == 20 ? "2A" : String(String(100 + number).dropFirst())
    }

    static let auditSQL = """
        INSERT INTO audit_events(at, actor, action, subject_type, subject_id, details) VALUES (?, ?, ?, ?, ?, ?)
        """

    /// 12 ministries, 5 directorates each, 3 services per directorate.
    private mutating func generateAdministrations(in connection: Connection) throws {
        let statement = try connection.makeStatement(
            """
            INSERT INTO administrations(id, name, acronym, level, public_service, parent_id, created_at)
            VALUES (?, ?, ?, ?, 'state', ?, ?)
            """)
        var next: Int64 = 1
        for ministry in 1...12 {
            let ministryID = next
            try insert(
                statement,
                [
                    ministryID, "Ministère \(ministry)", "MIN\(ministry)", "ministry", nil as Int64?,
                    now - Self.span
                ])
            next += 1
            for directorate in 1...5 {
                let directorateID = next
                try insert(
                    statement,
                    [
                        directorateID, "Direction \(ministry).\(directorate)",
                        "MIN\(ministry)-D\(directorate)", "directorate", ministryID, now - Self.span
                    ])
                next += 1
                administrations.append(directorateID)
                for service in 1...3 {
                    try insert(
                        statement,
                        [
                            next, "Service \(ministry).\(directorate).\(service)",
                            "MIN\(ministry)-D\(directorate)-S\(service)", "service", directorateID,
                            now - Self.span
                        ])
                    administrations.append(next)
                    next += 1
                }
            }
        }
    }

    /// Mission owners (ids 1…owners), then one user per talent.
    private mutating func generateUsers(in connection: Connection) throws {
        let user = try connection.makeStatement(
            """
            INSERT INTO users(id, display_name, email, administration_id, created_at) VALUES (?, ?, ?, ?, ?)
            """)
        let role = try connection.makeStatement("INSERT INTO user_roles(user_id, role) VALUES (?, ?)")
        for index in 1...scale.owners {
            let id = Int64(index)
            let administration = random.element(of: administrations)
            try insert(
                user, [id, "Responsable \(index)", "owner\(index)@bench.gouv.fr", administration, now - Self.span])
            try insert(role, [id, "mission-owner"])
            owners.append((id, administration))
        }
        for index in 1...scale.talents {
            let id = Int64(scale.owners + index)
            try insert(user, [id, "Talent \(index)", "talent\(index)@bench.gouv.fr", nil as Int64?, pastInstant()])
            try insert(role, [id, "talent"])
        }
    }

    /// Talents 1…talents (user ids after the owners), 70 % in the pool, 1 to 5 skills each.
    private mutating func generateTalents(in connection: Connection) throws {
        let skills = try connection.query("SELECT code FROM skills ORDER BY code") { try $0.string(0) }
        let talent = try connection.makeStatement(
            """
            INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email, departement,
                hours_per_month, presentation, pool_consent_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, 'Chef de service', 'chef@bench.gouv.fr', ?, ?, 'Agent public.', ?, ?, ?)
            """)
        let skill = try connection.makeStatement(
            "INSERT INTO talent_skills(talent_id, position, skill_code, level) VALUES (?, ?, ?, ?)")
        let event = try connection.makeStatement(Self.auditSQL)
        for index in 1...scale.talents {
            let id = Int64(index)
            let created = pastInstant()
            let consent: Int64? = random.chance(70) ? created : nil
            try insert(
                talent,
                [
                    id, Int64(scale.owners + index), random.element(of: administrations),
                    random.chance(80) ? "civil-servant" : "contract-agent",
                    departement(), random.int(in: 4...40),
                    consent, created, created
                ])
            var chosen = Set<String>()
            for position in 0..<random.int(in: 1...5) {
                let code = random.element(of: skills)
                guard chosen.insert(code).inserted else { continue }
                try insert(skill, [id, position, code, random.int(in: 1...4)])
            }
            try audit(
                event, at: created, actor: "user:\(scale.owners + index)", action: "talent.created",
                subject: "talent", id: id)
        }
    }
}
