/// Who made a change: a signed-in user, an administrator at the command line, or the system.
///
/// Stored as text: `user:42`, `cli`, `system:<job>`.
public enum Actor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A user acting through the API or the web front.
    case user(UserID)
    /// An administrator running `talents-admin` on the server.
    case commandLine
    /// A job of the platform itself (expiry, reminders, demo seed…), named.
    case system(String)

    /// The stored text.
    public var description: String {
        switch self {
        case .user(let id): "user:\(id.rawValue)"
        case .commandLine: "cli"
        case .system(let job): "system:\(job)"
        }
    }

    /// Reads the stored text; nil when it is not one of the three forms.
    public init?(_ text: String) {
        if text == "cli" {
            self = .commandLine
        } else if text.hasPrefix("user:"), let raw = Int64(text.dropFirst(5)) {
            self = .user(UserID(raw))
        } else if text.hasPrefix("system:"), text.count > 7 {
            self = .system(String(text.dropFirst(7)))
        } else {
            return nil
        }
    }

    /// Decodes the stored text.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let actor = Actor(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "not an actor: \(text)"))
        }
        self = actor
    }

    /// Encodes the stored text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
