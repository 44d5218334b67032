/// The event that earned a distinction: what happened, and the record it happened to.
public struct DistinctionEvent: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kinds of events the rules listen to.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A time report validated (the record is the time report).
        case timeReportValidated = "time-report-validated"
        /// An engagement completed (the record is the agreement).
        case agreementCompleted = "agreement-completed"
        /// An application answered (the record is the application).
        case applicationAnswered = "application-answered"
        /// A Vis mon job day done (the record is the one the Vis mon job feature names, if any).
        case visMonJobDayDone = "vis-mon-job-day-done"
    }

    /// What happened.
    public var kind: Kind
    /// The record it happened to.
    public var recordID: Int64?

    /// An event.
    public init(_ kind: Kind, recordID: Int64?) {
        self.kind = kind
        self.recordID = recordID
    }

    /// E.g. `agreement-completed #12`.
    public var description: String { "\(kind.rawValue)\(recordID.map { " #\($0)" } ?? "")" }
}
