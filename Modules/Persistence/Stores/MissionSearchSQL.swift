import Domain

/// The SQL of a mission listing, built from validated criteria: fixed fragments with `?`
/// placeholders, values always bound, never spliced into the text.
struct MissionSearchSQL {
    /// Missions never published count as published at the epoch.
    static let publishedAt = "coalesce(m.published_at, 0)"
    /// Whether the user bound is a co-owner of mission `m` (issue 22).
    static let coOwned = "EXISTS (SELECT 1 FROM mission_co_owners c WHERE c.mission_id = m.id AND c.user_id = ?)"

    /// The missions the user bound twice owns or co-owns: a list that the query reads first, through
    /// the owner and co-owner indexes, where the `OR` of ``coOwned`` would test every mission.
    static let ownedIDs =
        "(SELECT id FROM missions WHERE owner_id = ? UNION ALL SELECT mission_id FROM mission_co_owners WHERE user_id = ?)"

    private(set) var sql = ""
    private(set) var arguments: [any SQLiteBindable] = []
    let sort: MissionSort

    /// The listing of `search` in `scope`; with `mission`, that mission only (whether it matches).
    init(_ search: MissionSearch, scope: MissionScope, only mission: MissionID? = nil) {
        sort = search.effectiveSort
        var conditions: [String] = []
        var conditionArguments: [any SQLiteBindable] = []
        func filter(_ condition: String, _ values: [any SQLiteBindable]) {
            conditions.append(condition)
            conditionArguments += values
        }
        func list(_ count: Int) -> String {
            "(" + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
        }

        if let ministry = search.ministry {
            // The administration and every one under it (https://www.sqlite.org/lang_with.html).
            sql += AdministrationStore.treeCTE
            arguments.append(ministry)
        }
        let value = Self.valueExpression(sort.key)
        // Relevance ranks by tiers (below), each a query of its own; the other orders filter one.
        let relevance = sort.key == .relevance ? search.text : nil
        if relevance == nil, let text = search.text {
            sql += """
                SELECT m.id, \(value), NULL FROM missions_fts JOIN missions m ON m.id = missions_fts.rowid
                WHERE missions_fts MATCH ?
                """
            arguments.append(Self.match(text))
        } else if relevance == nil {
            sql += "SELECT m.id, \(value), NULL FROM missions m WHERE 1"
        }

        switch scope {
        case .all: break
        case .publishedOrOwned(let userID):
            filter("(m.state = 'published' OR m.owner_id = ? OR \(Self.coOwned))", [userID, userID])
        case .owned(let userID): filter("m.id IN \(Self.ownedIDs)", [userID, userID])
        }
        if !search.states.isEmpty {
            filter("m.state IN \(list(search.states.count))", search.states.map(\.rawValue).sorted())
        }
        if !search.natures.isEmpty {
            filter("m.nature IN \(list(search.natures.count))", search.natures.map(\.rawValue).sorted())
        }
        if !search.skills.isEmpty {
            filter(
                "EXISTS (SELECT 1 FROM mission_skills ms WHERE ms.mission_id = m.id AND ms.skill_code IN "
                    + "\(list(search.skills.count)))", search.skills.map(\.rawValue).sorted())
        }
        if !search.families.isEmpty {
            filter(
                "EXISTS (SELECT 1 FROM mission_skills ms JOIN skills s ON s.code = ms.skill_code "
                    + "WHERE ms.mission_id = m.id AND s.family IN \(list(search.families.count)))",
                search.families.map(\.rawValue).sorted())
        }
        if search.ministry != nil { filter("m.administration_id IN (SELECT id FROM tree)", []) }
        if let departement = search.departement { filter("m.departement = ?", [departement.code]) }
        if let remote = search.remote { filter("m.remote = ?", [remote]) }
        if let effortMin = search.effortMin { filter("m.effort_hours >= ?", [effortMin]) }
        if let effortMax = search.effortMax { filter("m.effort_hours <= ?", [effortMax]) }
        // Dates are TEXT YYYY-MM-DD, which sorts as the dates do.
        if let startsAfter = search.startsAfter { filter("m.window_start >= ?", [startsAfter]) }
        if let endsBefore = search.endsBefore { filter("m.window_end <= ?", [endsBefore]) }
        if let crisis = search.crisis { filter("m.crisis = ?", [crisis]) }
        if let mission { filter("m.id = ?", [mission]) }
        if let text = relevance {
            appendTiers(
                text, after: search.after, value: value, conditions: conditions,
                conditionArguments: conditionArguments, limit: search.limit + 1)
            return
        }
        if let after = search.after {
            // `(value, m.id) < (?, ?)` spelled out (the value is never NULL): SQLite seeks an
            // index on the value with `value <= ?`, not with the row value, and would otherwise
            // walk every row of the pages before.
            let bound = Self.bind(after.value, sort.key)
            let (strict, loose) = sort.descending ? ("<", "<=") : (">", ">=")
            filter(
                "\(value) \(loose) ? AND (\(value) \(strict) ? OR m.id \(strict) ?)", [bound, bound, after.id])
        }

        sql += conditions.map { "\n    AND " + $0 }.joined()
        arguments += conditionArguments
        let direction = sort.descending ? "DESC" : "ASC"
        sql += "\nORDER BY \(value) \(direction), m.id \(direction)"
        // One more than asked, to know whether another page follows.
        sql += "\nLIMIT ?"
        arguments.append(search.limit + 1)
    }

