import Support
import Synchronization

/// Collects what is written to a ``TextOutput``, for assertions.
final class TextCapture: Sendable {
    private let buffer = Mutex("")

    var text: String { buffer.withLock { $0 } }

    var output: TextOutput {
        TextOutput { [self] text in self.buffer.withLock { $0 += text } }
    }
}
