public import Domain
import Synchronization

/// Bearer tokens already checked, so that a request does not read the token and its user again
/// while nothing changed.
///
/// An entry holds the user and the token's expiry, and is used only while the database's data
/// version (``Persistence/DatabasePool/dataVersion()``) is the one read before the entry was
/// looked up: any commit — a token revoked, a user deactivated or given other roles, by the API
/// or by `talents-admin` in another process — empties the cache, so the very next request reads
/// the token again. Expiry is checked on every use. Bounded: past ``capacity`` tokens it starts
/// over. Keys are the tokens' SHA-256 hashes, never the tokens.
final class TokenCache: Sendable {
    /// What a checked token stands for.
    struct Entry: Sendable {
        let user: User
        let expiresAt: Instant
    }

    private struct State {
        var version: Int64 = .min
        var entries: [[UInt8]: Entry] = [:]
    }

    /// The most tokens kept.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The user of the token hashed as `hash`, if it was checked at data version `version` and
    /// has not expired at `now`.
    func user(hash: [UInt8], version: Int64, now: Instant) -> User? {
        state.withLock { state in
            guard state.version == version, let entry = state.entries[hash], now < entry.expiresAt else { return nil }
            return entry.user
        }
    }

    /// Keeps `entry` for the token hashed as `hash`, checked at data version `version` (read
    /// before the check, so a change committed meanwhile has already moved it).
    func store(_ entry: Entry, hash: [UInt8], version: Int64) {
        state.withLock { state in
            if state.version != version {
                // An older version's entries may be stale; a newer version's may not be ours to keep.
                guard version > state.version else { return }
                state.version = version
                state.entries.removeAll(keepingCapacity: true)
            }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[hash] = entry
        }
    }
}
