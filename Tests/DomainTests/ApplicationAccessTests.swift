import Domain
import Testing

@Suite("Application access and listing parameters")
struct ApplicationAccessTests {
    let parties = ApplicationParties(missionOwnerID: 10, applicantUserID: 20)

    private func user(_ id: UserID, _ roles: Set<Role>) -> User {
        User(
            id: id, displayName: "Personne \(id)", email: email("p\(id.rawValue)@gouv.fr"), roles: roles,
            administrationID: nil)
    }

    @Test("the applicant, the mission's owner and the operator see it; the contact is for the two latter")
    func visibility() {
        let owner = user(10, [.missionOwner])
        let applicant = user(20, [.talent])
        let operatorUser = user(30, [.operator])
        let otherOwner = user(40, [.missionOwner, .talent])
        #expect([owner, applicant, operatorUser].allSatisfy(parties.isVisible))
        #expect(!parties.isVisible(to: otherOwner))
        #expect(parties.seesApplicantContact(owner) && parties.seesApplicantContact(operatorUser))
        #expect(!parties.seesApplicantContact(applicant))
        #expect(ApplicationScope.of(operatorUser) == .all)
        #expect(ApplicationScope.of(otherOwner) == .involving(40))
        #expect(ApplicationScope.involving(20).contains(parties) && ApplicationScope.involving(10).contains(parties))
        #expect(!ApplicationScope.involving(40).contains(parties))
    }

    @Test("who may take each action")
    func rights() throws {
        let owner = user(10, [.missionOwner])
        let applicant = user(20, [.talent])
        let operatorUser = user(30, [.operator])
        for action in [ApplicationAction.proposeInterview, .accept, .decline] {
            try parties.authorize(action, by: owner)
            try parties.authorize(action, by: operatorUser)
            #expect(throws: ApplicationAccessError.missionOwnerOnly(action)) {
                try parties.authorize(action, by: applicant)
            }
            // Ownership is per mission (issue 22): its owner answers without the role, and so
            // does a co-owner; nobody else does.
            try parties.authorize(action, by: user(10, [.talent]))
            let shared = ApplicationParties(missionOwnerID: 10, applicantUserID: 20, missionCoOwnerIDs: [50])
            try shared.authorize(action, by: user(50, [.talent]))
            #expect(shared.seesApplicantContact(user(50, [.talent])) && !parties.seesApplicantContact(user(50, [])))
            #expect(throws: ApplicationAccessError.missionOwnerOnly(action)) {
                try parties.authorize(action, by: user(50, [.missionOwner]))
            }
        }
        try parties.authorize(.withdraw, by: applicant)
        for other in [owner, operatorUser] {
            #expect(throws: ApplicationAccessError.applicantOnly(.withdraw)) {
                try parties.authorize(.withdraw, by: other)
            }
            #expect(throws: (any Error).self) { try parties.authorize(.reopen, by: applicant) }
        }
        try parties.authorize(.reopen, by: operatorUser)
        #expect(throws: AccessError.roleRequired(action: "reopen an application", roles: [.operator])) {
            try parties.authorize(.reopen, by: owner)
        }
    }

    @Test("listing parameters are parsed and each error names its parameter")
    func parameters() throws {
        let parameters: [(name: String, value: String)] = [
            ("mission", "12"), ("status", "submitted,interview-proposed"), ("status", "accepted"), ("overdue", "true"),
            ("limit", "5")
        ]
        let search = try ApplicationSearch(parameters: parameters)
        #expect(
            search
                == ApplicationSearch(
                    missionID: 12, statuses: [.submitted, .interviewProposed, .accepted],
                    overdue: true, limit: 5))
        #expect(try ApplicationSearch(parameters: [(name: String, value: String)]()) == ApplicationSearch())
        let refused: [([(name: String, value: String)], String, String?)] = [
            ([("mission", "abc")], "application-search-not-an-identifier", "mission"),
            ([("mission", "0")], "application-search-not-an-identifier", "mission"),
            ([("mission", "1"), ("mission", "2")], "application-search-parameter-repeated", "mission"),
            ([("status", "pending")], "unknown-value", "status"),
            ([("overdue", "yes")], "application-search-not-a-boolean", "overdue"),
            ([("limit", "0")], "application-search-limit-out-of-range", "limit"),
            ([("limit", "101")], "application-search-limit-out-of-range", "limit"),
            ([("colour", "blue")], "unknown-value", "colour")
        ]
        for (parameters, code, field) in refused {
            do {
                _ = try ApplicationSearch(parameters: parameters)
                Issue.record("\(parameters) was accepted")
            } catch let error as any DomainError {
                #expect(error.code == code && error.field == field, "\(parameters): \(error)")
            }
        }
        #expect(throws: UnknownValueError(field: "mission", value: "mission", allowed: ["status"])) {
            try ApplicationSearch(parameters: [(name: "mission", value: "1")], allowed: ["status"])
        }
    }
}
