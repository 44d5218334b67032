public import Domain
public import Notifications
import Persistence

// One function per event of the journey, called by the use case inside its write transaction,
// after the change is stored. Each finds its recipients; none sends anything itself.

extension Outbox {
    /// A talent applied: tells the mission's owner and its co-owners, who answer it alike.
    public func applicationReceived(_ application: Application, mission: Mission, at instant: Instant) throws {
        for ownerID in mission.ownerIDs {
            try enqueue(
                Notice(
                    to: try recipient(ownerID),
                    .applicationReceived(mission: MissionReference(mission), applicationID: application.id)),
                at: instant)
        }
    }

    /// The owner answered: tells the talent (`applicant`, as the use case already read them) of
    /// an interview proposed, an acceptance or a decline. Other states (submitted, withdrawn by
    /// the talent) notify nobody. `revision` is the application's once answered: the SEQUENCE of
    /// the interview's invitation, so a moved interview updates the agenda entry.
    public func applicationAnswered(
        _ application: Application, revision: Int, mission reference: MissionReference, applicant: Recipient,
        at instant: Instant
    ) throws {
        let event: NotificationEvent
        switch application.state {
        case .interviewProposed(let interview):
            event = .interviewProposed(
                mission: reference, applicationID: application.id, interview: interview, sequence: revision)
        case .accepted:
            event = .applicationAccepted(mission: reference, applicationID: application.id)
        case .declined(let reason):
            event = .applicationDeclined(mission: reference, applicationID: application.id, reason: reason.code)
        case .submitted, .withdrawn:
            return
        }
        try enqueue(Notice(to: applicant, event), at: instant)
    }

    /// The agreement awaits signatures: tells each party in `awaiting` what is left to sign.
    public func agreementToSign(
        _ agreement: Agreement, mission: Mission, awaiting: Set<AgreementParty>,
        at instant: Instant
    ) throws {
        let recipients = try parties(of: agreement)
        let pending = awaiting.sorted()
        for party in pending {
            guard let recipient = recipients[party] else { continue }
            try enqueue(
                Notice(
                    to: recipient,
                    .agreementToSign(
                        mission: MissionReference(mission), agreementID: agreement.id.rawValue, party: party,
                        awaiting: pending)), at: instant)
        }
    }

    /// The agreement is signed by all three, or refused by the line manager: tells each party.
    public func agreementConcluded(_ agreement: Agreement, signed: Bool, mission: Mission, at instant: Instant) throws {
        let reference = MissionReference(mission)
        let agreementID = agreement.id.rawValue
        for (_, recipient) in try parties(of: agreement).sorted(by: { $0.key < $1.key }) {
            try enqueue(
                Notice(
                    to: recipient,
                    signed
                        ? .agreementSigned(
                            mission: reference, agreementID: agreementID, start: agreement.terms.dates.start,
                            end: agreement.terms.dates.end, sequence: 0)
                        : .agreementRefused(mission: reference, agreementID: agreementID)), at: instant)
        }
    }

    /// The mission order is issued: tells the talent and the owner.
    public func missionOrderIssued(
        agreementID: Int64, reference: String, start: LocalDate, end: LocalDate,
        mission: Mission, talentID: TalentID, at instant: Instant
    ) throws {
        let event = NotificationEvent.missionOrderIssued(
            mission: MissionReference(mission), agreementID: agreementID,
            reference: reference, start: start, end: end)
        try enqueue(Notice(to: try recipient(talent: talentID), event), at: instant)
        try enqueue(Notice(to: try recipient(mission.ownerID), event), at: instant)
    }

    /// A diploma certifies the completed mission: tells the talent.
    public func diplomaIssued(assertionID: String, mission: Mission, talentID: TalentID, at instant: Instant) throws {
        try enqueue(
            Notice(
                to: try recipient(talent: talentID),
                .diplomaIssued(mission: MissionReference(mission), assertionID: assertionID)),
            at: instant)
    }

    /// A mission owner invited a talent of the pool: tells the talent.
    public func poolInvitation(_ invitation: Invitation, mission: Mission, at instant: Instant) throws {
        try enqueue(
            Notice(
                to: try recipient(talent: invitation.talentID),
                .poolInvitation(
                    mission: MissionReference(mission),
                    invitationID: invitation.id.rawValue)), at: instant)
    }

    /// A *Vis mon job* pair is published: tells the ambassador and the student (who may have
    /// no account: the addresses come from the edition's records).
    /// `revision` is the pair's: the SEQUENCE of the day's invitation.
    public func visMonJobPairPublished(
        pairID: Int64, eventDay: LocalDate, revision: Int, ambassador: Recipient, student: Recipient,
        at instant: Instant
    ) throws {
        try enqueue(
            Notice(
                to: ambassador,
                .visMonJobPairPublished(
                    pairID: pairID, side: .ambassador,
                    eventDay: eventDay, sequence: revision)), at: instant)
        try enqueue(
            Notice(
                to: student,
                .visMonJobPairPublished(
                    pairID: pairID, side: .student,
                    eventDay: eventDay, sequence: revision)), at: instant)
    }

    /// Both sides of a *Vis mon job* pair agreed on another day: tells each side, with the update
    /// of the day's agenda entry (same UID, `revision` — the pair's — as its higher SEQUENCE).
    public func visMonJobDateAgreed(
        pairID: Int64, day: LocalDate, revision: Int, ambassador: Recipient, student: Recipient,
        at instant: Instant
    ) throws {
        for (side, recipient) in [(VisMonJobSide.ambassador, ambassador), (.student, student)] {
            try enqueue(
                Notice(
                    to: recipient,
                    .visMonJobDateAgreed(pairID: pairID, side: side, day: day, sequence: revision)), at: instant)
        }
    }

    /// An ambassador booked a coaching hour: tells them, with the hour for their agenda.
    public func visMonJobCoachingBooked(_ slot: CoachingSlot, ambassador: Recipient, at instant: Instant) throws {
        try enqueue(
            Notice(
                to: ambassador,
                .visMonJobCoachingBooked(slotID: slot.id.rawValue, startsAt: slot.startsAt, place: slot.place)),
            at: instant)
    }

    /// Queues a weekly digest for `userID` unless the user muted digests or already has this
    /// week's; returns whether it was queued. The matching-missions digest goes through here.
    @discardableResult
    public func digest(_ event: NotificationEvent, to userID: UserID, week: ISOWeek, at instant: Instant) throws -> Bool
    {
        precondition(event.kind.isDigest, "\(event.kind.rawValue) is not a digest")
        guard !(try NotificationPreferenceStore(connection).digestsMuted(userID).value) else { return false }
        return try enqueue(
            Notice(
                to: try recipient(userID), event,
                key: DigestKey.make(event.kind, recipient: userID, week: week)),
            at: instant) != nil
    }

    /// The accounts fixed as the parties of `agreement` (an older agreement may have no line
    /// manager's account yet: that side is told nothing until its parties are fixed again).
    private func parties(of agreement: Agreement) throws -> [AgreementParty: Recipient] {
        var recipients: [AgreementParty: Recipient] = [:]
        for party in AgreementParty.allCases {
            if let userID = agreement.parties.userID(of: party) { recipients[party] = try recipient(userID) }
        }
        return recipients
    }
}
