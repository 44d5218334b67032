import Domain
import Testing

@Suite struct MissionOrderTests {
    private let reference = MissionOrderReference(acronym: "DINUM", year: 2026, sequence: 42)
    private let dates = DateWindow(start: day("2026-04-01"), end: day("2026-05-31"))

    @Test func referencesArePaddedToFourDigitsAndRoundTrip() {
        #expect(reference.description == "OM-DINUM-2026-0042")
        #expect(MissionOrderReference(acronym: "DNUM", year: 2027, sequence: 12345).description == "OM-DNUM-2027-12345")
        #expect(MissionOrderReference("OM-DINUM-2026-0042") == reference)
        #expect(
            MissionOrderReference("OM-SG-MI-2026-0001")
                == MissionOrderReference(
                    acronym: "SG-MI", year: 2026,
                    sequence: 1))
        for text in ["", "OM-DINUM-2026", "XX-DINUM-2026-0001", "OM-DINUM-26-0001", "OM-DINUM-2026-0000"] {
            #expect(MissionOrderReference(text) == nil, "\(text)")
        }
    }

    @Test func isIssuedForASignedAgreementWithinItsDates() throws {
        #expect(throws: AgreementError.invalidTransition(action: .issueMissionOrder, from: .awaitingSignatures)) {
            try MissionOrder.issue(
                id: 1, for: .make(), administrationID: 20, reference: reference, dates: dates,
                issuedBy: 7, at: referenceInstant)
        }
        let signed = Agreement.make(signedBy: AgreementParty.allCases)
        let outside = DateWindow(start: day("2026-03-31"), end: day("2026-05-31"))
        #expect(throws: MissionOrderError.datesOutsideAgreement(outside, agreement: signed.terms.dates)) {
            try MissionOrder.issue(
                id: 1, for: signed, administrationID: 20, reference: reference, dates: outside,
                issuedBy: 7, at: referenceInstant)
        }
        let reversed = DateWindow(start: day("2026-05-01"), end: day("2026-04-01"))
        #expect(throws: MissionOrderError.datesReversed(reversed)) {
            try MissionOrder.issue(
                id: 1, for: signed, administrationID: 20, reference: reference, dates: reversed,
                issuedBy: 7, at: referenceInstant)
        }
        let order = try MissionOrder.issue(
            id: 1, for: signed, administrationID: 20, reference: reference,
            dates: DateWindow(start: day("2026-04-15"), end: day("2026-05-15")),
            issuedBy: nil, at: referenceInstant)
        #expect(order.isInForce && order.agreementID == signed.id && order.issuedBy == nil)
    }

    @Test func isCancelledOnceWithAReasonAndKeepsItsReference() throws {
        var order = try MissionOrder.issue(
            id: 1, for: .make(signedBy: AgreementParty.allCases), administrationID: 20,
            reference: reference, dates: dates, issuedBy: 7, at: referenceInstant)
        #expect(throws: MissionOrderError.reasonLength(count: 0)) { try order.cancel(reason: "", at: referenceInstant) }
        try order.cancel(reason: "Erreur de dates", at: referenceInstant)
        #expect(!order.isInForce && order.cancellationReason == "Erreur de dates" && order.reference == reference)
        #expect(throws: MissionOrderError.alreadyCancelled(reference)) {
            try order.cancel(reason: "Encore", at: referenceInstant)
        }
    }
}
