#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The source of the current time, injected wherever a rule depends on "now", so tests
/// and the demo seed can fix it. (Not named `Clock`, which the standard library owns.)
public protocol WallClock: Sendable {
    /// The current instant.
    var now: Instant { get }
}

/// The system's real-time clock (`CLOCK_REALTIME`).
public struct SystemClock: WallClock {
    /// Creates the system clock.
    public init() {}

    /// The current instant, to the millisecond.
    public var now: Instant {
        var time = timespec()
        // POSIX clock_gettime: CLOCK_REALTIME is wall time since the epoch.
        clock_gettime(CLOCK_REALTIME, &time)
        return Instant(millisecondsSinceEpoch: Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000)
    }
}
