/// Identifies an ``Edition``.
public typealias EditionID = ID<Edition>

/// One yearly *Vis mon job* operation: an event day, registration dates, and its state.
public struct Edition: Hashable, Sendable, Codable {
    /// The identifier.
    public let id: EditionID
    /// The name, e.g. "Vis mon job 2026".
    public let name: String
    /// The day students spend with their ambassador.
    public let eventDay: LocalDate
    /// The first day of registrations.
    public let registrationOpens: LocalDate
    /// The last day of registrations.
    public let registrationCloses: LocalDate
    /// How many days around ``eventDay`` a pair may agree to meet instead.
    public let dateChangeWindowDays: Int
    /// Where the edition stands.
    public private(set) var state: EditionState
    /// When the pairing last ran (nil before the first run).
    public private(set) var pairingRunAt: Instant?

    /// Builds an edition from trusted values (a store reading its rows).
    public init(
        id: EditionID, name: String, eventDay: LocalDate, registrationOpens: LocalDate,
        registrationCloses: LocalDate, dateChangeWindowDays: Int, state: EditionState, pairingRunAt: Instant?
    ) {
        self.id = id
        self.name = name
        self.eventDay = eventDay
        self.registrationOpens = registrationOpens
        self.registrationCloses = registrationCloses
        self.dateChangeWindowDays = dateChangeWindowDays
        self.state = state
        self.pairingRunAt = pairingRunAt
    }

    /// Validates `new`, then builds the open edition recorded under `id`.
    /// - Throws: ``VisMonJobError``.
    public static func create(id: EditionID, _ new: NewEdition) throws -> Edition {
        let new = try new.validated()
        return Edition(
            id: id, name: new.name, eventDay: new.eventDay, registrationOpens: new.registrationOpens,
            registrationCloses: new.registrationCloses, dateChangeWindowDays: new.dateChangeWindowDays,
            state: .open, pairingRunAt: nil)
    }

    /// Checks that the edition is in `state` before `action`.
    /// - Throws: ``VisMonJobError/editionState(action:required:actual:)``.
    public func require(_ required: EditionState, to action: String) throws {
        guard state == required else {
            throw VisMonJobError.editionState(action: action, required: required, actual: state)
        }
    }

    /// Checks that ambassadors and students may register `today`: the edition is open and `today`
    /// is within its registration dates.
    ///
    /// Registrations closed by the operator (any state past `open`) are refused like registrations
    /// out of their dates, with the one documented problem: a new registrant cannot tell the two
    /// apart, nor needs to.
    /// - Throws: ``VisMonJobError/registrationClosed``.
    public func checkRegistration(today: LocalDate) throws {
        guard state == .open, (registrationOpens...registrationCloses).contains(today) else {
            throw VisMonJobError.registrationClosed
        }
    }

    /// Freezes registrations so the operator can pair (open → matching).
    public mutating func closeRegistrations() throws {
        try require(.open, to: "close registrations")
        state = .matching
    }

    /// Records a run of the pairing (matching only).
    public mutating func recordPairingRun(at instant: Instant) throws {
        try require(.matching, to: "run the pairing")
        pairingRunAt = instant
    }

    /// Publishes the pairing (matching → paired), once it ran.
    public mutating func publishPairing() throws {
        try require(.matching, to: "publish the pairing")
        guard pairingRunAt != nil else { throw VisMonJobError.pairingNotRun }
        state = .paired
    }

    /// Closes the edition once the event day came (paired → done).
    public mutating func complete(today: LocalDate) throws {
        try require(.paired, to: "mark the edition done")
        guard today >= eventDay else { throw VisMonJobError.dayNotReached(eventDay) }
        state = .done
    }

    /// The dates a pair may agree on `today`: the window around the event day, from today on.
    public func dateWindow(today: LocalDate) -> ClosedRange<LocalDate>? {
        let earliest = max(eventDay.adding(days: -dateChangeWindowDays), today)
        let latest = eventDay.adding(days: dateChangeWindowDays)
        return earliest <= latest ? earliest...latest : nil
    }
}
