import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The lines of a buffered ``LogSink``: appended under a mutex, written to a file descriptor in
/// chunks of whole lines.
final class LogBuffer: Sendable {
    private let fileDescriptor: Int32
    private let capacity: Int
    private let bytes: Mutex<[UInt8]>

    init(fileDescriptor: Int32, capacity: Int) {
        self.fileDescriptor = fileDescriptor
        self.capacity = max(capacity, 1)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(self.capacity + 1024)
        self.bytes = Mutex(bytes)
    }

    /// Appends `line` (which ends with its line break); writes the buffer when it is full.
    func append(_ line: [UInt8]) {
        bytes.withLock { bytes in
            bytes.append(contentsOf: line)
            if bytes.count >= capacity { drain(&bytes) }
        }
    }

    /// Writes what is buffered.
    func flush() {
        bytes.withLock { drain(&$0) }
    }

    /// Starts a thread that flushes every `seconds`.
    func flushPeriodically(every seconds: Double) {
        // The thread keeps the buffer for the life of the process, as the server keeps its sink.
        let thread = Thread {
            while true {
                Thread.sleep(forTimeInterval: seconds)
                self.flush()
            }
        }
        thread.name = "log-flush"
        thread.start()
    }

    /// Writes all of `bytes` (retrying short writes and interruptions) and empties it; output
    /// that cannot be written (EBADF, ENOSPC) is dropped, as the unbuffered sink does.
    private func drain(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
