import Domain
import Testing

@Suite struct FeedbackTests {
    private func ended() throws -> Agreement {
        var agreement = Agreement.make(signedBy: AgreementParty.allCases)
        try agreement.complete(missionOrderInForce: true, at: referenceInstant)
        return agreement
    }

    @Test func isGivenOnceBySideOnceTheEngagementEnded() throws {
        #expect(throws: AgreementError.invalidTransition(action: .giveFeedback, from: .signed)) {
            try Feedback.give(
                NewFeedback(rating: 5, comment: "Bien"), on: .make(signedBy: AgreementParty.allCases),
                side: .talent, existing: [], authorID: 1, at: referenceInstant)
        }
        let agreement = try ended()
        let talent = try Feedback.give(
            NewFeedback(rating: 5, comment: " Très bien "), on: agreement, side: .talent,
            existing: [], authorID: 1, at: referenceInstant)
        #expect(talent.comment == "Très bien" && talent.rating == 5)
        #expect(throws: FeedbackError.alreadyGiven(.talent)) {
            try Feedback.give(
                NewFeedback(rating: 4, comment: "Encore"), on: agreement, side: .talent,
                existing: [talent], authorID: 1, at: referenceInstant)
        }
        #expect(
            try Feedback.give(
                NewFeedback(rating: 4, comment: "Précis"), on: agreement, side: .owner,
                existing: [talent], authorID: 2, at: referenceInstant
            ).side == .owner)
        #expect(FeedbackError.alreadyGiven(.owner).kind == .conflict)
    }

    @Test func ratesFromOneToFiveWithAComment() throws {
        let agreement = try ended()
        for rating in [0, 6] {
            #expect(throws: FeedbackError.ratingOutOfRange(rating)) {
                try Feedback.give(
                    NewFeedback(rating: rating, comment: "x"), on: agreement, side: .owner, existing: [],
                    authorID: 1, at: referenceInstant)
            }
        }
        #expect(throws: FeedbackError.commentLength(count: 0)) {
            try Feedback.give(
                NewFeedback(rating: 3, comment: ""), on: agreement, side: .owner, existing: [],
                authorID: 1, at: referenceInstant)
        }
        #expect(FeedbackError.ratingOutOfRange(0).kind == .invalidValue)
    }
}
