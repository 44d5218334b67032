/// A request that does not prove who makes it (HTTP 401).
public enum AuthenticationError: Error, Equatable, CustomStringConvertible {
    /// No credentials were given.
    case missingCredentials
    /// The token is unknown, expired or revoked (which one is not told).
    case invalidToken

    /// A sentence for the client.
    public var description: String {
        switch self {
        case .missingCredentials: "This resource needs a bearer token (Authorization: Bearer <token>)."
        case .invalidToken: "The bearer token is invalid, expired or revoked."
        }
    }
}
