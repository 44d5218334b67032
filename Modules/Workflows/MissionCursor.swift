public import Domain
import Support

/// The opaque `cursor` of mission listings: a ``MissionSearchPosition`` as base64url text
/// (RFC 4648 §5), so it travels in a URL unescaped. Clients must not build or read it.
public enum MissionCursor {
    /// The longest token accepted, far above what ``token(for:)`` produces.
    static let maximumLength = 200

    /// The token of `position`.
    public static func token(for position: MissionSearchPosition) -> String {
        // Version, sort, rank (relevance only), value, id; a Double's description round-trips.
        let fields = [
            "1", position.sort.parameter, position.rank.map { String($0) } ?? "", String(position.value),
            String(position.id.rawValue)
        ]
        return Base64URL.encode(Array(fields.joined(separator: "|").utf8))
    }

    /// The position `token` encodes.
    /// - Throws: ``MissionSearchError/malformedCursor`` for anything ``token(for:)`` did not produce.
    public static func position(from token: String) throws -> MissionSearchPosition {
        guard token.utf8.count <= maximumLength, let bytes = Base64URL.decode(token),
            let text = String(validating: bytes, as: UTF8.self)
        else { throw MissionSearchError.malformedCursor }
        let fields = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, fields[0] == "1", let sort = try? MissionSort(parameter: fields[1]),
            let value = Int64(fields[3]), let id = Int64(fields[4]), id > 0
        else {
            throw MissionSearchError.malformedCursor
        }
        let rank = Double(fields[2])
        // A rank exactly for relevance, and a finite one.
        guard (sort.key == .relevance) == (rank != nil), rank?.isFinite ?? fields[2].isEmpty else {
            throw MissionSearchError.malformedCursor
        }
        return MissionSearchPosition(sort: sort, rank: rank, value: value, id: MissionID(id))
    }
}
