public import Domain
import Synchronization

/// The clock of the use cases the demo story calls: it reads the instant of the step being
/// applied, so every event is dated in the story, not at the time of the seed.
public final class DemoClock: WallClock {
    private let instant: Mutex<Instant>

    /// A clock reading `start` until it is set.
    public init(_ start: Instant) {
        instant = Mutex(start)
    }

    /// The instant of the current step.
    public var now: Instant {
        instant.withLock { $0 }
    }

    /// Moves the clock to `new`.
    func set(_ new: Instant) {
        instant.withLock { $0 = new }
    }
}
