/// How fast one administration answers the applications to its missions, and whether it keeps
/// the 14-day promise.
public struct AnswerTimes: Sendable, Hashable {
    /// The upper bounds of the answer-time buckets, in days: around the reminders (D+7, D+12)
    /// and the 14-day promise.
    public static let bucketDays = [1, 2, 3, 5, 7, 10, 14, 21, 30]
    /// ``bucketDays`` in seconds, the base unit of the histogram.
    public static let bucketSeconds = bucketDays.map { Double($0 * 86_400) }

    /// The acronym of the administration that proposed the missions.
    public let administration: String
    /// Answer times in seconds, from submission to the owner's first answer.
    public let histogram: Histogram
    /// Applications answered no later than their due date (14 days).
    public let answeredInTime: Int
    /// Applications whose answer was due by now (answered, or unanswered past their due date
    /// and not withdrawn before it): the denominator of ``inTimeShare``.
    public let due: Int

    /// Creates the figures.
    public init(administration: String, histogram: Histogram, answeredInTime: Int, due: Int) {
        self.administration = administration
        self.histogram = histogram
        self.answeredInTime = answeredInTime
        self.due = due
    }

    /// The share of due applications answered within 14 days, 0 to 1; nil when none was due.
    public var inTimeShare: Double? {
        due == 0 ? nil : Double(answeredInTime) / Double(due)
    }

    /// The mean answer time in seconds; nil when none was answered.
    public var meanSeconds: Double? {
        histogram.count == 0 ? nil : histogram.sum / Double(histogram.count)
    }
}
