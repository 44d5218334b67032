/// What the talent reports: a day worked, a duration and a note.
public struct NewTimeReport: Hashable, Sendable, Codable {
    /// The day worked.
    public var date: LocalDate
    /// The time spent that day, 1 to 1440 minutes.
    public var minutes: Int
    /// What was done (1 to ``TimeReport/maximumNoteLength`` characters).
    public var note: String

    /// Creates an unvalidated report.
    public init(date: LocalDate, minutes: Int, note: String) {
        self.date = date
        self.minutes = minutes
        self.note = note
    }
}
