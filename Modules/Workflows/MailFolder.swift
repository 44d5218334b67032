import Foundation
import Mail

/// The maildir the platform writes its messages to (``NotificationSettings/Transport/maildir(_:)``),
/// as the erasure of an account sees it: the copies of the messages sent to or about the person
/// are removed with their outbox rows' contents (docs/privacy.md, "The files beside the database").
public struct MailFolder: Sendable, Hashable {
    /// The maildir folder.
    public let directory: String
    /// The right-hand side of the messages' `Message-ID`s (``NotificationSettings/messageIDDomain``).
    public let messageIDDomain: String

    /// Creates the value.
    public init(directory: String, messageIDDomain: String) {
        self.directory = directory
        self.messageIDDomain = messageIDDomain
    }

    /// Removes the files of outbox messages `ids` from `new/`, `cur/` and `tmp/` (a reader may have
    /// moved a file to `cur/` and added flags after a `:`); returns how many files went.
    @discardableResult
    public func removeMessages(_ ids: some Sequence<Int64>) -> Int {
        let names = Set(
            ids.map { Self.stem(MaildirTransport.fileName(messageID: "notification-\($0)@\(messageIDDomain)")) })
        guard !names.isEmpty else { return 0 }
        var removed = 0
        for folder in ["new", "cur", "tmp"] {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []
            for file in files where names.contains(Self.stem(file)) {
                if (try? FileManager.default.removeItem(at: path.appendingPathComponent(file))) != nil { removed += 1 }
            }
        }
        return removed
    }

    /// A file's name without the maildir flags (`:2,S`).
    private static func stem(_ name: String) -> String {
        String(name.prefix { $0 != ":" })
    }
}
