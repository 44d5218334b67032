import Domain
import Persistence
import Workflows

/// The changes of the demo story, planned in any order and applied in chronological order,
/// so identifiers and the audit trail follow the story.
///
/// A step is either written through the stores (consecutive ones share one write transaction)
/// or a use case of ``Workflows`` called at its instant (its own transaction, the clock set
/// to that instant), so the rules, the ledger, the distinctions and the diplomas of the
/// engagement story are the platform's own.
struct DemoTimeline {
    private enum Action {
        case store((Connection) throws -> Void)
        case useCase((Workflows) throws -> Void)
    }

    private struct Step {
        let at: Instant
        let order: Int
        let action: Action
    }

    private var steps: [Step] = []

    /// Plans `apply` at `instant`, written through the stores; steps at the same instant run in
    /// the order they were planned.
    mutating func schedule(at instant: Instant, _ apply: @escaping (Connection) throws -> Void) {
        steps.append(Step(at: instant, order: steps.count, action: .store(apply)))
    }

    /// Plans a use case called at `instant` (the clock reads `instant` while it runs).
    mutating func call(at instant: Instant, _ apply: @escaping (Workflows) throws -> Void) {
        steps.append(Step(at: instant, order: steps.count, action: .useCase(apply)))
    }

    /// Applies every step, earliest first: runs of store steps in one write transaction each,
    /// use cases through `workflows` with `clock` set to their instant.
    func run(on pool: DatabasePool, workflows: Workflows, clock: DemoClock) throws {
        var batch: [(Connection) throws -> Void] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            try pool.write { connection in
                for apply in batch { try apply(connection) }
            }
            batch.removeAll(keepingCapacity: true)
        }
        for step in steps.sorted(by: { ($0.at, $0.order) < ($1.at, $1.order) }) {
            switch step.action {
            case .store(let apply):
                batch.append(apply)
            case .useCase(let apply):
                try flush()
                clock.set(step.at)
                try apply(workflows)
            }
        }
        try flush()
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
