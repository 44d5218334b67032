public import Domain
import Notifications
import Persistence

extension Workflows {
    /// Publishes a one-hour coaching slot before the event day, at `place` (an address or a
    /// video-call link, at most 500 characters) (operator; audit
    /// `vmj.coaching-slot.published`).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``VisMonJobError``; nothing is written then.
    public func publishCoachingSlot(
        in editionID: EditionID, startsAt: Instant, capacity: Int, place: String = "",
        by caller: Caller
    ) throws -> CoachingSlot {
        try database.write {
            try publishCoachingSlot(
                in: editionID, startsAt: startsAt, capacity: capacity, place: place, by: caller,
                in: $0)
        }
    }

    /// ``publishCoachingSlot(in:startsAt:capacity:place:by:)`` inside the caller's write transaction.
    public func publishCoachingSlot(
        in editionID: EditionID, startsAt: Instant, capacity: Int, place: String = "", by caller: Caller,
        in transaction: Transaction
    ) throws -> CoachingSlot {
        try publishCoachingSlot(
            in: editionID, startsAt: startsAt, capacity: capacity, place: place, by: caller,
            in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func publishCoachingSlot(
        in editionID: EditionID, startsAt: Instant, capacity: Int, place: String, by caller: Caller,
        in connection: Connection
    ) throws -> CoachingSlot {
        let edition = try existingEdition(editionID, in: connection).value
        try caller.require(.operator, to: "publish a coaching slot")
        try CoachingSlot.check(startsAt: startsAt, capacity: capacity, in: edition, now: clock.now)
        let place = try CoachingSlot.validatedPlace(place)
        return try CoachingSlotStore(connection).insert(
            editionID: editionID, startsAt: startsAt, capacity: capacity, place: place,
            by: caller.actor, at: clock.now)
    }

    /// The coaching slots of an edition with their bookings counted (any signed-in user).
    /// - Throws: ``NotFoundError``.
    public func coachingSlots(of editionID: EditionID) throws -> [CoachingSlot] {
        try database.read { connection in
            _ = try existingEdition(editionID, in: connection)
            return try CoachingSlotStore(connection).all(editionID: editionID)
        }
    }

    /// The caller, an ambassador of the slot's edition, books it: once per edition, while it
    /// has room and has not started (audit `vmj.coaching-slot.booked`).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``VisMonJobError``; nothing is written then.
    public func bookCoachingSlot(_ id: CoachingSlotID, by caller: Caller) throws -> CoachingSlot {
        try database.write { try bookCoachingSlot(id, by: caller, in: $0) }
    }

    /// ``bookCoachingSlot(_:by:)`` inside the caller's write transaction (idempotent requests).
    public func bookCoachingSlot(
        _ id: CoachingSlotID, by caller: Caller,
        in transaction: Transaction
    ) throws -> CoachingSlot {
        try bookCoachingSlot(id, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func bookCoachingSlot(
        _ id: CoachingSlotID, by caller: Caller,
        in connection: Connection
    ) throws -> CoachingSlot {
        let store = CoachingSlotStore(connection)
        guard let slot = try store.find(id) else { throw NotFoundError("coaching-slot", id: id) }
        let action = "book a coaching slot"
        guard let user = caller.user,
            let ambassador = try AmbassadorStore(connection).find(editionID: slot.editionID, userID: user.id)
        else {
            throw AccessError.roleRequired(action: action + " (ambassadors of the edition)", roles: [.talent])
        }
        if try store.booking(of: ambassador.id) != nil { throw VisMonJobError.coachingAlreadyBooked }
        try slot.checkBooking(now: clock.now)
        let booked = try store.book(slot, for: ambassador.id, by: caller.actor, at: clock.now)
        try Outbox(connection).visMonJobCoachingBooked(booked, ambassador: Recipient(user), at: clock.now)
        return booked
    }
}
