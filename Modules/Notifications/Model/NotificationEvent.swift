public import Domain

/// What happened, with only the data its message needs: titles and identifiers for links,
/// never a person's name, motivation or profile (domain.md, "Privacy and trust").
///
/// Stored as JSON in the outbox: renaming a case or a label breaks queued notifications.
public enum NotificationEvent: Hashable, Sendable, Codable {
    /// A talent applied to the owner's mission (to the owner).
    case applicationReceived(mission: MissionReference, applicationID: ApplicationID)
    /// The owner has not answered yet, `day` days after the application (7 or 12; to the owner).
    case answerReminder(mission: MissionReference, applicationID: ApplicationID, day: Int, dueAt: Instant)
    /// The 14 days have passed without an answer: to the owner, and to every operator
    /// (`escalation` true) so the programme can step in.
    case answerOverdue(mission: MissionReference, applicationID: ApplicationID, dueAt: Instant, escalation: Bool)
    /// The owner proposes an exchange (to the talent); `sequence` is the application's revision
    /// then, the SEQUENCE of the attached invitation (absent from events queued before it existed).
    case interviewProposed(
        mission: MissionReference, applicationID: ApplicationID, interview: Interview, sequence: Int? = nil)
    /// The owner accepted the application (to the talent).
    case applicationAccepted(mission: MissionReference, applicationID: ApplicationID)
    /// The owner declined the application (to the talent), with the coded reason.
    case applicationDeclined(mission: MissionReference, applicationID: ApplicationID, reason: ReasonCode)
    /// The agreement awaits `party`'s signature; `awaiting` lists every party yet to sign.
    case agreementToSign(
        mission: MissionReference, agreementID: Int64, party: AgreementParty,
        awaiting: [AgreementParty])
    /// All three parties signed (to each party): the window `start`…`end` goes to their agendas,
    /// `sequence` the agreement's revision (all three absent from events queued before them).
    case agreementSigned(
        mission: MissionReference, agreementID: Int64, start: LocalDate? = nil, end: LocalDate? = nil,
        sequence: Int? = nil)
    /// The line manager refused for service needs (to each party).
    case agreementRefused(mission: MissionReference, agreementID: Int64)
    /// The talent's administration issued the mission order (to the talent and the owner).
    case missionOrderIssued(
        mission: MissionReference, agreementID: Int64, reference: String,
        start: LocalDate, end: LocalDate)
    /// The weekly digest of time reports awaiting the owner's validation.
    case timeReportsDigest(week: String, items: [TimeReportDigestItem])
    /// A virtual diploma (an Open Badges assertion, by its public id) certifies the completed mission (to the talent).
    case diplomaIssued(mission: MissionReference, assertionID: String)
    /// A mission owner invites a talent of the pool to apply (to the talent).
    case poolInvitation(mission: MissionReference, invitationID: Int64)
    /// The weekly digest of published missions matching the talent's skills.
    case matchingMissionsDigest(week: String, missions: [MissionReference])
    /// The *Vis mon job* pairs are published (to the ambassador and to the student); `sequence`
    /// is the pair's revision (absent from events queued before it existed).
    case visMonJobPairPublished(pairID: Int64, side: VisMonJobSide, eventDay: LocalDate, sequence: Int? = nil)
    /// Both sides of a *Vis mon job* pair agreed on another day (to each side): the update of
    /// the day in their agendas, `sequence` the pair's revision.
    case visMonJobDateAgreed(pairID: Int64, side: VisMonJobSide, day: LocalDate, sequence: Int)
    /// An ambassador booked a *Vis mon job* coaching hour (to the ambassador).
    case visMonJobCoachingBooked(slotID: Int64, startsAt: Instant, place: String)
    /// A student registered to a *Vis mon job* edition (to the student, who has no account):
    /// their private link (the token is its only copy outside the database, which keeps its
    /// hash) and the day registrations close.
    case visMonJobStudentRegistered(token: String, registrationCloses: LocalDate)
    /// A one-time sign-in link for the web front (to the account's address). The token is the
    /// only copy outside the database, which keeps its hash; it expires at `expiresAt`; `next`
    /// is the local page to go on to once signed in (``WebPaths/localReturnPath(_:)``), nil for
    /// the personal space (absent from links queued before it existed).
    case signInLink(token: String, expiresAt: Instant, next: String? = nil)
    /// The account has had no activity (sign-in, API use) for long: it will be anonymised on
    /// `anonymisationDay` unless its holder signs in before (to the account's address; sent
    /// twice, a month and a week before).
    case inactivityWarning(anonymisationDay: LocalDate, daysLeft: Int)
    /// A message was written to the programme team through the contact form (to the team's
    /// mailbox): its subject code only, the text is read in the console.
    case contactMessageReceived(messageID: Int64, subject: String)
    /// An agent asked a question about the mission (to its owner): the text is read in their space.
    case missionQuestionAsked(mission: MissionReference, questionID: Int64)
    /// The owner answered the agent's question (to the agent): the answer is read in their space.
    case missionQuestionAnswered(mission: MissionReference, questionID: Int64)

    /// The event as kept once its e-mail is delivered, when it carried a secret: a student's
    /// private token and a sign-in link's token leave the outbox with the message (the database
    /// keeps only their hashes); nil for every other event, kept as sent.
    public var delivered: NotificationEvent? {
        switch self {
        case .visMonJobStudentRegistered(_, let closes):
            .visMonJobStudentRegistered(token: "", registrationCloses: closes)
        case .signInLink(_, let expiresAt, let next): .signInLink(token: "", expiresAt: expiresAt, next: next)
        default: nil
        }
    }

    /// The kind, stored beside the event and used in keys and preferences.
    public var kind: NotificationKind {
        switch self {
        case .applicationReceived: .applicationReceived
        case .answerReminder: .answerReminder
        case .answerOverdue: .answerOverdue
        case .interviewProposed: .interviewProposed
        case .applicationAccepted: .applicationAccepted
        case .applicationDeclined: .applicationDeclined
        case .agreementToSign: .agreementToSign
        case .agreementSigned: .agreementSigned
        case .agreementRefused: .agreementRefused
        case .missionOrderIssued: .missionOrderIssued
        case .timeReportsDigest: .timeReportsDigest
        case .diplomaIssued: .diplomaIssued
        case .poolInvitation: .poolInvitation
        case .matchingMissionsDigest: .matchingMissionsDigest
        case .visMonJobPairPublished: .visMonJobPairPublished
        case .visMonJobDateAgreed: .visMonJobDateAgreed
        case .visMonJobCoachingBooked: .visMonJobCoachingBooked
        case .visMonJobStudentRegistered: .visMonJobStudentRegistered
        case .signInLink: .signInLink
        case .inactivityWarning: .inactivityWarning
        case .contactMessageReceived: .contactMessageReceived
        case .missionQuestionAsked: .missionQuestionAsked
        case .missionQuestionAnswered: .missionQuestionAnswered
        }
    }
}
