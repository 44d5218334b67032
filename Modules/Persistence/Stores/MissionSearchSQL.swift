import Domain

/// The SQL of a mission listing, built from validated criteria: fixed fragments with `?`
/// placeholders, values always bound, never spliced into the text.
struct MissionSearchSQL {
    /// Column weights of `bm25()` for (title, description, skills): a word in the title counts
    /// four times one in the description (https://www.sqlite.org/fts5.html#the_bm25_function).
    static let rank = "bm25(missions_fts, 4.0, 1.0, 2.0)"
    /// Missions never published count as published at the epoch.
    static let publishedAt = "coalesce(m.published_at, 0)"

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
            sql += """
                WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT a.id FROM administrations a
                    JOIN tree ON a.parent_id = tree.id)

                """
            arguments.append(ministry)
        }
        let value = Self.valueExpression(sort.key)
        if let text = search.text {
            sql += """
                SELECT m.id, \(value), \(Self.rank) FROM missions_fts JOIN missions m ON m.id = missions_fts.rowid
                WHERE missions_fts MATCH ?
                """
            arguments.append(Self.match(text))
        } else {
            sql += "SELECT m.id, \(value), NULL FROM missions m WHERE 1"
        }

        switch scope {
        case .all: break
        case .publishedOrOwned(let userID): filter("(m.state = 'published' OR m.owner_id = ?)", [userID])
        case .owned(let userID): filter("m.owner_id = ?", [userID])
        }
        if !search.states.isEmpty {
            filter("m.state IN \(list(search.states.count))", search.states.map(\.rawValue).sorted())
        }
        if !search.natures.isEmpty {
            filter("m.nature IN \(list(search.natures.count))", search.natures.map(\.rawValue).sorted())
        }
        if !search.skills.isEmpty {
            filter("EXISTS (SELECT 1 FROM mission_skills ms WHERE ms.mission_id = m.id AND ms.skill_code IN "
                   + "\(list(search.skills.count)))", search.skills.map(\.rawValue).sorted())
        }
        if !search.families.isEmpty {
            filter("EXISTS (SELECT 1 FROM mission_skills ms JOIN skills s ON s.code = ms.skill_code "
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
        if let after = search.after {
            let bound = Self.bind(after.value, sort.key)
            if sort.key == .relevance {
                guard let rank = after.rank else { preconditionFailure("a relevance position has a rank") }
                filter("(\(Self.rank) > ? OR (\(Self.rank) = ? AND (\(value), m.id) < (?, ?)))",
                       [rank, rank, bound, after.id])
            } else {
                filter("(\(value), m.id) \(sort.descending ? "<" : ">") (?, ?)", [bound, after.id])
            }
        }

        sql += conditions.map { "\n    AND " + $0 }.joined()
        arguments += conditionArguments
        switch sort.key {
        case .relevance: sql += "\nORDER BY \(Self.rank), \(value) DESC, m.id DESC"
        default:
            let direction = sort.descending ? "DESC" : "ASC"
            sql += "\nORDER BY \(value) \(direction), m.id \(direction)"
        }
        // One more than asked, to know whether another page follows.
        sql += "\nLIMIT ?"
        arguments.append(search.limit + 1)
    }

    /// The value a position records for `row` (columns: id, value, rank).
    func position(of row: Row) throws -> MissionSearchPosition {
        let value: Int64 = switch sort.key {
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
