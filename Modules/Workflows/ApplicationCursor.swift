public import Domain
import Support

/// The opaque `cursor` of application listings: an ``ApplicationSearchPosition`` as base64url
/// text (RFC 4648 §5) behind a version prefix, so its form may change without breaking clients,
/// who must not build or read it.
public enum ApplicationCursor {
    private static let prefix = "application-v1:"
    /// The longest token accepted, far above what ``token(for:)`` produces.
    private static let maximumLength = 100

    /// The token of `position`.
    public static func token(for position: ApplicationSearchPosition) -> String {
        Base64URL.encode(Array("\(prefix)\(position.dueAt.millisecondsSinceEpoch):\(position.id.rawValue)".utf8))
    }

    /// The position `token` encodes.
    /// - Throws: ``ApplicationSearchError/malformedCursor`` for anything ``token(for:)`` did not produce.
    public static func position(from token: String) throws -> ApplicationSearchPosition {
        guard token.utf8.count <= maximumLength, let bytes = Base64URL.decode(token),
            let text = String(validating: bytes, as: UTF8.self), text.hasPrefix(prefix)
        else {
            throw ApplicationSearchError.malformedCursor
        }
        let fields = text.dropFirst(prefix.count).split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2, let dueAt = Int64(fields[0]), let id = Int64(fields[1]), id > 0 else {
            throw ApplicationSearchError.malformedCursor
        }
        return ApplicationSearchPosition(dueAt: Instant(millisecondsSinceEpoch: dueAt), id: ApplicationID(id))
    }
}
