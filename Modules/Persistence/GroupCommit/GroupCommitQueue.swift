import Dispatch
import Synchronization

/// One submitted item, its result type erased.
struct GroupCommitJob: Sendable {
    /// Runs the work on the writer connection; returns its error (nil on success) and a closure
    /// that calls the completion with the work's result, or with the error passed instead.
    let perform: @Sendable (Connection) -> (error: (any Error)?, complete: ((any Error)?) -> Void)
    /// Calls the completion with `error`, the work not having run.
    let reject: @Sendable (any Error) -> Void
}

/// The items waiting for the writer thread: any thread pushes, the writer thread takes them
/// in batches and sleeps while there are none.
final class GroupCommitQueue: Sendable {
    private struct State {
        var jobs: [GroupCommitJob] = []
        /// Whether the writer thread waits on `wakeUp`; the pusher that finds it so signals once.
        var isSleeping = false
        var isClosed = false
    }

    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)

    /// Appends `job`; false when the queue is closed (the job is not kept).
    func push(_ job: GroupCommitJob) -> Bool {
        let (accepted, wake) = state.withLock { state -> (Bool, Bool) in
            guard !state.isClosed else { return (false, false) }
            state.jobs.append(job)
            let wake = state.isSleeping
            state.isSleeping = false
            return (true, wake)
        }
        if wake { wakeUp.signal() }
        return accepted
    }

    /// Refuses new jobs from now on and wakes the writer thread so that it drains and stops.
    func close() {
        let wake = state.withLock { state -> Bool in
            state.isClosed = true
            let wake = state.isSleeping
            state.isSleeping = false
            return wake
        }
        if wake { wakeUp.signal() }
    }

    /// The oldest jobs, at most `maximumCount`, waiting while there are none; nil once the queue
    /// is closed and empty. Called by the writer thread only.
    func next(maximumCount: Int) -> ArraySlice<GroupCommitJob>? {
        while true {
            let taken = state.withLock { state -> ArraySlice<GroupCommitJob>?? in
                if state.jobs.isEmpty {
                    if state.isClosed { return .some(nil) }
                    state.isSleeping = true
                    return nil
                }
                if state.jobs.count <= maximumCount {
                    defer { state.jobs = [] }
                    return state.jobs[...]
                }
                defer { state.jobs.removeFirst(maximumCount) }
                return state.jobs.prefix(maximumCount)
            }
            if let taken { return taken }
            wakeUp.wait()
        }
    }

    /// The number of jobs waiting.
    var count: Int { state.withLock { $0.jobs.count } }
}
