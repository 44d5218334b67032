import Domain
import Testing
import Workflows

/// ``Workflows/applicationsAwaitingAgreement(by:)``: the accepted applications whose agreement
/// the caller still has to draw up; ``Workflows/agreementDraft(for:by:)``: what one is drawn up from.
@Suite struct AgreementsToDrawWorkflowTests {
    @Test func theOwnerAndTheOperatorSeeTheAcceptedApplicationsWithoutAnAgreement() throws {
        try EngagementWorld.with { world in
            let first = world.applications[0]
            let second = world.applications[1]
            func awaiting(_ name: String) throws -> [ApplicationID] {
                let caller = name == "commandLine" ? Caller.commandLine : world.caller(name)
                return try world.workflows.applicationsAwaitingAgreement(by: caller).map(\.application.id)
            }
            let before: [(String, [ApplicationID])] = [
                ("owner", [first, second]), ("otherOwner", []), ("operator", [first, second]),
                ("commandLine", [first, second])
            ]
            for (name, expected) in before { #expect(try awaiting(name) == expected, "\(name)") }
            #expect(
                try world.workflows.applicationsAwaitingAgreement(by: world.caller("owner"))
                    .allSatisfy { $0.applicant != nil }, "with the applicant to name")

            _ = try world.workflows.createAgreement(
                from: first, terms: EngagementWorld.terms(), by: world.caller("owner"))
            let after: [(String, [ApplicationID])] = [
                ("owner", [second]), ("otherOwner", []), ("operator", [second]), ("commandLine", [second])
            ]
            for (name, expected) in after { #expect(try awaiting(name) == expected, "\(name)") }

            for name in ["talent0", "manager", "referent"] {
                #expect(
                    throws: AccessError.roleRequired(
                        action: "draw up an agreement",
                        roles: [.missionOwner, .operator]), "\(name)"
                ) {
                    try world.workflows.applicationsAwaitingAgreement(by: world.caller(name))
                }
            }
        }
    }

    @Test func aDraftIsReadByWhoeverDrawsUpTheAgreementAndNamesTheOneMade() throws {
        try EngagementWorld.with { world in
            let id = world.applications[0]
            let draft = try world.workflows.agreementDraft(for: id, by: world.caller("owner"))
            #expect(draft.application.application.id == id && draft.application.applicant?.displayName == "talent0")
            #expect(draft.mission.details.title == "API" && draft.agreementID == nil)
            let made = try world.workflows.createAgreement(
                from: id, terms: EngagementWorld.terms(),
                by: world.caller("owner")
            ).agreement.id
            for caller in [world.caller("owner"), world.caller("operator"), Caller.commandLine] {
                #expect(try world.workflows.agreementDraft(for: id, by: caller).agreementID == made)
            }
            // The same refusals as drawing it up: the role first, then another owner's application does not exist.
            for name in ["talent0", "manager"] {
                #expect(
                    throws: AccessError.roleRequired(
                        action: "draw up an agreement",
                        roles: [.missionOwner, .operator]), "\(name)"
                ) {
                    try world.workflows.agreementDraft(for: id, by: world.caller(name))
                }
            }
            #expect(throws: NotFoundError("application", id: id)) {
                try world.workflows.agreementDraft(for: id, by: world.caller("otherOwner"))
            }
        }
    }
}
