import Persistence

extension ProgrammeKPIs {
    /// Answer times of the applications submitted in the period, per administration proposing
    /// the mission (those with applications only), sorted by acronym.
    public func answerTimes() throws -> [AnswerTimes] {
        let bounds = AnswerTimes.bucketDays.map { Int64($0) * 86_400_000 }
        return try queries.answerTimes(upperBounds: bounds, at: now, submittedIn: period).map { counts in
            AnswerTimes(
                administration: counts.administration,
                histogram: Histogram(
                    upperBounds: AnswerTimes.bucketSeconds,
                    cumulativeCounts: counts.answeredWithin, count: counts.answered,
                    sum: Double(counts.totalMilliseconds) / 1000),
                answeredInTime: counts.answeredInTime, due: counts.due)
        }
    }
}
