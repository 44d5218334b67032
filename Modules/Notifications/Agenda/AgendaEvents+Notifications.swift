public import Calendar
public import Domain

extension AgendaEvents {
    /// The agenda entry an e-mail of `event` carries as its invitation, written at `stamp`; nil
    /// for messages that announce no date (and for events queued before they carried one).
    public func invitation(for event: NotificationEvent, stamp: Instant) -> CalendarEvent? {
        switch event {
        case .interviewProposed(let mission, let applicationID, let proposal, let sequence):
            interview(
                applicationID: applicationID, missionTitle: mission.title, interview: proposal,
                sequence: sequence ?? 0, stamp: stamp, path: WebPaths.myApplication(applicationID))
        case .visMonJobPairPublished(let pairID, let side, let day, let sequence):
            visMonJobDay(
                pairID: pairID, day: day, sequence: sequence ?? 0, stamp: stamp, path: Self.pairPath(pairID, side))
        case .visMonJobDateAgreed(let pairID, let side, let day, let sequence):
            visMonJobDay(pairID: pairID, day: day, sequence: sequence, stamp: stamp, path: Self.pairPath(pairID, side))
        case .visMonJobCoachingBooked(let slotID, let startsAt, let place):
            coaching(
                slotID: slotID, startsAt: startsAt, place: place, stamp: stamp, path: WebPaths.visMonJobAmbassador)
        case .agreementSigned(let mission, let agreementID, let start?, let end?, let sequence):
            agreementWindow(
                agreementID: agreementID, missionTitle: mission.title, start: start, end: end,
                sequence: sequence ?? 0, stamp: stamp, path: WebPaths.agreement(agreementID))
        default:
            nil
        }
    }

    /// The page of the pair for `side`: the ambassador's pair page; the student's page is reached
    /// by their private link only, so theirs is the programme's page.
    private static func pairPath(_ pairID: Int64, _ side: VisMonJobSide) -> String {
        side == .ambassador ? WebPaths.visMonJobPair(pairID) : WebPaths.visMonJobHome
    }
}
