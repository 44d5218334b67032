/// What the operator gives to create a *Vis mon job* edition.
public struct NewEdition: Hashable, Sendable, Codable {
    /// Default window, in days around the event day, in which a pair may agree on another date.
    public static let defaultDateChangeWindowDays = 30

    /// The name, e.g. "Vis mon job 2026".
    public var name: String
    /// The day students spend with their ambassador (e.g. 17 November).
    public var eventDay: LocalDate
    /// The first day of registrations.
    public var registrationOpens: LocalDate
    /// The last day of registrations, before the event day.
    public var registrationCloses: LocalDate
    /// How many days before or after the event day a pair may agree to meet instead (0…90).
    public var dateChangeWindowDays: Int

    /// Creates an unvalidated edition.
    public init(
        name: String, eventDay: LocalDate, registrationOpens: LocalDate, registrationCloses: LocalDate,
        dateChangeWindowDays: Int = NewEdition.defaultDateChangeWindowDays
    ) {
        self.name = name
        self.eventDay = eventDay
        self.registrationOpens = registrationOpens
        self.registrationCloses = registrationCloses
        self.dateChangeWindowDays = dateChangeWindowDays
    }

    private enum CodingKeys: String, CodingKey {
        case name, eventDay, registrationOpens, registrationCloses, dateChangeWindowDays
    }

    /// Decodes an edition; the window defaults to ``defaultDateChangeWindowDays``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            eventDay: try container.decode(LocalDate.self, forKey: .eventDay),
            registrationOpens: try container.decode(LocalDate.self, forKey: .registrationOpens),
            registrationCloses: try container.decode(LocalDate.self, forKey: .registrationCloses),
            dateChangeWindowDays: try container.decodeIfPresent(Int.self, forKey: .dateChangeWindowDays)
                ?? Self.defaultDateChangeWindowDays)
    }

    /// Checks that the edition lies within the ``DateHorizon`` of `today`: its event day, the
    /// last of its dates.
    /// - Throws: ``DateHorizonError`` naming `eventDay`.
    public func checkHorizon(today: LocalDate) throws(DateHorizonError) {
        try DateHorizon.check(eventDay, field: "eventDay", today: today)
    }

    /// The normalised edition (name trimmed), or the first rule it breaks.
    /// - Throws: ``VisMonJobError``.
    public func validated() throws -> NewEdition {
        var result = self
        result.name = name.trimmingWhitespace()
        guard (1...120).contains(result.name.count) else {
            throw VisMonJobError.editionNameLength(count: result.name.count)
        }
        guard registrationOpens <= registrationCloses else { throw VisMonJobError.registrationWindowReversed }
        guard registrationCloses < eventDay else { throw VisMonJobError.registrationClosesAfterEvent }
        guard (0...90).contains(dateChangeWindowDays) else {
            throw VisMonJobError.dateChangeWindowOutOfRange(dateChangeWindowDays)
        }
        return result
    }
}
