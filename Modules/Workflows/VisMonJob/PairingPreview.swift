public import Domain
import Persistence

/// What the operator reviews before publishing: every pair with its explanation, and every
/// student left without an ambassador with the reason. Identifiers only, no personal data.
public struct PairingPreview: Sendable {
    /// A pair as the operator reviews it.
    public struct Entry: Sendable, Equatable {
        /// The pair.
        public var pair: Pair
        /// The ambassador's job.
        public var jobFamily: JobFamily
        /// Where the day takes place.
        public var departement: Departement
        /// Which wishes it meets, in French.
        public var explanation: String
    }

    /// A student without an ambassador.
    public struct Unmatched: Sendable, Equatable {
        /// The student.
        public var studentID: StudentID
        /// Why.
        public var reason: UnmatchedReason
    }

    /// The edition and its revision (the `If-Match` of the next adjustment or the publication).
    public var edition: Versioned<Edition>
    /// The pairs, by student.
    public var pairs: [Entry]
    /// The students without an ambassador, by student.
    public var unmatched: [Unmatched]
}

extension Workflows {
    /// The preview of `edition` read on `connection`.
    func pairingPreview(of edition: Versioned<Edition>, in connection: Connection) throws -> PairingPreview {
        let ambassadors = Dictionary(
            uniqueKeysWithValues: try AmbassadorStore(connection)
                .all(editionID: edition.value.id).map { ($0.id, $0) })
        let pairs = try PairStore(connection).all(editionID: edition.value.id).map { stored in
            let pair = stored.value
            guard let ambassador = ambassadors[pair.ambassadorID] else {
                preconditionFailure("pair \(pair.id) names ambassador \(pair.ambassadorID) outside its edition")
            }
            return PairingPreview.Entry(
                pair: pair, jobFamily: ambassador.profile.jobFamily,
                departement: ambassador.profile.departement,
                explanation: pair.fit.explanation(
                    jobFamily: ambassador.profile.jobFamily,
                    departement: ambassador.profile.departement,
                    manual: pair.manual))
        }
        let unmatched = try StudentStore(connection).registered(editionID: edition.value.id).compactMap { student in
            student.unmatchedReason.map { PairingPreview.Unmatched(studentID: student.id, reason: $0) }
        }
        return PairingPreview(edition: edition, pairs: pairs, unmatched: unmatched)
    }
}
