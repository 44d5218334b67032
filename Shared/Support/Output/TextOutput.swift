import Foundation

/// Where a command or the logger writes text: standard output, standard error, or a test's
/// buffer. Writers add their own line breaks.
public struct TextOutput: Sendable {
    private let sink: @Sendable (String) -> Void

    /// An output that hands every piece of text to `write`.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.sink = write
    }

    /// Writes `text` as is.
    public func write(_ text: String) {
        sink(text)
    }

    /// The process's standard output.
    public static let standardOutput = TextOutput(fileHandle: .standardOutput)

    /// The process's standard error.
    public static let standardError = TextOutput(fileHandle: .standardError)

    private init(fileHandle: FileHandle) {
        self.init { text in
            // The non-throwing `write(_:)` traps on a write error (EBADF, ENOSPC): output
            // that cannot be written is dropped instead.
            try? fileHandle.write(contentsOf: Data(text.utf8))
        }
    }
}
