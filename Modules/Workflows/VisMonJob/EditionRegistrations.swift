public import Domain
import Persistence

/// Who registered to an edition, as the operator reviews it: the ambassadors with their names,
/// administrations and coaching booking, and the students (their contact is the operator's to
/// see, as on a published pair).
public struct EditionRegistrations: Sendable {
    /// An ambassador as the operator lists them.
    public struct AmbassadorEntry: Sendable, Equatable {
        /// The registration.
        public var ambassador: Ambassador
        /// The agent's name.
        public var name: String
        /// Their administration's name.
        public var administration: String
        /// The coaching slot they booked, if any.
        public var bookedSlot: CoachingSlotID?
    }

    /// The edition and its revision (the `If-Match` of its next change).
    public var edition: Versioned<Edition>
    /// The ambassadors, by registration.
    public var ambassadors: [AmbassadorEntry]
    /// The registered students, by registration.
    public var students: [Student]
}

extension Workflows {
    /// The ambassadors and students registered to an edition (operator).
    /// - Throws: ``NotFoundError``, ``AccessError``.
    public func editionRegistrations(_ id: EditionID, by caller: Caller) throws -> EditionRegistrations {
        try database.read { connection in
            let edition = try existingEdition(id, in: connection)
            try caller.require(.operator, to: "list the registrations")
            let users = UserStore(connection)
            let administrations = AdministrationStore(connection)
            let bookings = CoachingSlotStore(connection)
            let ambassadors = try AmbassadorStore(connection).all(editionID: id).map { ambassador in
                EditionRegistrations.AmbassadorEntry(
                    ambassador: ambassador, name: try users.find(ambassador.userID)?.displayName ?? "",
                    administration: try administrations.find(ambassador.administrationID)?.name ?? "",
                    bookedSlot: try bookings.booking(of: ambassador.id))
            }
            return EditionRegistrations(
                edition: edition, ambassadors: ambassadors,
                students: try StudentStore(connection).registered(editionID: id))
        }
    }
}
