import Domain
import Foundation
import Persistence
import Testing
import Workflows

/// Sign-in by one-time link and browser sessions (Workflows+WebSignIn), on a real database with a
/// fixed clock.
@Suite struct WebSignInWorkflowTests {
    /// The token of the newest queued sign-in link for `email`, from the outbox.
    static func queuedToken(_ world: TalentWorld, to email: String) throws -> String? {
        try world.database.read { connection in
            try connection.queryOne(
                """
                SELECT json_extract(payload, '$.signInLink.token') FROM notification_outbox
                WHERE kind = 'sign-in-link' AND recipient_email = ? ORDER BY id DESC LIMIT 1
                """, email, map: { try $0.string(0) })
        }
    }

    static func count(_ world: TalentWorld, _ sql: String) throws -> Int {
        try world.database.read { try $0.queryOne(sql, map: { try $0.int64(0) }) }.map(Int.init) ?? -1
    }

    @Test func aLinkIsQueuedHashedUsedOnceAndOpensASessionUntilSignOut() throws {
        try TalentWorld.with { world in
            let email = world.camille.email
            try world.workflows.requestSignInLink(email: email)
            let token = try #require(try Self.queuedToken(world, to: email.value))
            #expect(try Self.count(world, "SELECT count(*) FROM web_sign_in_links") == 1)
            // Only a 32-byte hash is stored, never the token.
            #expect(
                try world.database.read { connection in
                    try connection.queryOne(
                        """
                        SELECT length(token_hash) = 32 AND instr(token_hash, CAST(? AS BLOB)) = 0 FROM web_sign_in_links
                        """, token, map: { try $0.int64(0) })
                } == 1)

            let session = try world.workflows.signIn(linkToken: token)
            #expect(session.user.id == world.camille.id)
            #expect(session.expiresAt == TalentWorld.now.adding(hours: Workflows.webSessionLifetimeHours))
            #expect(try world.workflows.webSessionUser(token: session.token)?.id == world.camille.id)
            #expect(throws: WebSignInError.invalidLink) { try world.workflows.signIn(linkToken: token) }

            try world.workflows.signOut(sessionToken: session.token)
            #expect(try world.workflows.webSessionUser(token: session.token) == nil)
            #expect(
                try Self.count(
                    world,
                    """
                    SELECT count(*) FROM audit_events WHERE action IN ('web.sign-in-link.issued', 'web.sign-in-link.used',
                    'web.session.opened', 'web.session.ended')
                    """) == 4)
        }
    }

    @Test func anUnknownAddressQueuesNothing() throws {
        try TalentWorld.with { world in
            try world.workflows.requestSignInLink(email: try EmailAddress("inconnu@interieur.gouv.fr"))
            #expect(try Self.count(world, "SELECT count(*) FROM notification_outbox") == 0)
            #expect(try Self.count(world, "SELECT count(*) FROM web_sign_in_links") == 0)
        }
    }

    @Test func anAccountIsSentAtMostFiveLinksPerLinkLifetime() throws {
        try TalentWorld.with { world in
            let email = world.camille.email
            for _ in 0..<(Workflows.signInLinksPerLifetime + 2) { try world.workflows.requestSignInLink(email: email) }
            let sent = "SELECT count(*) FROM notification_outbox WHERE kind = 'sign-in-link'"
            #expect(try Self.count(world, sent) == Workflows.signInLinksPerLifetime)
            #expect(try Self.count(world, "SELECT count(*) FROM web_sign_in_links") == Workflows.signInLinksPerLifetime)
            // Another account is not held back, and the first gets links again once the window moved.
            try world.workflows.requestSignInLink(email: world.dominique.email)
            world.clock.now = TalentWorld.now.adding(minutes: Workflows.signInLinkLifetimeMinutes)
            try world.workflows.requestSignInLink(email: email)
            #expect(try Self.count(world, sent) == Workflows.signInLinksPerLifetime + 2)
        }
    }

    @Test func linksAndSessionsExpire() throws {
        try TalentWorld.with { world in
            try world.workflows.requestSignInLink(email: world.camille.email)
            let token = try #require(try Self.queuedToken(world, to: world.camille.email.value))
            world.clock.now = TalentWorld.now.adding(minutes: Workflows.signInLinkLifetimeMinutes)
            #expect(throws: WebSignInError.invalidLink) { try world.workflows.signIn(linkToken: token) }

            world.clock.now = TalentWorld.now
            try world.workflows.requestSignInLink(email: world.camille.email)
            let fresh = try #require(try Self.queuedToken(world, to: world.camille.email.value))
            let session = try world.workflows.signIn(linkToken: fresh)
            world.clock.now = session.expiresAt.adding(seconds: -1)
            #expect(try world.workflows.webSessionUser(token: session.token) != nil)
            world.clock.now = session.expiresAt
            #expect(try world.workflows.webSessionUser(token: session.token) == nil)
            #expect(try world.workflows.webSessionUser(token: "not-a-session") == nil)
        }
    }
}

