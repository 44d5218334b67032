/// Identifies a ``CoachingSlot``.
public typealias CoachingSlotID = ID<CoachingSlot>

/// A one-hour coaching session the operator offers ambassadors before the event day.
public struct CoachingSlot: Hashable, Sendable, Codable {
    /// The most ambassadors one session welcomes.
    public static let maximumCapacity = 50
    /// Maximum length of ``place``, in characters.
    public static let maximumPlaceLength = 500

    /// The identifier.
    public let id: CoachingSlotID
    /// The edition.
    public let editionID: EditionID
    /// When the hour starts.
    public let startsAt: Instant
    /// How many ambassadors it welcomes.
    public let capacity: Int
    /// How many booked it.
    public var booked: Int
    /// Where it takes place: an address or a video-call link (empty for slots published
    /// before it was asked).
    public let place: String

    /// Builds a slot from trusted values (a store reading its rows).
    public init(
        id: CoachingSlotID, editionID: EditionID, startsAt: Instant, capacity: Int, booked: Int = 0,
        place: String = ""
    ) {
        self.id = id
        self.editionID = editionID
        self.startsAt = startsAt
        self.capacity = capacity
        self.booked = booked
        self.place = place
    }

    /// `place` trimmed, or the rule it breaks (at most ``maximumPlaceLength`` characters).
    /// - Throws: ``VisMonJobError``.
    public static func validatedPlace(_ place: String) throws -> String {
        let place = place.trimmingWhitespace()
        guard place.count <= maximumPlaceLength else {
            throw VisMonJobError.textLength(field: "place", maximum: maximumPlaceLength)
        }
        return place
    }

    /// When the hour ends.
    public var endsAt: Instant { startsAt.adding(hours: 1) }

    /// Checks a new slot of `edition`: in the future, before the event day, a sensible capacity.
    /// - Throws: ``VisMonJobError``.
    public static func check(startsAt: Instant, capacity: Int, in edition: Edition, now: Instant) throws {
        guard edition.state != .done else {
            throw VisMonJobError.editionState(action: "offer coaching", required: .paired, actual: edition.state)
        }
        guard startsAt > now else { throw VisMonJobError.slotPast }
        guard startsAt.adding(hours: 1) <= Instant(utc: edition.eventDay) else {
            throw VisMonJobError.slotNotBeforeEvent
        }
        guard (1...maximumCapacity).contains(capacity) else { throw VisMonJobError.slotCapacityOutOfRange(capacity) }
    }

    /// Checks that one more ambassador may book the slot at `now`.
    /// - Throws: ``VisMonJobError``.
    public func checkBooking(now: Instant) throws {
        guard startsAt > now else { throw VisMonJobError.slotPast }
        guard booked < capacity else { throw VisMonJobError.slotFull }
    }
}
