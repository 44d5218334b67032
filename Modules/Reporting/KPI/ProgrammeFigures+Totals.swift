public import Domain
import Persistence

/// The totals a reader of the figures shows without walking the query rows (the console).
extension ProgrammeFigures {
    /// The missions in `state`, every nature and ministry together.
    public func missionCount(in state: MissionState) -> Int {
        missions.filter { $0.state == state }.reduce(0) { $0 + $1.count }
    }

    /// The missions of `nature`, every state and ministry together.
    public func missionCount(of nature: MissionNature) -> Int {
        missions.filter { $0.nature == nature }.reduce(0) { $0 + $1.count }
    }
}

extension EngagementFigures {
    /// The mission orders not cancelled, every ministry together.
    public var activeMissionOrders: Int {
        missionOrders.filter { !$0.cancelled }.reduce(0) { $0 + $1.count }
    }

    /// The validated time in minutes, every pair of ministries together.
    public var validatedMinutes: Int {
        validatedTime.reduce(0) { $0 + $1.minutes }
    }
}
