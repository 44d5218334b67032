/// A rule of *Vis mon job* broken by the input or refused by the current state.
public enum VisMonJobError: DomainError, Equatable {
    /// An edition name is empty or longer than 120 characters.
    case editionNameLength(count: Int)
    /// Registrations close before they open.
    case registrationWindowReversed
    /// Registrations close on or after the event day.
    case registrationClosesAfterEvent
    /// The date-change window is outside 0…90 days.
    case dateChangeWindowOutOfRange(Int)
    /// The edition is not in the state the action needs.
    case editionState(action: String, required: EditionState, actual: EditionState)
    /// Registering outside the registration dates, or once the operator closed registrations.
    case registrationClosed
    /// A capacity outside 1…``AmbassadorProfile/maximumCapacity``.
    case capacityOutOfRange(Int)
    /// A text field too long, or empty where a text is required (city, school, description).
    case textLength(field: String, maximum: Int)
    /// The user is already an ambassador of this edition.
    case ambassadorExists
    /// The ambassador needs a talent profile first.
    case talentProfileRequired
    /// A student registration without any wish.
    case noWish
    /// A job family wished twice.
    case duplicateWish(JobFamily, index: Int)
    /// No acceptable département.
    case noDepartement
    /// A département listed twice.
    case duplicateDepartement(Departement, index: Int)
    /// More acceptable départements than ``StudentRegistration/maximumDepartements``.
    case tooManyDepartements(Int)
    /// An administration listed twice.
    case duplicateAdministration(AdministrationID, index: Int)
    /// More preferred administrations than ``StudentRegistration/maximumAdministrations``.
    case tooManyAdministrations(Int)
    /// A live registration already uses this e-mail address in this edition.
    case studentEmailTaken
    /// Publishing or adjusting before the pairing ran.
    case pairingNotRun
    /// The ambassador already hosts as many students as their capacity.
    case ambassadorFull(AmbassadorID)
    /// A proposed date outside the edition's window around the event day, or already past.
    case dateOutsideWindow(earliest: LocalDate, latest: LocalDate)
    /// Accepting a date when none is proposed.
    case noDateProposal
    /// Accepting one's own proposal: the other side must.
    case ownDateProposal
    /// Feedback or completion before the day of the pair.
    case dayNotReached(LocalDate)
    /// This side already left feedback on the pair.
    case feedbackExists
    /// A rating outside 1…5.
    case ratingOutOfRange(Int)
    /// The pair is already marked done.
    case pairDone
    /// A coaching slot that does not start before the event day.
    case slotNotBeforeEvent
    /// A coaching slot already in the past.
    case slotPast
    /// A coaching slot capacity outside 1…``CoachingSlot/maximumCapacity``.
    case slotCapacityOutOfRange(Int)
    /// Every place of the coaching slot is taken.
    case slotFull
    /// The ambassador already booked a coaching slot in this edition.
    case coachingAlreadyBooked

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .editionNameLength: "vmj-edition-name-length"
        case .registrationWindowReversed: "vmj-registration-window-reversed"
        case .registrationClosesAfterEvent: "vmj-registration-closes-after-event"
        case .dateChangeWindowOutOfRange: "vmj-date-change-window"
        case .editionState: "vmj-edition-state"
        case .registrationClosed: "vmj-registration-closed"
        case .capacityOutOfRange: "vmj-capacity"
        case .textLength: "vmj-text-length"
        case .ambassadorExists: "vmj-ambassador-exists"
        case .talentProfileRequired: "vmj-talent-profile-required"
        case .noWish: "vmj-wishes-empty"
        case .duplicateWish: "vmj-wish-duplicate"
        case .noDepartement: "vmj-departements-empty"
        case .duplicateDepartement: "vmj-departement-duplicate"
        case .tooManyDepartements: "vmj-departements-too-many"
        case .duplicateAdministration: "vmj-administration-duplicate"
        case .tooManyAdministrations: "vmj-administrations-too-many"
        case .studentEmailTaken: "vmj-student-email-taken"
        case .pairingNotRun: "vmj-pairing-not-run"
        case .ambassadorFull: "vmj-ambassador-full"
        case .dateOutsideWindow: "vmj-date-outside-window"
        case .noDateProposal: "vmj-no-date-proposal"
        case .ownDateProposal: "vmj-own-date-proposal"
        case .dayNotReached: "vmj-day-not-reached"
        case .feedbackExists: "vmj-feedback-exists"
        case .ratingOutOfRange: "vmj-rating"
        case .pairDone: "vmj-pair-done"
        case .slotNotBeforeEvent: "vmj-slot-not-before-event"
        case .slotPast: "vmj-slot-past"
        case .slotCapacityOutOfRange: "vmj-slot-capacity"
        case .slotFull: "vmj-slot-full"
        case .coachingAlreadyBooked: "vmj-coaching-already-booked"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .editionNameLength: "name"
        case .registrationWindowReversed, .registrationClosesAfterEvent: "registrationCloses"
        case .dateChangeWindowOutOfRange: "dateChangeWindowDays"
        case .capacityOutOfRange, .slotCapacityOutOfRange: "capacity"
        case .textLength(let field, _): field
        case .noWish: "wishes"
        case .duplicateWish(_, let index): "wishes[\(index)]"
        case .noDepartement, .tooManyDepartements: "departements"
        case .duplicateDepartement(_, let index): "departements[\(index)]"
        case .tooManyAdministrations: "administrations"
        case .duplicateAdministration(_, let index): "administrations[\(index)]"
        case .studentEmailTaken: "email"
        case .ambassadorFull: "ambassadorID"
        case .dateOutsideWindow: "date"
        case .ratingOutOfRange: "rating"
        case .slotNotBeforeEvent, .slotPast: "startsAt"
        case .editionState, .registrationClosed, .ambassadorExists, .talentProfileRequired, .pairingNotRun,
            .noDateProposal, .ownDateProposal, .dayNotReached, .feedbackExists, .pairDone, .slotFull,
            .coachingAlreadyBooked:
            nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .editionNameLength(let count):
            "An edition name has 1 to 120 characters, not \(count)."
        case .registrationWindowReversed:
            "Registrations must close on or after the day they open."
        case .registrationClosesAfterEvent:
            "Registrations must close before the event day."
        case .dateChangeWindowOutOfRange(let days):
            "The window for another date is 0 to 90 days around the event day, not \(days)."
        case .editionState(let action, let required, let actual):
            "To \(action), the edition must be '\(required.rawValue)'; it is '\(actual.rawValue)'."
        case .registrationClosed:
            "Registrations to this edition are not open: outside their dates, or closed by the operator."
        case .capacityOutOfRange(let capacity):
            "An ambassador hosts 1 to \(AmbassadorProfile.maximumCapacity) students, not \(capacity)."
        case .textLength(let field, let maximum):
            "\(field) must not be longer than \(maximum) characters, nor empty where a text is required."
        case .ambassadorExists:
            "This user is already an ambassador of this edition."
        case .talentProfileRequired:
            "An ambassador needs a talent profile first (POST /v1/talents)."
        case .noWish:
            "A registration needs at least one wished job family."
        case .duplicateWish(let family, _):
            "The job family '\(family.rawValue)' is wished twice; each wish is listed once, by rank."
        case .noDepartement:
            "A registration needs at least one acceptable département."
        case .duplicateDepartement(let departement, _):
            "The département \(departement.code) is listed twice."
        case .tooManyDepartements(let count):
            "At most \(StudentRegistration.maximumDepartements) départements may be listed, not \(count)."
        case .duplicateAdministration(let id, _):
            "The administration \(id.rawValue) is listed twice."
        case .tooManyAdministrations(let count):
            "At most \(StudentRegistration.maximumAdministrations) administrations may be preferred, not \(count)."
        case .studentEmailTaken:
            "A registration with this e-mail address already exists in this edition; use its access token."
        case .pairingNotRun:
            "The pairing of this edition has not been run yet."
        case .ambassadorFull(let id):
            "The ambassador \(id.rawValue) already hosts as many students as their capacity."
        case .dateOutsideWindow(let earliest, let latest):
            "Another date must fall between \(earliest) and \(latest) (around the event day, not in the past)."
        case .noDateProposal:
            "No other date is proposed for this pair."
        case .ownDateProposal:
            "A date proposal is accepted by the other side of the pair."
        case .dayNotReached(let date):
            "This is possible from the day of the pair, \(date), onwards."
        case .feedbackExists:
            "This side already left feedback on the pair."
        case .ratingOutOfRange(let rating):
            "A rating goes from 1 to 5, not \(rating)."
        case .pairDone:
            "The day of this pair is already marked done."
        case .slotNotBeforeEvent:
            "A coaching slot must start before the event day."
        case .slotPast:
            "This coaching slot has already started."
        case .slotCapacityOutOfRange(let capacity):
            "A coaching slot welcomes 1 to \(CoachingSlot.maximumCapacity) ambassadors, not \(capacity)."
        case .slotFull:
            "Every place of this coaching slot is taken."
        case .coachingAlreadyBooked:
            "This ambassador already booked a coaching slot in this edition."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .editionState, .registrationClosed, .ambassadorExists, .talentProfileRequired, .studentEmailTaken,
            .pairingNotRun, .ambassadorFull, .noDateProposal, .ownDateProposal, .dayNotReached, .feedbackExists,
            .pairDone, .slotPast, .slotFull, .coachingAlreadyBooked:
            .conflict
        default:
            .invalidValue
        }
    }
}
