/// The kinds of notification, as stored in the outbox's `kind` column.
public enum NotificationKind: String, Sendable, Codable, CaseIterable {
    /// See ``NotificationEvent/applicationReceived(mission:applicationID:)``.
    case applicationReceived = "application-received"
    /// See ``NotificationEvent/answerReminder(mission:applicationID:day:dueAt:)``.
    case answerReminder = "answer-reminder"
    /// See ``NotificationEvent/answerOverdue(mission:applicationID:dueAt:escalation:)``.
    case answerOverdue = "answer-overdue"
    /// See ``NotificationEvent/interviewProposed(mission:applicationID:interview:sequence:)``.
    case interviewProposed = "interview-proposed"
    /// See ``NotificationEvent/applicationAccepted(mission:applicationID:)``.
    case applicationAccepted = "application-accepted"
    /// See ``NotificationEvent/applicationDeclined(mission:applicationID:reason:)``.
    case applicationDeclined = "application-declined"
    /// See ``NotificationEvent/agreementToSign(mission:agreementID:party:awaiting:)``.
    case agreementToSign = "agreement-to-sign"
    /// See ``NotificationEvent/agreementSigned(mission:agreementID:start:end:sequence:)``.
    case agreementSigned = "agreement-signed"
    /// See ``NotificationEvent/agreementRefused(mission:agreementID:)``.
    case agreementRefused = "agreement-refused"
    /// See ``NotificationEvent/missionOrderIssued(mission:agreementID:reference:start:end:)``.
    case missionOrderIssued = "mission-order-issued"
    /// See ``NotificationEvent/timeReportsDigest(week:items:)``.
    case timeReportsDigest = "time-reports-digest"
    /// See ``NotificationEvent/diplomaIssued(mission:assertionID:)``.
    case diplomaIssued = "diploma-issued"
    /// See ``NotificationEvent/poolInvitation(mission:invitationID:)``.
    case poolInvitation = "pool-invitation"
    /// See ``NotificationEvent/matchingMissionsDigest(week:missions:)``.
    case matchingMissionsDigest = "matching-missions-digest"
    /// See ``NotificationEvent/visMonJobPairPublished(pairID:side:eventDay:sequence:)``.
    case visMonJobPairPublished = "vis-mon-job-pair-published"
    /// See ``NotificationEvent/visMonJobDateAgreed(pairID:side:day:sequence:)``.
    case visMonJobDateAgreed = "vis-mon-job-date-agreed"
    /// See ``NotificationEvent/visMonJobCoachingBooked(slotID:startsAt:place:)``.
    case visMonJobCoachingBooked = "vis-mon-job-coaching-booked"
    /// See ``NotificationEvent/visMonJobStudentRegistered(token:registrationCloses:)``.
    case visMonJobStudentRegistered = "vis-mon-job-student-registered"
    /// See ``NotificationEvent/signInLink(token:expiresAt:)``.
    case signInLink = "sign-in-link"
    /// See ``NotificationEvent/inactivityWarning(anonymisationDay:daysLeft:)``.
    case inactivityWarning = "inactivity-warning"
    /// See ``NotificationEvent/contactMessageReceived(messageID:subject:)``.
    case contactMessageReceived = "contact-message-received"
    /// See ``NotificationEvent/missionQuestionAsked(mission:questionID:)``.
    case missionQuestionAsked = "mission-question-asked"
    /// See ``NotificationEvent/missionQuestionAnswered(mission:questionID:)``.
    case missionQuestionAnswered = "mission-question-answered"

    /// Whether the kind is a digest, which a user may mute; transactional messages cannot be muted.
    public var isDigest: Bool {
        self == .timeReportsDigest || self == .matchingMissionsDigest
    }
}
