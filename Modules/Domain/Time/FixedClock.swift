import Synchronization

/// A clock that shows the instant it is set to, for tests and the demo seed.
/// Thread-safe: it may be shared and moved forward while others read it.
public final class FixedClock: WallClock {
    private let current: Mutex<Instant>

    /// Creates a clock stopped at `now`.
    public init(_ now: Instant) {
        current = Mutex(now)
    }

    /// The instant the clock is set to; assign to move it.
    public var now: Instant {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue } }
    }

    /// Moves the clock by the given amounts (each may be negative).
    public func advance(
        days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0,
        milliseconds: Int64 = 0
    ) {
        current.withLock {
            $0 = $0.adding(
                days: days, hours: hours, minutes: minutes, seconds: seconds,
                milliseconds: milliseconds)
        }
    }
}
