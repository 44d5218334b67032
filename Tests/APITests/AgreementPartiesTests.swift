import Foundation
import Testing

@testable import AppTestSupport

/// Issue 15 on the real `talents-api`: an agreement fixes its parties when it is drafted, so what a
/// talent types in their profile afterwards chooses neither who signs for the line manager nor
/// which administration issues the mission order and earns the credits. Each attack of the issue
/// is tried and found refused or without effect; each change leaves an audit event naming fields
/// and identifiers only.
@Suite struct AgreementPartiesTests {
    @Test func aTalentCannotNameAManagerOfAnotherMinistryNorSwapTheManagerAfterDrafting() throws {
        let world = try EngagementFixture()
        let talent = try world.sql("SELECT id FROM talents")
        // Drafted with the real manager (DNUM), whose account is fixed in the agreement.
        let created = try world.send(
            "POST", "/v1/applications/\(world.applications[0])/agreement", as: "owner",
            json: EngagementFixture.terms())
        try #require(created.status == 201, "\(created.text)")
        let id = try #require(created.jsonObject["id"] as? Int)
        let parties = try #require(created.jsonObject["parties"] as? [String: Any])
        #expect(
            parties["lineManagerID"] as? Int
                == Int(try world.sql("SELECT id FROM users WHERE display_name = 'manager'")))
        #expect(
            parties["employerID"] as? Int == Int(try world.sql("SELECT id FROM administrations WHERE acronym = 'DNUM'"))
        )

        // The talent names a line manager of the beneficiary ministry in their profile…
        try Self.editProfile(world, talent: talent) {
            $0["lineManager"] = ["name": "X", "email": "strangerManager@example.gouv.fr"]
        }
        // …who cannot sign, nor even see the agreement; the real manager still can.
        let path = "/v1/agreements/\(id)"
        var etag = try #require(try world.send("GET", path, as: "owner").headers["etag"])
        #expect(try world.send("POST", path + "/sign", as: "strangerManager", ifMatch: etag).status == 404)
        #expect(try world.send("GET", path, as: "strangerManager").status == 404)
        let signed = try world.send("POST", path + "/sign", as: "manager", ifMatch: etag)
        #expect(
            signed.status == 200 && signed.jsonObject["yourParties"] as? [String] == ["line-manager"], "\(signed.text)")
        etag = try #require(signed.headers["etag"])
        // The profile change is audited by field names, without the address.
        let audit = try world.sql(
            """
            SELECT details FROM audit_events WHERE action = 'talent.profile-updated' ORDER BY id DESC LIMIT 1
            """)
        #expect(
            audit.contains("\"changed\":\"lineManager.email,lineManager.name\"") && !audit.contains("@"), "\(audit)")
        // Fixing the parties again from that profile is refused: that person cannot be the manager.
        let refreshed = try world.send("POST", path + "/refresh-parties", as: "talent0", ifMatch: etag)
        #expect(refreshed.status == 409, "\(refreshed.text)")
        #expect(refreshed.text.contains("agreement-line-manager-outside-employer"))
        #expect(
            try world.sql("SELECT manager_signed_at IS NOT NULL FROM agreements WHERE id = \(id)") == "1",
            "a refused change clears nothing")

        // A new agreement from such a profile is refused too.
        let second = try EngagementFixture(talents: 2)
        let secondTalent = try second.sql("SELECT id FROM talents ORDER BY id DESC LIMIT 1")
        try Self.editProfile(second, talent: secondTalent, as: "talent1") {
            $0["lineManager"] = ["name": "X", "email": "strangerManager@example.gouv.fr"]
        }
        let refused = try second.send(
            "POST", "/v1/applications/\(second.applications[1])/agreement", as: "owner",
            json: EngagementFixture.terms())
        #expect(
            refused.status == 409 && refused.text.contains("agreement-line-manager-outside-employer"), "\(refused.text)"
        )
        #expect(try second.sql("SELECT count(*) FROM agreements") == "0")
    }

    @Test func onePersonSignsForOnePartyOnly() throws {
        let world = try EngagementFixture(applied: false)
        let mission = try world.sql("SELECT id FROM missions")
        let directorate = try world.sql("SELECT id FROM administrations WHERE acronym = 'DNUM'")
        // A talent who also holds the line-manager role names themselves as their manager.
        let profile = """
            {"employerID": \(directorate), "status": "civil-servant",
             "lineManager": {"name": "Moi", "email": "managerTalent@example.gouv.fr"}, "departement": "69",
             "skills": [{"code": "arch-api", "level": 3}], "availability": {"hoursPerMonth": 8},
             "presentation": ""}
            """
        let created = try world.send("POST", "/v1/talents", as: "managerTalent", json: profile)
        try #require(created.status == 201, "\(created.text)")
        let talent = try #require(created.jsonObject["id"] as? Int)
        #expect(
            try world.send(
                "POST", "/v1/talents/\(talent)/confirm-employment", as: "managerTalent",
                ifMatch: "\"1\""
            ).status == 403, "nobody attests their own employment")
        let confirmed = try world.send(
            "POST", "/v1/talents/\(talent)/confirm-employment", as: "referent", ifMatch: "\"1\"")
        #expect(
            confirmed.status == 200 && confirmed.jsonObject["employmentConfirmed"] as? Bool == true, "\(confirmed.text)"
        )
        let applied = try world.send(
            "POST", "/v1/missions/\(mission)/applications", as: "managerTalent",
            json: #"{"motivation": "Disponible."}"#)
        let application = try #require(applied.jsonObject["id"] as? Int, "\(applied.text)")
        #expect(
            try world.send("POST", "/v1/applications/\(application)/accept", as: "owner", ifMatch: "\"1\"").status
                == 200)
        let drafted = try world.send(
            "POST", "/v1/applications/\(application)/agreement", as: "owner",
            json: EngagementFixture.terms())
        #expect(drafted.status == 409 && drafted.text.contains("agreement-line-manager-is-talent"), "\(drafted.text)")
        #expect(try world.sql("SELECT count(*) FROM agreements") == "0")
    }

    @Test func employmentTakesEffectOnceConfirmedAndAChangeMovesNoOrderNorCredit() throws {
        let world = try EngagementFixture(talents: 2)
        let talents = try world.sql("SELECT group_concat(id) FROM talents").split(separator: ",").map(String.init)
        let dnum = try world.sql("SELECT id FROM administrations WHERE acronym = 'DNUM'")
        let culture = try world.sql("SELECT id FROM administrations WHERE acronym = 'MC'")

        // An unconfirmed employment blocks the agreement until the referent of DNUM confirms it.
        _ = try world.sql("UPDATE talents SET employment_confirmed_employer_id = NULL WHERE id = \(talents[1])")
        let blocked = try world.send(
            "POST", "/v1/applications/\(world.applications[1])/agreement", as: "owner",
            json: EngagementFixture.terms())
        #expect(blocked.status == 409 && blocked.text.contains("agreement-employment-unconfirmed"), "\(blocked.text)")
        let waiting = try world.send("GET", "/v1/employment-confirmations", as: "referent")
        let items = try #require(waiting.jsonObject["items"] as? [[String: Any]], "\(waiting.text)")
        #expect(items.map { $0["talentID"] as? Int } == [Int(talents[1])])
        #expect(
            (try world.send("GET", "/v1/employment-confirmations", as: "strangerReferent")
                .jsonObject["items"] as? [Any])?.isEmpty == true, "another ministry's referent sees none")
        #expect(
            try world.send(
                "POST", "/v1/talents/\(talents[1])/confirm-employment", as: "strangerReferent",
                ifMatch: "\"\(items[0]["revision"] as? Int ?? 0)\""
            ).status == 404)

        // Talent 0: signed, ordered by the referent of DNUM; then the talent declares the Culture ministry.
        let (id, _) = try world.signedAgreement(0)
        let path = "/v1/agreements/\(id)"
        let issued = try world.send(
            "POST", path + "/mission-order", as: "referent",
            json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#)
        let orderPath = try #require(issued.headers["location"], "\(issued.text)")
        try Self.editProfile(world, talent: talents[0]) { $0["employerID"] = Int(culture) }
        let profile = try world.send("GET", "/v1/talents/\(talents[0])", as: "talent0")
        #expect(profile.jsonObject["employmentConfirmed"] as? Bool == false, "a new employer waits for its referent")
        let audit = try world.sql(
            """
            SELECT details FROM audit_events WHERE action = 'talent.profile-updated' ORDER BY id DESC LIMIT 1
            """)
        #expect(
            audit.contains("\"changed\":\"employerID\"") && audit.contains("\"previousEmployerID\":\"\(dnum)\""),
            "\(audit)")
        // The Culture referent confirms the new employment: it moves nothing already fixed.
        let revision = try world.sql("SELECT revision FROM talents WHERE id = \(talents[0])")
        #expect(
            try world.send(
                "POST", "/v1/talents/\(talents[0])/confirm-employment", as: "strangerReferent",
                ifMatch: "\"\(revision)\""
            ).status == 200)
        #expect(try world.send("GET", orderPath, as: "referent").status == 200, "the issuer still reads its order")
        #expect(try world.send("GET", orderPath, as: "strangerReferent").status == 404)
        #expect(
            try world.send(
                "POST", orderPath + "/cancel", as: "strangerReferent", ifMatch: "\"1\"",
                json: #"{"reason": "Pas à nous."}"#
            ).status == 404)
        #expect(
            (try world.send("GET", path, as: "talent0").jsonObject["parties"] as? [String: Any])?["employerID"]
                as? Int == Int(dnum))

        // Validated time pays DNUM, the employer fixed in the agreement, whatever the profile says.
        let reported = try world.send(
            "POST", path + "/time-reports", as: "talent0",
            json: #"{"date": "2026-03-05", "minutes": 120, "note": "Revue"}"#)
        let report = try #require(reported.headers["location"], "\(reported.text)")
        #expect(try world.send("POST", report + "/validate", as: "owner", ifMatch: "\"1\"").status == 200)
        #expect(try world.sql("SELECT to_account FROM credit_transfers") == dnum)
        #expect(try world.sql("SELECT count(*) FROM credit_movements WHERE account = \(culture) AND amount > 0") == "0")
    }

    @Test func onTheWebTheOwnerTakesTheProfilesNewManagerAgainWhichClearsTheSignatures() throws {
        let world = try EngagementFixture()
        let talent = try world.sql("SELECT id FROM talents")
        let created = try world.send(
            "POST", "/v1/applications/\(world.applications[0])/agreement", as: "owner",
            json: EngagementFixture.terms())
        let id = try #require(created.jsonObject["id"] as? Int, "\(created.text)")
        let etag = try #require(created.headers["etag"])
        #expect(try world.send("POST", "/v1/agreements/\(id)/sign", as: "talent0", ifMatch: etag).status == 200)
        let owner = WebBrowser(world.server)
        try owner.signIn("owner@example.gouv.fr", database: world.database)
        let page = try owner.get("/conventions/\(id)").text
        #expect(page.contains("Reprendre les parties du profil de l'agent</button>"))
        let revision = try #require(page.range(of: "name=\"revision\" value=\"")).upperBound
        let fields = [("revision", String(page[revision...].prefix { $0 != "\"" }))]
        // The same parties: refused in French, nothing cleared.
        let unchanged = try owner.post("/conventions/\(id)/parties", fields)
        #expect(unchanged.status == 409 && unchanged.text.contains("désigne déjà ce responsable hiérarchique"))
        #expect(try owner.post("/conventions/\(id)/parties", fields, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT talent_signed_at IS NOT NULL FROM agreements") == "1")
        // The talent names the DNUM manager who also holds the talent role: the owner takes them.
        try Self.editProfile(world, talent: talent) {
            $0["lineManager"] = ["name": "Y", "email": "managerTalent@example.gouv.fr"]
        }
        let taken = try owner.post("/conventions/\(id)/parties", fields)
        #expect(taken.status == 303, "\(taken.text)")
        let managerTalent = try world.sql("SELECT id FROM users WHERE display_name = 'managerTalent'")
        #expect(
            try world.sql("SELECT line_manager_id || '|' || coalesce(talent_signed_at, '-') FROM agreements")
                == "\(managerTalent)|-", "the new manager fixed, the talent's signature cleared")
        let audit = try world.sql("SELECT details FROM audit_events WHERE action = 'agreement.parties-changed'")
        #expect(
            audit.contains("\"changed\":\"lineManagerID\"") && audit.contains("\"lineManagerID\":\"\(managerTalent)\""))
    }

    @Test func aDayCountsAtMostTwentyFourHoursAcrossAgreements() throws {
        let world = try EngagementFixture()
        let (id, _) = try world.signedAgreement(0)
        let path = "/v1/agreements/\(id)"
        _ = try world.send(
            "POST", path + "/mission-order", as: "referent",
            json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#)
        let first = try world.send(
            "POST", path + "/time-reports", as: "talent0",
            json: #"{"date": "2026-03-05", "minutes": 1000, "note": "Longue journée"}"#)
        #expect(first.status == 201, "\(first.text)")
        let second = try world.send(
            "POST", path + "/time-reports", as: "talent0",
            json: #"{"date": "2026-03-05", "minutes": 441, "note": "Encore"}"#)
        #expect(second.status == 422 && second.text.contains("time-report-day-exceeded"), "\(second.text)")
        #expect(
            try world.send(
                "POST", path + "/time-reports", as: "talent0",
                json: #"{"date": "2026-03-05", "minutes": 440, "note": "Fin"}"#
            ).status == 201,
            "exactly 24 hours is allowed")
        #expect(try world.sql("SELECT sum(minutes) FROM time_reports") == "1440")
    }

    /// Changes talent `talent`'s profile through the API as `user`, as read back from it.
    private static func editProfile(
        _ world: EngagementFixture, talent: String, as user: String = "talent0",
        _ change: (inout [String: Any]) -> Void
    ) throws {
        let current = try world.send("GET", "/v1/talents/\(talent)", as: user)
        var profile = try #require(current.json as? [String: Any], "\(current.text)")
        change(&profile)
        let json = String(decoding: try JSONSerialization.data(withJSONObject: profile), as: UTF8.self)
        let updated = try world.send(
            "PUT", "/v1/talents/\(talent)", as: user, ifMatch: current.headers["etag"], json: json)
        try #require(updated.status == 200, "\(updated.text)")
    }
}
