import Persistence
import Support

extension BenchDataGenerator {
    /// Decline reasons and their weights.
    static let declineReasons = [("profile-does-not-fit", 50), ("mission-filled", 40), ("other", 10)]

    /// Applications spread round-robin over the published missions, each from a different talent
    /// of the mission (so the one-live-application rule holds), submitted while the mission was
    /// open; the outcome follows the answer delay drawn and the time elapsed until now.
    mutating func generateApplications(in connection: Connection) throws {
        precondition(!openedMissions.isEmpty || scale.applications == 0, "no published mission to apply to")
        precondition(
            scale.applications / max(openedMissions.count, 1) < scale.talents,
            "more applications per mission than talents")
        let application = try connection.makeStatement(
            """
            INSERT INTO applications(id, mission_id, talent_id, motivation, status, interview_at, interview_means,
                reason_code, reason_text, submitted_at, due_at, answered_at, updated_at)
            VALUES (?, ?, ?, 'Je souhaite contribuer.', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let event = try connection.makeStatement(Self.auditSQL)
        // A stride coprime with the number of talents: applications k of one mission go to
        // distinct talents.
        var stride = 85_863 % scale.talents
        while gcd(stride, scale.talents) != 1 { stride += 1 }
        for index in 0..<scale.applications {
            let slot = index % openedMissions.count
            let mission = openedMissions[slot]
            let talent = Int64((slot &* 7_919 &+ (index / openedMissions.count) &* stride) % scale.talents + 1)
            let end = mission.closedAt ?? now
            let submitted =
                mission.publishedAt
                + random.milliseconds(
                    in:
                        0...max(
                            0,
                            min(
                                45 * Self.day,
                                end - mission.publishedAt)))
            try writeApplication(
                id: Int64(index + 1), mission: mission.id, talent: talent, submitted: submitted,
                application, event)
        }
    }

    private mutating func writeApplication(
        id: Int64, mission: Int64, talent: Int64, submitted: Int64,
        _ statement: Statement, _ event: Statement
    ) throws {
        let talentActor = "user:\(Int64(scale.owners) + talent)"
        let ownerActor = "user:1"
        let due = submitted + 14 * Self.day
        var status = "submitted"
        var interviewAt: Int64?
        var reason: String?
        var answeredAt: Int64?
        var updated = submitted
        try audit(
            event, at: submitted, actor: talentActor, action: "application.submitted", subject: "application",
            id: id)
        let delays: [ClosedRange<Int64>?] = [
            0...(3 * Self.day), (3 * Self.day)...(7 * Self.day),
            (7 * Self.day)...(14 * Self.day), (14 * Self.day)...(30 * Self.day), nil
        ]
        let delay = delays[random.index(weights: [35, 30, 20, 10, 5])].map { random.milliseconds(in: $0) }
        if let delay, submitted + delay < now {
            let answered = submitted + delay
            answeredAt = answered
            updated = answered
            let interview = random.chance(40)
            if interview {
                status = "interview-proposed"
                interviewAt = answered + 3 * Self.day
                try audit(
                    event, at: answered, actor: ownerActor, action: "application.interview-proposed",
                    subject: "application", id: id)
            }
            if now - answered > 10 * Self.day || !interview {
                let decided = interview ? answered + random.milliseconds(in: Self.day...(10 * Self.day)) : answered
                interviewAt = nil
                switch random.index(weights: [3, 89, 8]) {
                case 0:
                    status = "accepted"
                    try audit(
                        event, at: decided, actor: ownerActor, action: "application.accepted",
                        subject: "application", id: id)
                case 1:
                    status = "declined"
                    reason = Self.declineReasons[random.index(weights: Self.declineReasons.map(\.1))].0
                    try audit(
                        event, at: decided, actor: ownerActor, action: "application.declined",
                        subject: "application", id: id, reason: reason)
                default:
                    status = "withdrawn"
                    reason = "no-longer-available"
                    try audit(
                        event, at: decided, actor: talentActor, action: "application.withdrawn",
                        subject: "application", id: id, reason: reason)
                }
                updated = decided
            }
        } else if now >= due ? random.chance(85) : random.chance(5) {
            status = "withdrawn"
            reason = "no-longer-available"
            updated = submitted + random.milliseconds(in: 0...(now - submitted))
            try audit(
                event, at: updated, actor: talentActor, action: "application.withdrawn",
                subject: "application", id: id, reason: reason)
        }
        try insert(
            statement,
            [
                id, mission, talent, status, interviewAt, interviewAt.map { _ in "Visioconférence" },
                reason, reason == "other" ? "Autre motif" : nil, submitted, due, answeredAt, updated
            ])
    }

    private func gcd(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : gcd(b, a % b)
    }
}
