import Foundation
import Synchronization

/// A fixed set of threads running blocking work, first submitted first run.
///
/// The threads live as long as the process (a server's lifetime): they wait on a semaphore
/// when there is nothing to do.
public final class WorkerThreads: Sendable {
    /// The work waiting, in submission order (taken from `next` on; compacted as it drains).
    private let queue = Mutex<(jobs: [@Sendable () -> Void], next: Int)>(([], 0))
    /// One signal per job submitted.
    private let available = DispatchSemaphore(value: 0)

    /// Starts `count` threads named `name`.
    public init(count: Int, name: String) {
        precondition(count >= 1, "WorkerThreads needs at least one thread, got \(count)")
        for index in 0..<count {
            let thread = Thread { self.work() }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    /// A thread's life: the next job, as soon as there is one.
    private func work() -> Never {
        while true {
            available.wait()
            let job = queue.withLock { queue -> (@Sendable () -> Void) in
                let job = queue.jobs[queue.next]
                queue.next += 1
                if queue.next == queue.jobs.count {
                    queue.jobs.removeAll(keepingCapacity: true)
                    queue.next = 0
                } else if queue.next >= 1024 {
                    // Never drained under a steady load: drop what was taken.
                    queue.jobs.removeFirst(queue.next)
                    queue.next = 0
                }
                return job
            }
            job()
        }
    }

    /// Runs `job` on one of the threads, after the jobs submitted before it have started.
    public func run(_ job: @escaping @Sendable () -> Void) {
        queue.withLock { $0.jobs.append(job) }
        available.signal()
    }
}
