import Domain
import Workflows

/// A *Vis mon job* edition as the API shows it (schema `VMJEdition`).
struct EditionJSON: Encodable {
    let id: EditionID
    let name: String
    let eventDay: LocalDate
    let registrationOpens: LocalDate
    let registrationCloses: LocalDate
    let dateChangeWindowDays: Int
    let state: EditionState
    let pairingRunAt: String?

    init(_ edition: Edition) {
        id = edition.id
        name = edition.name
        eventDay = edition.eventDay
        registrationOpens = edition.registrationOpens
        registrationCloses = edition.registrationCloses
        dateChangeWindowDays = edition.dateChangeWindowDays
        state = edition.state
        pairingRunAt = edition.pairingRunAt?.rfc3339
    }
}

/// An ambassador (schema `VMJAmbassador`): the profile's fields side by side with the identity.
struct AmbassadorJSON: Encodable {
    let id: AmbassadorID
    let editionID: EditionID
    let userID: UserID
    let administrationID: AdministrationID
    let jobFamily: JobFamily
    let departement: Departement
    let city: String
    let capacity: Int
    let description: String

    init(_ ambassador: Ambassador) {
        id = ambassador.id
        editionID = ambassador.editionID
        userID = ambassador.userID
        administrationID = ambassador.administrationID
        jobFamily = ambassador.profile.jobFamily
        departement = ambassador.profile.departement
        city = ambassador.profile.city
        capacity = ambassador.profile.capacity
        description = ambassador.profile.description
    }
}

/// A student's own registration (schema `VMJStudent`), for the student only.
struct StudentJSON: Encodable {
    let id: StudentID
    let editionID: EditionID
    let school: String
    let level: StudyLevel
    let wishes: [JobFamily]
    let departements: [Departement]
    let administrations: [AdministrationID]
    let email: EmailAddress
    let unmatchedReason: UnmatchedReason?

    init(_ student: Student) {
        id = student.id
        editionID = student.editionID
        school = student.registration.school
        level = student.registration.level
        wishes = student.registration.wishes
        departements = student.registration.departements
        administrations = student.registration.administrations
        email = student.registration.email
        unmatchedReason = student.unmatchedReason
    }
}

/// The answer to a registration: the registration and its private access token, shown once.
struct StudentEnrolmentJSON: Encodable {
    let student: StudentJSON
    let accessToken: String
}

/// The operator's view of a pairing run (schema `VMJPairing`): identifiers and explanations only.
struct PairingPreviewJSON: Encodable {
    struct Entry: Encodable {
        let pairID: PairID
        let studentID: StudentID
        let ambassadorID: AmbassadorID
        let jobFamily: JobFamily
        let departement: Departement
        let fit: PairFit
        let manual: Bool
        let explanation: String
    }

    struct Unmatched: Encodable {
        let studentID: StudentID
        let reason: UnmatchedReason
        let explanation: String
    }

    let edition: EditionJSON
    let pairs: [Entry]
    let unmatched: [Unmatched]

    init(_ preview: PairingPreview) {
        edition = EditionJSON(preview.edition.value)
        pairs = preview.pairs.map {
            Entry(
                pairID: $0.pair.id, studentID: $0.pair.studentID, ambassadorID: $0.pair.ambassadorID,
                jobFamily: $0.jobFamily, departement: $0.departement, fit: $0.pair.fit, manual: $0.pair.manual,
                explanation: $0.explanation)
        }
        unmatched = preview.unmatched.map {
            Unmatched(studentID: $0.studentID, reason: $0.reason, explanation: $0.reason.label)
        }
    }
}

/// A published pair as one side sees it (schema `VMJPair`).
struct PairJSON: Encodable {
    struct Student: Encodable {
        let id: StudentID
        let email: EmailAddress
        let school: String
        let level: StudyLevel
    }

    struct Ambassador: Encodable {
        let id: AmbassadorID
        let name: String
        let email: EmailAddress
        let administration: String
        let jobFamily: JobFamily
        let departement: Departement
        let city: String
        let description: String
    }

    let id: PairID
    let editionID: EditionID
    let day: LocalDate
    let agreedDate: LocalDate?
    let proposal: DateProposal?
    let status: PairStatus
    let fit: PairFit
    let manual: Bool
    let explanation: String
    let student: Student?
    let ambassador: Ambassador?
    let feedbackLeft: [PairSide]

    init(_ details: PairDetails) {
        let pair = details.pair.value
        id = pair.id
        editionID = pair.editionID
        day = details.day
        agreedDate = pair.agreedDate
        proposal = pair.proposal
        status = pair.status
        fit = pair.fit
        manual = pair.manual
        explanation = details.explanation
        student = details.student.map { Student(id: $0.studentID, email: $0.email, school: $0.school, level: $0.level) }
        ambassador = details.ambassador.map {
            Ambassador(
                id: $0.ambassadorID, name: $0.name, email: $0.email, administration: $0.administration,
                jobFamily: $0.jobFamily, departement: $0.departement, city: $0.city, description: $0.description)
        }
        feedbackLeft = details.feedbackLeft
    }
}

/// A coaching slot (schema `VMJCoachingSlot`).
struct CoachingSlotJSON: Encodable {
    let id: CoachingSlotID
    let editionID: EditionID
    let startsAt: String
    let endsAt: String
    let capacity: Int
    let booked: Int
    let place: String

    init(_ slot: CoachingSlot) {
        id = slot.id
        editionID = slot.editionID
        startsAt = slot.startsAt.rfc3339
        endsAt = slot.endsAt.rfc3339
        capacity = slot.capacity
        booked = slot.booked
        place = slot.place
    }
}

/// `POST …/pairing/adjustments`: move a student to an ambassador.
struct AdjustmentBody: Decodable {
    let studentID: StudentID
    let ambassadorID: AmbassadorID
}

/// `POST …/date-proposal`: the proposed day.
struct DateProposalBody: Decodable {
    let date: LocalDate
}

/// `POST …/coaching-slots`: a one-hour slot.
struct NewCoachingSlotBody: Decodable {
    let startsAt: Instant
    let capacity: Int
    let place: String

    private enum CodingKeys: String, CodingKey {
        case startsAt, capacity, place
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        startsAt = try Instant(rfc3339: try container.decode(String.self, forKey: .startsAt), field: "startsAt")
        capacity = try container.decode(Int.self, forKey: .capacity)
        place = try container.decodeIfPresent(String.self, forKey: .place) ?? ""
    }
}
