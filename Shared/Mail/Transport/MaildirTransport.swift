import Foundation
import Glibc

/// Writes each message as a file of a maildir (`tmp/`, `new/`, `cur/`): the default transport,
/// so a development machine needs no mail server.
///
/// The file is written in `tmp/` and renamed into `new/` (the maildir delivery protocol), so a
/// reader never sees half a message. Its name derives from the `Message-ID`: delivering the
/// same message again replaces the file, so this transport delivers exactly once.
public struct MaildirTransport: MailTransport {
    /// The maildir folder; created with its subfolders when missing.
    public let directory: String

    /// A transport writing into `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// The file name of a message: its `Message-ID` with anything but letters, digits, `-`, `_`
    /// and `.` replaced by `_` (no `/` nor `:`, which maildir reserves), plus `.eml`.
    public static func fileName(messageID: String) -> String {
        String(messageID.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" }) + ".eml"
    }

    /// Writes the message into `new/`.
    /// - Throws: a transient ``MailDeliveryError`` when the folder cannot be written.
    public func deliver(_ message: MailMessage) throws(MailDeliveryError) {
        let name = Self.fileName(messageID: message.messageID)
        let root = URL(fileURLWithPath: directory)
        do {
            for folder in ["tmp", "new", "cur"] {
                try FileManager.default.createDirectory(
                    at: root.appendingPathComponent(folder),
                    withIntermediateDirectories: true)
            }
            let temporary = root.appendingPathComponent("tmp").appendingPathComponent(name)
            try Data(message.rendered()).write(to: temporary)
            // rename(2) is atomic and replaces an existing file: a second delivery overwrites.
            guard rename(temporary.path, root.appendingPathComponent("new").appendingPathComponent(name).path) == 0
            else {
                throw MailDeliveryError(.transient, "maildir rename failed: errno \(errno)")
            }
        } catch let error as MailDeliveryError {
            throw error
        } catch {
            throw MailDeliveryError(.transient, "maildir \(directory) cannot be written: \(error.localizedDescription)")
        }
    }
}