    /// Relevance as tiers that the full-text index yields in order, so that a page stops after
    /// `limit` rows instead of scoring every match (bm25 cost ~2 µs per match: 50 ms for a word
    /// in half of 50,000 missions): tier 0, every word in the title; tier 1, the other matches.
    /// Within a tier, the newest mission first, walking FTS5 by `rowid DESC`
    /// (https://www.sqlite.org/fts5.html#full_text_query_syntax, column filters and NOT).
    /// A position's rank is its tier; the next page resumes in that tier below its id.
    private mutating func appendTiers(
        _ text: MissionTextQuery, after: MissionSearchPosition?, value: String,
        conditions: [String], conditionArguments: [any SQLiteBindable], limit: Int
    ) {
        let words = Self.match(text)
        let matches = ["{title} : (\(words))", "(\(words)) NOT {title} : (\(words))"]
        let resume = after.map { position -> Int in
            guard let rank = position.rank else { preconditionFailure("a relevance position has a rank") }
            return Int(rank)
        }
        var parts: [String] = []
        for (tier, match) in matches.enumerated() where tier >= (resume ?? 0) {
            var part = """
                SELECT * FROM (SELECT m.id, \(value), \(tier).0 FROM missions_fts JOIN missions m ON m.id = missions_fts.rowid
                WHERE missions_fts MATCH ?
                """ + conditions.map { "\n    AND " + $0 }.joined()
            arguments.append(match)
            arguments += conditionArguments
            if let after, tier == resume {
                part += "\n    AND m.id < ?"
                arguments.append(after.id)
            }
            part += "\nORDER BY missions_fts.rowid DESC LIMIT ?)"
            arguments.append(limit)
            parts.append(part)
        }
        sql += "SELECT * FROM (" + parts.joined(separator: "\nUNION ALL\n") + ")\nORDER BY 3, 1 DESC LIMIT ?"
        arguments.append(limit)
    }

    /// The value a position records for `row` (columns: id, value, rank).
    func position(of row: Row) throws -> MissionSearchPosition {
        let value: Int64 =
            switch sort.key {
            case .deadline: Int64(try row.decode(1, as: LocalDate.self).daysSinceEpoch)
            default: try row.int64(1)
            }
        return MissionSearchPosition(sort: sort, rank: try row.optionalDouble(2), value: value, id: try row.decode(0))
    }

    /// The column the order is on; for relevance, the publication time that breaks ties.
    private static func valueExpression(_ key: MissionSort.Key) -> String {
        switch key {
        case .relevance, .publishedAt: publishedAt
        case .createdAt: "m.created_at"
        case .deadline: "m.application_deadline"
        case .effort: "m.effort_hours"
        }
    }

    /// A position's value as the column stores it.
    private static func bind(_ value: Int64, _ key: MissionSort.Key) -> any SQLiteBindable {
        key == .deadline ? LocalDate(daysSinceEpoch: Int(value)) : value
    }

    /// The FTS5 query of `text`: every word as a string (so `AND`, `NEAR`… are words, not
    /// operators), all required (implicit AND), the last one a prefix
    /// (https://www.sqlite.org/fts5.html#full_text_query_syntax). Words hold only letters and
    /// digits, so none holds a quote to escape.
    static func match(_ text: MissionTextQuery) -> String {
        text.words.enumerated().map { index, word in
            "\"\(word)\"" + (index == text.words.count - 1 ? "*" : "")
        }.joined(separator: " ")
    }
}
