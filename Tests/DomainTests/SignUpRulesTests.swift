import Domain
import Testing

@Suite("Sign-up rules")
struct SignUpRulesTests {
    @Test("an allowed domain allows its sub-domains, never a look-alike")
    func domains() throws {
        let rules = SignUpRules(allowedDomains: ["gouv.fr", " .Culture.FR "])
        #expect(rules.allowedDomains == ["gouv.fr", "culture.fr"])
        for allowed in [
            "a.b@gouv.fr", "a@numerique.gouv.fr", "a@x.interieur.gouv.fr", "a@culture.fr", "a@drac.culture.fr"
        ] {
            #expect(rules.allows(try EmailAddress(allowed)), "\(allowed)")
        }
        for refused in ["a@evilgouv.fr", "a@gouv.fr.evil.com", "a@gmail.com", "a@culture.fr.example"] {
            #expect(!rules.allows(try EmailAddress(refused)), "\(refused)")
        }
        #expect(SignUpRules().allowedDomains == ["gouv.fr"])
    }

    @Test("a new account holds the talent role only, named after the address")
    func newUser() throws {
        let user = try SignUpRules().newUser(try EmailAddress("jean-marc.le_goff@numerique.gouv.fr"))
        #expect(user.roles == [.talent] && user.administrationID == nil)
        #expect(user.displayName == "Jean-Marc Le Goff")
        #expect(try SignUpRules().newUser(try EmailAddress("42@numerique.gouv.fr")).displayName == "42")
        #expect(throws: SignUpError.domainNotAllowed) { try SignUpRules().newUser(try EmailAddress("a@gmail.com")) }
    }

    @Test("the configured list reads domain names only")
    func parsing() {
        #expect(SignUpRules.domains(parsing: "gouv.fr, Culture.fr") == ["gouv.fr", "culture.fr"])
        for bad in ["", "gouv", "*.gouv.fr", "gouv..fr", "-a.fr", "a b.fr", "gouv.fr,evil"] {
            #expect(SignUpRules.domains(parsing: bad) == nil, "\(bad)")
        }
    }
}
