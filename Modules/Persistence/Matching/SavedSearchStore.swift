public import Domain
import Foundation

/// Talents' saved mission searches.
public struct SavedSearchStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a validated saved search of `userID`, with its audit event `saved-search.created`.
    public func insert(_ new: NewSavedSearch, userID: UserID, by actor: Actor, at instant: Instant) throws
        -> SavedSearch
    {
        let search = SavedSearch(
            id: try connection.nextID(in: "saved_searches"), userID: userID, name: new.name,
            parameters: new.parameters, createdAt: instant)
        try connection.run(
            """
            INSERT INTO saved_searches(id, user_id, name, parameters, created_at) VALUES (?, ?, ?, ?, ?)
            """, search.id, userID, search.name, try Self.json(search.parameters), instant)
        try audit("saved-search.created", search, by: actor, at: instant)
        return search
    }

    /// Deletes a saved search and its pending alerts, with its audit event `saved-search.deleted`.
    public func delete(_ search: SavedSearch, by actor: Actor, at instant: Instant) throws {
        try connection.run("DELETE FROM saved_searches WHERE id = ?", search.id)
        try audit("saved-search.deleted", search, by: actor, at: instant)
    }

    /// The saved search with `id`, or nil.
    public func find(_ id: SavedSearchID) throws -> SavedSearch? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: savedSearch)
    }

    /// The saved searches of `userID`, oldest first.
    public func all(of userID: UserID) throws -> [SavedSearch] {
        try connection.query("\(Self.select) WHERE user_id = ? ORDER BY id", userID, map: savedSearch)
    }

    /// Every saved search, oldest first (what a publication is checked against).
    public func all() throws -> [SavedSearch] {
        try connection.query("\(Self.select) ORDER BY id", map: savedSearch)
    }

    /// How many searches `userID` saved.
    public func count(of userID: UserID) throws -> Int {
        try connection.queryOne("SELECT count(*) FROM saved_searches WHERE user_id = ?", userID) { try $0.int(0) } ?? 0
    }

    private static let select = "SELECT id, user_id, name, parameters, created_at FROM saved_searches"

    private func savedSearch(_ row: Row) throws -> SavedSearch {
        let text = try row.string(3)
        guard let parameters = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) else {
            throw SQLiteError.mismatch("saved_searches.parameters is not an object of strings", sql: nil)
        }
        return SavedSearch(
            id: try row.decode(0), userID: try row.decode(1), name: try row.string(2),
            parameters: parameters, createdAt: try row.decode(4))
    }

    private static func json(_ parameters: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(parameters), as: UTF8.self)
    }

    private func audit(_ action: String, _ search: SavedSearch, by actor: Actor, at instant: Instant) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "saved-search",
                subjectID: search.id.rawValue, actor: actor, at: instant))
    }
}
