import Foundation
import Gamification
import Testing

@testable import AppTestSupport

/// The recognition features on the real binaries: the public Open Badges documents, the credit
/// account API, and the `ledger`, `distinctions` and `badges` commands.
@Suite struct RecognitionAPITests {
    static func object(_ response: HTTPClient.Response) throws -> [String: Any] {
        try #require(response.json as? [String: Any], "not a JSON object: \(response.status) \(response.text)")
    }

    @Test func publicBadgeDocumentsFormAVerifiableChain() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let base = fixture.server.baseURL
        let assertionPath = "/badges/assertions/\(fixture.diplomaID)"

        let assertionResponse = try fixture.server.send("GET", assertionPath)
        #expect(assertionResponse.status == 200 && assertionResponse.headers["content-type"] == "application/ld+json")
        #expect(assertionResponse.headers["etag"] == #""1""#)
        let assertion = try Self.object(assertionResponse)
        #expect(assertion["@context"] as? String == "https://w3id.org/openbadges/v2")
        #expect(assertion["id"] as? String == base + assertionPath)
        #expect((assertion["verification"] as? [String: Any])?["type"] as? String == "hosted")
        #expect(assertion["issuedOn"] as? String == "2026-03-02T09:00:00.000Z")
        let recipient = try #require(assertion["recipient"] as? [String: Any])
        #expect(
            recipient["hashed"] as? Bool == true && (recipient["identity"] as? String)?.hasPrefix("sha256$") == true)
        let evidence = try #require((assertion["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["description"] as? String == "Mission pour Ministère de l'Intérieur, 2 h 15 min validées.")

        // Follow the chain from the assertion, as a hosted verifier does.
        let badgeURL = try #require(assertion["badge"] as? String)
        #expect(badgeURL == base + "/badges/classes/skill-transfer")
        let badgeClass = try Self.object(try fixture.server.send("GET", String(badgeURL.dropFirst(base.count))))
        #expect(
            badgeClass["type"] as? String == "BadgeClass" && badgeClass["issuer"] as? String == base + "/badges/issuer")
        let issuer = try Self.object(
            try fixture.server.send(
                "GET", "/badges/issuer",
                headers: ["Accept": "application/json"]))
        #expect(issuer["type"] as? String == "Issuer" && issuer["url"] as? String == base)
        let json = try fixture.server.send("GET", "/badges/issuer", headers: ["Accept": "application/json"])
        #expect(json.headers["content-type"] == "application/json")

        let image = try fixture.server.send(
            "GET",
            try #require((badgeClass["image"] as? String)?.dropFirst(base.count))
                .map(String.init) ?? "")
        #expect(image.status == 200 && image.headers["content-type"] == "image/svg+xml" && image.text.hasPrefix("<svg"))

        // The baked badge carries the same assertion and its URL.
        let baked = try fixture.server.send("GET", assertionPath + "/image")
        #expect(baked.status == 200 && baked.headers["content-type"] == "image/svg+xml")
        let unbaked = try #require(BadgeBaking.unbake(baked.text))
        #expect(unbaked.verifyURL == base + assertionPath)
        #expect(unbaked.assertionJSON == assertionResponse.text)

        let page = try fixture.server.send("GET", assertionPath + "/verification")
        #expect(page.status == 200 && page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains(#"<html lang="fr">"#) && page.text.contains("Diplôme valide"))
        #expect(page.text.contains("Camille &lt;Martin&gt;") && !page.text.contains("<Martin>"))
        #expect(page.text.contains("Former l&#39;équipe à &lt;l&#39;audit&gt;"))

        #expect(try fixture.server.send("GET", "/badges/assertions/unknown-assertion").status == 404)
        #expect(try fixture.server.send("GET", "/badges/classes/unknown").status == 404)
    }

    @Test func aRevokedDiplomaAnswers410WithItsReason() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let path = "/badges/assertions/\(fixture.diplomaID)"
        let body = #"{"reason":"Mission non réalisée"}"#
        let refused = try fixture.server.send(
            "POST", "/v1/badges/assertions/\(fixture.diplomaID)/revocation",
            token: fixture.talentToken, headers: ["If-Match": #""1""#], json: body)
        #expect(refused.status == 403)
        let missing = try fixture.server.send(
            "POST", "/v1/badges/assertions/\(fixture.diplomaID)/revocation",
            token: fixture.operatorToken, json: body)
        #expect(missing.status == 428)
        let revoked = try fixture.server.send(
            "POST", "/v1/badges/assertions/\(fixture.diplomaID)/revocation",
            token: fixture.operatorToken, headers: ["If-Match": #""1""#], json: body)
        #expect(revoked.status == 200 && revoked.headers["etag"] == #""2""#)
        #expect(try Self.object(revoked)["revoked"] as? Bool == true)

        let gone = try fixture.server.send("GET", path)
        #expect(gone.status == 410 && gone.headers["content-type"] == "application/ld+json")
        let assertion = try Self.object(gone)
        #expect(
            assertion["revoked"] as? Bool == true && assertion["revocationReason"] as? String == "Mission non réalisée")
        let page = try fixture.server.send("GET", path + "/verification")
        #expect(page.text.contains("Diplôme révoqué") && page.text.contains("Mission non réalisée"))
        let again = try fixture.server.send(
            "POST", "/v1/badges/assertions/\(fixture.diplomaID)/revocation",
            token: fixture.operatorToken, headers: ["If-Match": #""2""#], json: body)
        #expect(again.status == 409)
        // The command line refuses too: a revocation is final.
        let cli = try fixture.admin(["badges", "revoke", fixture.diplomaID, "--reason", "Encore"])
        #expect(cli.status == 1 && cli.errorOutput.contains("already revoked"))
    }

    @Test func theCreditAccountAPIShowsBalancesAndPagedStatements() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        // The referent of the ministry reads its directorate's account.
        let account = try fixture.server.send(
            "GET", "/v1/administrations/\(fixture.employerID)/credits",
            token: fixture.referentToken)
        #expect(account.status == 200)
        let body = try Self.object(account)
        #expect(body["balance"] as? Int == 135 && body["balanceCredits"] as? Double == 2.25)
        #expect(body["unit"] as? String == "1/60 credit" && body["belowFloor"] as? Bool == false)
        #expect(
            try fixture.server.send(
                "GET", "/v1/administrations/\(fixture.beneficiaryID)/credits",
                token: fixture.referentToken
            ).status == 403)
        #expect(
            try fixture.server.send(
                "GET", "/v1/administrations/\(fixture.beneficiaryID)/credits",
                token: fixture.talentToken
            ).status == 403)
        let first = try Self.object(
            try fixture.server.send(
                "GET", "/v1/administrations/\(fixture.beneficiaryID)/credits/statement?limit=1",
                token: fixture.operatorToken))
        let items = try #require(first["items"] as? [[String: Any]])
        #expect(items.count == 1 && items[0]["amount"] as? Int == -45 && items[0]["balanceAfter"] as? Int == -135)
        let cursor = try #require(first["nextCursor"] as? String)
        let second = try Self.object(
            try fixture.server.send(
                "GET", "/v1/administrations/\(fixture.beneficiaryID)/credits/statement?limit=1&cursor=\(cursor)",
                token: fixture.operatorToken))
        #expect((second["items"] as? [[String: Any]])?.first?["timeReportID"] as? Int == 1)
        #expect(
            try fixture.server.send(
                "GET", "/v1/administrations/\(fixture.beneficiaryID)/credits/statement?limit=0",
                token: fixture.operatorToken
            ).status == 422)
        // Distinctions and diplomas of the talent.
        let mine = try #require(
            try fixture.server.send("GET", "/v1/me/distinctions", token: fixture.talentToken).json
                as? [[String: Any]])
        #expect(mine.compactMap { $0["code"] as? String } == ["first-mission", "mentor"])
        let badges = try #require(
            try fixture.server.send("GET", "/v1/me/badges", token: fixture.talentToken).json
                as? [[String: Any]])
        #expect(
            badges.first?["assertionURL"] as? String == fixture.server.baseURL
                + "/badges/assertions/\(fixture.diplomaID)")
    }

    /// `ledger accounts --json` prints what docs/operations.md promises, in the API's
    /// `CreditAccount` shape: balance in units and credits, the floor when set, below floor.
    @Test func ledgerAccountsAsJSONCarryCreditsAndTheFloor() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let floor = try fixture.admin(["ledger", "floor", "MININT", "--credits=-1"])
        #expect(floor.status == 0, "\(floor.errorOutput)")
        let listed = try fixture.admin(["ledger", "accounts", "--json"])
        #expect(listed.status == 0, "\(listed.errorOutput)")
        let accounts = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        let byID = Dictionary(
            accounts.compactMap { account in
                (account["administrationID"] as? Int).map { (Int64($0), account) }
            }
        ) { first, _ in first }
        let beneficiary = try #require(byID[fixture.beneficiaryID])
        let employer = try #require(byID[fixture.employerID])
        #expect(beneficiary["balance"] as? Int == -135 && beneficiary["balanceCredits"] as? Double == -2.25)
        #expect(beneficiary["floor"] as? Int == -60 && beneficiary["belowFloor"] as? Bool == true)
        #expect(employer["balance"] as? Int == 135 && employer["balanceCredits"] as? Double == 2.25)
        #expect(employer["floor"] == nil && employer["belowFloor"] as? Bool == false)
        #expect(employer["unit"] as? String == "1/60 credit")
        // The same object as the API's, key for key.
        let api = try Self.object(
            try fixture.server.send(
                "GET", "/v1/administrations/\(fixture.beneficiaryID)/credits",
                token: fixture.operatorToken))
        #expect(Set(api.keys) == Set(beneficiary.keys))
        #expect(api["balanceCredits"] as? Double == -2.25 && api["floor"] as? Int == -60)
    }

    @Test func ledgerCommandsVerifyReverseAndDetectAHandCorruptedEntry() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let verified = try fixture.admin(["ledger", "verify"])
        #expect(verified.status == 0 && verified.output.contains("balances sum to zero"))
        let statement = try fixture.admin(["ledger", "statement", "MININT"])
        #expect(
            statement.status == 0 && statement.output.contains("-2.25") && statement.output.contains("time report #1"))
        let reversal = try fixture.admin(["ledger", "reverse", "1", "--reason", "Saisie en double"])
        #expect(reversal.status == 0 && reversal.output.contains("Posted transfer 3, reversing transfer 1 (90 units)"))
        let twice = try fixture.admin(["ledger", "reverse", "1", "--reason", "Encore"])
        #expect(twice.status == 1 && twice.errorOutput.contains("already reversed by transfer #3"))
        #expect(try fixture.admin(["ledger", "verify"]).status == 0)

        let recompute = try fixture.admin(["distinctions", "recompute"])
        #expect(recompute.status == 0 && recompute.output.contains("0 distinction(s) awarded"))

        // Corrupt one movement by hand, as only someone bypassing the application could.
        let corrupt = try Subprocess.sqlite3(
            fixture.database,
            """
            DROP TRIGGER credit_movements_no_update;
            UPDATE credit_movements SET amount = amount + 1 WHERE id = 1;
            """)
        #expect(corrupt.status == 0, "\(corrupt.errorOutput)")
        let detected = try fixture.admin(["ledger", "verify"])
        #expect(detected.status == 1)
        #expect(detected.errorOutput.contains("transfer #1: movements [-89, 90] do not balance its amount of 90 units"))
        #expect(detected.errorOutput.contains("zero sum broken"))
    }
}
