import Domain
import Persistence

/// The changes of the demo story, planned in any order and applied in chronological order,
/// so identifiers and the audit trail follow the story.
struct DemoTimeline {
    private struct Step {
        let at: Instant
        let order: Int
        let apply: (Connection) throws -> Void
    }

    private var steps: [Step] = []

    /// Plans `apply` at `instant`; steps at the same instant run in the order they were planned.
    mutating func schedule(at instant: Instant, _ apply: @escaping (Connection) throws -> Void) {
        steps.append(Step(at: instant, order: steps.count, apply: apply))
    }

    /// Applies every step, earliest first.
    func run(on connection: Connection) throws {
        for step in steps.sorted(by: { ($0.at, $0.order) < ($1.at, $1.order) }) {
            try step.apply(connection)
        }
    }
}

/// A record produced by one step of a ``DemoTimeline`` and read or changed by later ones.
final class DemoSlot<Value> {
    private var stored: Value?

    /// An empty slot.
    init() {}

    /// The record. Reading it before the step that fills it is a defect of the plan.
    var value: Value {
        get {
            guard let stored else { preconditionFailure("a demo step ran before the one creating its \(Value.self)") }
            return stored
        }
        set { stored = newValue }
    }
}
