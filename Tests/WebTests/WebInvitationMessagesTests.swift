import Domain
import Testing

@testable import Web

/// The French sentences of a refused invitation: one per case, on the field it concerns.
@Suite struct WebInvitationMessagesTests {
    @Test func everyInvitationErrorHasAFrenchSentenceOnItsField() {
        let mission = MissionID(1)
        let talent = TalentID(2)
        let samples: [(InvitationError, String)] =
            MissionState.allCases.map { (.missionNotOpen(mission, $0), "mission") } + [
                (.talentNotInPool(talent), "mission"), (.alreadyInvited(mission, talent), "mission"),
                (.messageTooLong(count: 2001), "message")
            ]
        for (error, field) in samples {
            let message = FrenchMessages.invitation(error)
            #expect(message.field == field, "\(error)")
            #expect(message.text.hasSuffix(".") && message.text.first?.isLowercase == true, "\(error): \(message.text)")
        }
    }
}
