import Domain
import Testing
import Workflows

@Suite struct ReferentAgreementsWorkflowTests {
    @Test func aReferentListsTheSignedAgreementsOfTheirAdministrationAndThoseBelowIt() throws {
        try EngagementWorld.with { world in
            let signed = try world.signedAgreement(0)
            // Another agreement still awaiting its signatures is not theirs to act on yet.
            _ = try world.workflows.createAgreement(
                from: world.applications[1], terms: EngagementWorld.terms(),
                by: world.caller("owner"))
            for referent in ["referent", "ministryReferent"] {
                let views = try world.workflows.agreementsForReferent(by: world.caller(referent))
                #expect(views.map(\.agreement.id) == [signed.agreement.id], "\(referent)")
                #expect(views.allSatisfy { $0.callerParties.isEmpty })
            }
            #expect(try world.workflows.agreementsForReferent(by: world.caller("strangerReferent")).isEmpty)
            #expect(
                throws: AccessError.roleRequired(
                    action: "list the agreements of their administration",
                    roles: [.referent])
            ) {
                try world.workflows.agreementsForReferent(by: world.caller("owner"))
            }
        }
    }
}
