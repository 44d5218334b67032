import Glibc
import Synchronization

/// Relays SIGTERM and SIGINT to an eventfd: the handler only calls `write`, which is
/// async-signal-safe, whichever thread the signal lands on.
enum SignalRelay {
    private static let target = Atomic<Int32>(-1)

    static func install(fd: Int32) {
        target.store(fd, ordering: .sequentiallyConsistent)
        for signal in [SIGTERM, SIGINT] {
            _ = Glibc.signal(signal) { _ in
                var one: UInt64 = 1
                _ = write(SignalRelay.target.load(ordering: .relaxed), &one, MemoryLayout<UInt64>.size)
            }
        }
    }

    static func uninstall() {
        for signal in [SIGTERM, SIGINT] { _ = Glibc.signal(signal, SIG_DFL) }
        target.store(-1, ordering: .sequentiallyConsistent)
    }
}
