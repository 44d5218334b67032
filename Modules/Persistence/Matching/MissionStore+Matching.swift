public import Domain

extension MissionStore {
    /// Whether mission `id` is among the results of `search` over published missions: the same
    /// query as the listing, restricted to that mission, so an alert and a search always agree.
    /// The criteria must have been validated (``MissionSearch/validate(taxonomy:)``).
    public func matches(_ search: MissionSearch, mission id: MissionID) throws -> Bool {
        var search = search
        search.states = [.published]
        search.after = nil
        search.limit = 1
        let query = MissionSearchSQL(search, scope: .all, only: id)
        return try !connection.query(query.sql, arguments: query.arguments) { _ in () }.isEmpty
    }
}