/// Sign-up (issue 17): an account made by its owner, talent only, audited, no enumeration; the
/// link goes on to the profile form, or the page asked for.
@Suite struct SignUpWorkflowTests {
    static func next(_ world: TalentWorld, to email: String) throws -> String? {
        try world.database.read { connection in
            try connection.queryOne(
                """
                SELECT json_extract(payload, '$.signInLink.next') FROM notification_outbox
                WHERE kind = 'sign-in-link' AND recipient_email = ? ORDER BY id DESC LIMIT 1
                """, email, map: { try $0.optionalString(0) }) ?? nil
        }
    }

    @Test func aNewAddressGetsATalentAccountAndALinkToTheProfileForm() throws {
        try TalentWorld.with { world in
            let email = try EmailAddress("lou.garnier@culture.gouv.fr")
            try world.workflows.signUp(email: email)
            let user = try #require(try world.workflows.user(email: email))
            #expect(user.roles == [.talent] && user.displayName == "Lou Garnier")
            #expect(try Self.next(world, to: email.value) == "/mon-profil")
            #expect(
                try WebSignInWorkflowTests.count(
                    world,
                    """
                    SELECT count(*) FROM audit_events WHERE action = 'user.signed-up' AND actor = 'system:sign-up'
                    """) == 1)
            // Again: no second account, one more link.
            try world.workflows.signUp(email: email)
            #expect(
                try WebSignInWorkflowTests.count(
                    world, "SELECT count(*) FROM users WHERE email = 'lou.garnier@culture.gouv.fr'") == 1)
            #expect(try WebSignInWorkflowTests.count(world, "SELECT count(*) FROM web_sign_in_links") == 2)
        }
    }

    @Test func anExistingAccountJustGetsItsLinkAndKeepsItsRoles() throws {
        try TalentWorld.with { world in
            try world.workflows.signUp(email: world.owner.email)
            #expect(try world.workflows.user(email: world.owner.email)?.roles == [.missionOwner])
            #expect(try WebSignInWorkflowTests.queuedToken(world, to: world.owner.email.value) != nil)
            #expect(try Self.next(world, to: world.owner.email.value) == nil)
            #expect(
                try WebSignInWorkflowTests.count(
                    world, "SELECT count(*) FROM audit_events WHERE action = 'user.signed-up'") == 0)
        }
    }

    @Test func anAddressOutsideTheAllowedDomainsIsRefusedAndNothingIsWritten() throws {
        try TalentWorld.with { world in
            let email = try EmailAddress("lou@gmail.com")
            #expect(throws: SignUpError.domainNotAllowed) { try world.workflows.checkSignUpAddress(email) }
            #expect(throws: SignUpError.domainNotAllowed) { try world.workflows.signUp(email: email) }
            #expect(try world.workflows.user(email: email) == nil)
            #expect(try WebSignInWorkflowTests.count(world, "SELECT count(*) FROM notification_outbox") == 0)
        }
    }

    @Test func aSignInLinkCarriesALocalReturnPathOnly() throws {
        try TalentWorld.with { world in
            let email = world.camille.email
            try world.workflows.requestSignInLink(email: email, next: "/conventions/4")
            #expect(try Self.next(world, to: email.value) == "/conventions/4")
            try world.workflows.requestSignInLink(email: email, next: "//evil.example/")
            #expect(try Self.next(world, to: email.value) == nil)
        }
    }
}
