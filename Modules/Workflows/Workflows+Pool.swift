public import Domain
import Persistence
import Support

extension Workflows {
    /// Puts talent `id` in the pool with the consent of its owner, if still at `expectedRevision`;
    /// audit event `talent.pool-joined`.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``TalentError`` (no consent, already in),
    ///   ``StaleRevisionError``.
    public func joinPool(
        _ id: TalentID, consent: Bool, expectedRevision: Int,
        by caller: Caller
    ) throws -> Versioned<Talent> {
        let now = clock.now
        return try changeTalent(
            id, action: "talent.pool-joined", expectedRevision: expectedRevision, by: caller,
            to: "join the pool"
        ) { talent in
            try talent.joinPool(consent: consent, at: now)
            return [:]
        }
    }

    /// Takes talent `id` out of the pool (its owner withdraws consent), if still at
    /// `expectedRevision`; audit event `talent.pool-left`.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``TalentError/notInPool``, ``StaleRevisionError``.
    public func leavePool(_ id: TalentID, expectedRevision: Int, by caller: Caller) throws -> Versioned<Talent> {
        try changeTalent(
            id, action: "talent.pool-left", expectedRevision: expectedRevision, by: caller,
            to: "leave the pool"
        ) { talent in
            try talent.leavePool()
            return [:]
        }
    }

    /// One page of the consenting talents matching `search`, by increasing id (mission owners
    /// and the operator).
    /// - Throws: ``AccessError``, ``PoolSearchError``.
    public func searchPool(_ search: PoolSearch, by caller: Caller) throws -> PoolPage {
        try requireActingOwner(caller, to: "search the pool")
        let search = try search.validated()
        let after = try search.cursor.map(PoolPage.talentID(after:))
        return try database.read { connection in
            // One more than the page tells whether another page follows.
            let profiles = try TalentStore(connection).searchPool(search, after: after, limit: search.limit + 1)
            let hasMore = profiles.count > search.limit
            let items = Array(profiles.prefix(search.limit))
            return PoolPage(items: items, nextCursor: hasMore ? items.last.map { PoolPage.cursor(after: $0.id) } : nil)
        }
    }

    /// The pool profile of talent `id` and the talent's revision (mission owners and the
    /// operator); a talent outside the pool does not exist for them.
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func poolProfile(_ id: TalentID, by caller: Caller) throws -> Versioned<PoolProfile> {
        try requireActingOwner(caller, to: "read the pool")
        return try database.read { connection in
            guard let talent = try TalentStore(connection).findVersioned(id), talent.value.isVisibleInPool,
                let user = try UserStore(connection).find(talent.value.userID)
            else {
                throw NotFoundError("talent", id: id)
            }
            return Versioned(PoolProfile(talent.value, displayName: user.displayName), revision: talent.revision)
        }
    }
}

/// One page of a pool search.
public struct PoolPage: Sendable {
    /// The talents of the page, by increasing id.
    public let items: [PoolProfile]
    /// The opaque cursor of the next page; nil on the last page.
    public let nextCursor: String?

    // The cursor is the last id of the page, base64url-encoded behind a version prefix: clients
    // must treat it as opaque, so its form may change without breaking them.
    private static let cursorPrefix = "pool-v1:"

    static func cursor(after id: TalentID) -> String {
        Base64URL.encode(Array((cursorPrefix + String(id.rawValue)).utf8))
    }

    static func talentID(after cursor: String) throws -> TalentID {
        guard let bytes = Base64URL.decode(cursor), let text = String(validating: bytes, as: UTF8.self),
            text.hasPrefix(cursorPrefix), let id = TalentID(String(text.dropFirst(cursorPrefix.count))),
            id.rawValue > 0
        else {
            throw PoolSearchError.malformedCursor
        }
        return id
    }
}
