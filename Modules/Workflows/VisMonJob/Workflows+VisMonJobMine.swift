public import Domain
import Persistence

extension Workflows {
    /// What a signed-in agent sees of their own part in an edition: their ambassador
    /// registration, the coaching slot they booked and their published pairs.
    public struct AmbassadorOverview: Sendable {
        /// The registration and its revision.
        public let ambassador: Versioned<Ambassador>
        /// The coaching slot booked, if any.
        public let bookedSlot: CoachingSlotID?
        /// The published pairs with the students' contacts; empty before publication.
        public let pairs: [PairDetails]
    }

    /// The caller's ambassador registration in `editionID`, or nil when the caller is not one of
    /// its ambassadors (the command line never is).
    /// - Throws: ``NotFoundError`` for an unknown edition.
    public func ambassadorOverview(in editionID: EditionID, by caller: Caller) throws -> AmbassadorOverview? {
        try database.read { connection in
            let edition = try existingEdition(editionID, in: connection).value
            let store = AmbassadorStore(connection)
            guard let user = caller.user, let mine = try store.find(editionID: editionID, userID: user.id),
                let ambassador = try store.find(mine.id)
            else { return nil }
            let published = edition.state == .paired || edition.state == .done
            let pairs =
                published
                ? try PairStore(connection).all(ambassadorID: mine.id).map {
                    try pairDetails($0, for: .ambassador, in: connection)
                }
                : []
            return AmbassadorOverview(
                ambassador: ambassador,
                bookedSlot: try CoachingSlotStore(connection).booking(of: mine.id),
                pairs: pairs)
        }
    }
}
