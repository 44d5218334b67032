public import Domain

extension ApplicationStore {
    /// The applications in `scope` matching `search` at `now` (for the overdue filter), oldest
    /// due first then by id, strictly after `after`, at most `limit`.
    ///
    /// The scope is a condition of the query itself, so nothing outside it (not even a count)
    /// reaches the caller. The search's cursor is ignored: the caller decodes it into `after`.
    /// Every scope is served by indexes: a user's applications through their missions
    /// (`applications_mission`) and their talent profile (`applications_talent`), everything in
    /// due order (`applications_due`); the page's ids are chosen first, then only they are joined.
    public func list(
        _ search: ApplicationSearch, in scope: ApplicationScope, now: Instant,
        after: ApplicationSearchPosition?, limit: Int
    ) throws -> [ListedApplication] {
        precondition(limit > 0, "a page holds at least one application")
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        switch scope {
        case .all: break
        case .involving(let userID):
            conditions.append("(a.mission_id IN (\(Self.ownMissions)) OR a.talent_id IN (\(Self.ownTalent)))")
            arguments += [userID, userID, userID]
        case .sentBy(let userID):
            conditions.append("a.talent_id IN (\(Self.ownTalent))")
            arguments.append(userID)
        case .toMissionsOf(let userID):
            conditions.append("a.mission_id IN (\(Self.ownMissions))")
            arguments += [userID, userID]
        }
        if let missionID = search.missionID {
            conditions.append("a.mission_id = ?")
            arguments.append(missionID)
        }
        if !search.statuses.isEmpty {
            conditions.append(
                "a.status IN ("
                    + Array(repeating: "?", count: search.statuses.count)
                    .joined(separator: ", ") + ")")
            arguments += search.statuses.map(\.rawValue).sorted()
        }
        if let overdue = search.overdue {
            // Application.isOverdue(now:): awaiting its first answer, strictly after the due instant.
            let overdueCondition = "(a.status = 'submitted' AND a.answered_at IS NULL AND a.due_at < ?)"
            conditions.append(overdue ? overdueCondition : "NOT " + overdueCondition)
            arguments.append(now)
        }
        if let after {
            // Row values compare lexicographically (https://www.sqlite.org/rowvalue.html).
            conditions.append("(a.due_at, a.id) > (?, ?)")
            arguments += [after.dueAt, after.id]
        }
        arguments.append(limit)
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try connection.query(
            """
            \(Self.listedSelect) WHERE a.id IN (
                SELECT a.id FROM applications a \(filter) ORDER BY a.due_at, a.id LIMIT ?)
            ORDER BY a.due_at, a.id
            """,
            arguments: arguments, map: Self.listed)
    }

    /// Application `id` as listings show it, or nil.
    public func findListed(_ id: ApplicationID) throws -> ListedApplication? {
        try connection.queryOne("\(Self.listedSelect) WHERE a.id = ?", id, map: Self.listed)
    }

    /// The columns of ``ApplicationStore/select`` in the same order, then the mission's and the
    /// applicant's.
    private static let listedSelect = """
        SELECT a.id, a.mission_id, a.talent_id, a.motivation, a.status, a.interview_at, a.interview_means,
            a.reason_code, a.reason_text, a.submitted_at, a.answered_at, a.updated_at, a.revision,
            a.reopening_reason, m.title, m.owner_id, t.user_id, u.display_name, u.email,
            (SELECT group_concat(c.user_id) FROM mission_co_owners c WHERE c.mission_id = m.id)
        FROM applications a JOIN missions m ON m.id = a.mission_id JOIN talents t ON t.id = a.talent_id
            JOIN users u ON u.id = t.user_id
        """

    /// The missions the user bound twice owns or co-owns.
    private static let ownMissions =
        "SELECT id FROM missions WHERE owner_id = ? UNION ALL SELECT mission_id FROM mission_co_owners WHERE user_id = ?"

    /// The talent profile of the user bound.
    private static let ownTalent = "SELECT id FROM talents WHERE user_id = ?"

    private static func listed(_ row: Row) throws -> ListedApplication {
        let coOwners = (try row.optionalString(19) ?? "").split(separator: ",").compactMap { Int64($0) }.map {
            UserID($0)
        }
        return ListedApplication(
            application: try application(row), revision: try row.int(12),
            missionTitle: try row.string(14),
            parties: ApplicationParties(
                missionOwnerID: try row.decode(15),
                applicantUserID: try row.decode(16), missionCoOwnerIDs: coOwners.sorted()),
            applicantName: try row.string(17), applicantEmail: try EmailAddress(try row.string(18)))
    }
}
