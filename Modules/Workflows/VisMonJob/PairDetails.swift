public import Domain
import Persistence

/// A published pair as one side sees it: the day, the explanation, and the other side's
/// contact details (the operator sees both).
public struct PairDetails: Sendable {
    /// How to reach the student (for their ambassador and the operator).
    public struct StudentContact: Sendable, Equatable {
        /// The student.
        public var studentID: StudentID
        /// Their e-mail address.
        public var email: EmailAddress
        /// Their school.
        public var school: String
        /// Their level of study.
        public var level: StudyLevel
    }

    /// How to reach the ambassador (for their student and the operator).
    public struct AmbassadorContact: Sendable, Equatable {
        /// The ambassador.
        public var ambassadorID: AmbassadorID
        /// Their name.
        public var name: String
        /// Their e-mail address.
        public var email: EmailAddress
        /// Their administration's name.
        public var administration: String
        /// Their job.
        public var jobFamily: JobFamily
        /// Where the day takes place.
        public var departement: Departement
        /// The city.
        public var city: String
        /// The day offered.
        public var description: String
    }

    /// The pair and its revision (the `If-Match` of date proposals and completion).
    public var pair: Versioned<Pair>
    /// The day the pair meets.
    public var day: LocalDate
    /// Which wishes the pair meets, in French.
    public var explanation: String
    /// The student's contact, for the ambassador's side and the operator.
    public var student: StudentContact?
    /// The ambassador's contact, for the student's side and the operator.
    public var ambassador: AmbassadorContact?
    /// Which sides left feedback.
    public var feedbackLeft: [PairSide]
}

extension Workflows {
    /// The details of `pair` for `side` (nil: the operator, who sees both contacts).
    func pairDetails(_ pair: Versioned<Pair>, for side: PairSide?, in connection: Connection) throws -> PairDetails {
        let edition = try existingEdition(pair.value.editionID, in: connection).value
        guard let ambassador = try AmbassadorStore(connection).find(pair.value.ambassadorID)?.value,
            let user = try UserStore(connection).find(ambassador.userID),
            let administration = try AdministrationStore(connection).find(ambassador.administrationID)
        else {
            preconditionFailure("pair \(pair.value.id) names a missing ambassador")
        }
        let profile = ambassador.profile
        var details = PairDetails(
            pair: pair, day: pair.value.day(in: edition),
            explanation: pair.value.fit.explanation(
                jobFamily: profile.jobFamily, departement: profile.departement,
                manual: pair.value.manual),
            feedbackLeft: try PairStore(connection).feedback(on: pair.value.id).keys.sorted {
                $0.rawValue < $1.rawValue
            })
        if side != .ambassador {
            details.ambassador = .init(
                ambassadorID: ambassador.id, name: user.displayName, email: user.email,
                administration: administration.name, jobFamily: profile.jobFamily,
                departement: profile.departement, city: profile.city,
                description: profile.description)
        }
        if side != .student, let student = try StudentStore(connection).find(pair.value.studentID)?.value {
            details.student = .init(
                studentID: student.id, email: student.registration.email,
                school: student.registration.school, level: student.registration.level)
        }
        return details
    }
}
