import Domain
import Testing

/// The closure rule of an account (issue #19): who may close it, when it is refused, the
/// pseudonyms left in place.
@Suite("Account closure")
struct AccountClosureTests {
    let person = User(
        id: 12, displayName: "Camille Martin", email: email("camille.martin@numerique.gouv.fr"), roles: [.talent],
        administrationID: 3)

    func agreement(_ id: Int64, _ status: AgreementStatus) -> AccountClosure.PartyAgreement {
        AccountClosure.PartyAgreement(id: AgreementID(id), missionTitle: "Mission \(id)", status: status)
    }

    @Test("ended agreements do not hold the closure back")
    func endedAgreements() throws {
        try AccountClosure.check(
            person, agreements: [agreement(1, .completed), agreement(2, .refused), agreement(3, .interrupted)])
    }

    @Test(
        "an agreement under signature or running refuses it, naming the first",
        arguments: [
            AgreementStatus.awaitingSignatures, .signed
        ])
    func agreementUnderWay(status: AgreementStatus) {
        #expect(
            throws: AccountClosureError.agreementInProgress(AgreementID(4), missionTitle: "Mission 4", status: status)
        ) {
            try AccountClosure.check(
                person, agreements: [agreement(9, .signed), agreement(1, .completed), agreement(4, status)])
        }
        #expect(
            AccountClosureError.agreementInProgress(AgreementID(4), missionTitle: "M", status: status).code
                == "account-closure-agreement-in-progress")
    }

    @Test("a closed account is not closed twice; its address is unroutable and valid")
    func closedTwice() throws {
        let address = try EmailAddress(AccountClosure.erasedEmail(of: person.id))
        #expect(address.value == "compte-ferme-12@ferme.invalid")
        var closed = person
        closed.email = address
        closed.displayName = AccountClosure.pseudonym
        #expect(AccountClosure.isClosed(closed) && !AccountClosure.isClosed(person))
        #expect(throws: AccountClosureError.alreadyClosed) { try AccountClosure.check(closed, agreements: []) }
    }

    @Test("oneself, or the operator on request; nobody else")
    func whoMayClose() throws {
        #expect(try AccountClosure.requireAllowed(person.id, by: person) == .ownRequest)
        let operatorUser = User(
            id: 1, displayName: "Op", email: email("op@numerique.gouv.fr"), roles: [.operator], administrationID: nil)
        #expect(try AccountClosure.requireAllowed(person.id, by: operatorUser) == .operatorOnRequest)
        #expect(try AccountClosure.requireAllowed(person.id, by: nil) == .operatorOnRequest)
        let referent = User(
            id: 2, displayName: "Ref", email: email("ref@numerique.gouv.fr"), roles: [.referent], administrationID: 3)
        #expect(throws: AccessError.self) { try AccountClosure.requireAllowed(person.id, by: referent) }
    }
}
