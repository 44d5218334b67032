public import Domain
import Foundation
package import Persistence

/// The notification job: schedule what time made due, then deliver what is due. Run once by
/// `talents-admin jobs run` (cron, systemd timer) and periodically by the API process
/// (``NotificationJobRunner``). Several runs may overlap: claims are leased, keys are unique.
public struct NotificationJobs: Sendable {
    /// The database.
    package let database: DatabasePool
    /// Where "now" comes from.
    public let clock: any WallClock
    /// The delivery worker.
    public let delivery: NotificationDelivery

    /// The job over `delivery`'s database and clock.
    public init(delivery: NotificationDelivery) {
        self.database = delivery.database
        self.clock = delivery.clock
        self.delivery = delivery
    }

    /// Queues the due reminders and digests (one write transaction), then delivers.
    public func run() throws -> NotificationJobsReport {
        let now = clock.now
        let scheduled = try database.write { try NotificationScheduler($0, now: now).run() }
        return NotificationJobsReport(scheduled: scheduled, delivered: try delivery.deliverDue())
    }
}

/// What one run of the notification job did.
public struct NotificationJobsReport: Hashable, Sendable, Codable {
    /// What the scheduler queued.
    public var scheduled: NotificationScheduleReport
    /// What the worker delivered.
    public var delivered: NotificationDeliveryReport
}

/// Runs a job on a background thread every `interval` seconds until stopped (the API process).
public final class NotificationJobRunner: Sendable {
    /// Seconds between two runs.
    public let interval: Double
    private let job: @Sendable () -> Void
    private let stopRequest = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    /// A runner of `job` (which handles and logs its own errors) every `interval` seconds.
    public init(interval: Double, job: @escaping @Sendable () -> Void) {
        precondition(interval > 0, "a positive interval")
        self.interval = interval
        self.job = job
    }

    /// Starts the thread; the first run comes after one interval.
    public func start() {
        Thread.detachNewThread { [self] in
            while stopRequest.wait(timeout: .now() + interval) == .timedOut {
                job()
            }
            stopped.signal()
        }
    }

    /// Asks the thread to stop and waits until a run in progress has finished.
    public func stop() {
        stopRequest.signal()
        stopped.wait()
    }
}
