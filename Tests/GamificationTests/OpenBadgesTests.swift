import Domain
import Foundation
import Gamification
import Testing

@Suite("Open Badges documents")
struct OpenBadgesTests {
    static let issuer = BadgeIssuer(baseURL: "https://talents.example.gouv.fr/")

    static func record(revoked: String? = nil, title: String = "Audit RGAA du portail") -> BadgeAssertionRecord {
        BadgeAssertionRecord(
            publicID: "abc123", nature: .skillTransfer, recipientName: "Camille <Martin>",
            recipientIdentity: "sha256$" + String(repeating: "ab", count: 32), salt: "s4lt",
            issuedAt: Instant(utc: try! LocalDate(parsing: "2026-03-01"), hour: 10),
            evidence: .init(title: title, beneficiary: "DINUM", validatedMinutes: 750, objectives: "Former l'équipe."),
            revocationReason: revoked,
            revokedAt: revoked == nil ? nil : Instant(utc: try! LocalDate(parsing: "2026-04-01")))
    }

    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test("the issuer profile has every field Open Badges 2.0 requires")
    func issuerProfile() throws {
        let json = try Self.object(OpenBadges.encode(OpenBadges.issuer(Self.issuer)))
        #expect(json["@context"] as? String == "https://w3id.org/openbadges/v2")
        #expect(json["type"] as? String == "Issuer")
        #expect(json["id"] as? String == "https://talents.example.gouv.fr/badges/issuer")
        #expect(json["url"] as? String == "https://talents.example.gouv.fr")
        for field in ["name", "email"] { #expect((json[field] as? String)?.isEmpty == false, "\(field)") }
    }

    @Test("a badge class per nature has every required field", arguments: MissionNature.allCases)
    func badgeClass(_ nature: MissionNature) throws {
        let json = try Self.object(
            OpenBadges.encode(OpenBadges.badgeClass(MissionNatureBadge(nature), issuer: Self.issuer)))
        #expect(json["type"] as? String == "BadgeClass")
        #expect(json["id"] as? String == "https://talents.example.gouv.fr/badges/classes/\(nature.rawValue)")
        #expect(json["image"] as? String == "https://talents.example.gouv.fr/badges/classes/\(nature.rawValue)/image")
        #expect(json["issuer"] as? String == "https://talents.example.gouv.fr/badges/issuer")
        #expect(((json["criteria"] as? [String: Any])?["narrative"] as? String)?.isEmpty == false)
        for field in ["name", "description"] { #expect((json[field] as? String)?.isEmpty == false, "\(field)") }
        #expect(MissionNatureBadge(code: nature.rawValue) == MissionNatureBadge(nature))
    }

    @Test("an assertion has a hashed e-mail recipient, hosted verification and the mission as evidence")
    func assertion() throws {
        let json = try Self.object(OpenBadges.encode(OpenBadges.assertion(Self.record(), issuer: Self.issuer)))
        #expect(json["type"] as? String == "Assertion")
        #expect(json["id"] as? String == "https://talents.example.gouv.fr/badges/assertions/abc123")
        #expect(json["badge"] as? String == "https://talents.example.gouv.fr/badges/classes/skill-transfer")
        #expect(json["issuedOn"] as? String == "2026-03-01T10:00:00.000Z")
        let recipient = try #require(json["recipient"] as? [String: Any])
        #expect(recipient["type"] as? String == "email" && recipient["hashed"] as? Bool == true)
        #expect(
            recipient["salt"] as? String == "s4lt" && (recipient["identity"] as? String)?.hasPrefix("sha256$") == true)
        #expect((json["verification"] as? [String: Any])?["type"] as? String == "hosted")
        let evidence = try #require((json["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["name"] as? String == "Audit RGAA du portail")
        #expect(evidence["description"] as? String == "Mission pour DINUM, 12 h 30 min validées.")
        #expect(json["revoked"] == nil && json["revocationReason"] == nil)
    }

    @Test("a revoked assertion says so, with its reason")
    func revoked() throws {
        let json = try Self.object(
            OpenBadges.encode(
                OpenBadges.assertion(
                    Self.record(revoked: "Mission non réalisée"),
                    issuer: Self.issuer)))
        #expect(json["revoked"] as? Bool == true)
        #expect(json["revocationReason"] as? String == "Mission non réalisée")
    }

    @Test("the baked SVG round-trips the assertion and its verify URL, even with ]]> in a string")
    func baking() throws {
        let record = Self.record(title: "Migrer ]]> vers <svg>")
        let json = String(decoding: OpenBadges.encode(OpenBadges.assertion(record, issuer: Self.issuer)), as: UTF8.self)
        let svg = BadgeImage.svg(MissionNatureBadge(record.nature))
        #expect(BadgeBaking.unbake(svg) == nil)
        let verify = Self.issuer.urls.assertion(record.publicID)
        let baked = BadgeBaking.bake(svg: svg, assertionJSON: json, verifyURL: verify)
        #expect(baked.hasPrefix("<svg") && baked.contains(#"xmlns:openbadges="http://openbadges.org""#))
        let unbaked = try #require(BadgeBaking.unbake(baked))
        #expect(unbaked.verifyURL == verify)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        let roundTripped = try JSONSerialization.jsonObject(with: Data(unbaked.assertionJSON.utf8)) as? NSDictionary
        #expect(original != nil && original == roundTripped)
        // The element is the first child of the root, and the rest of the image is intact.
        let rootEnd = try #require(baked.firstIndex(of: ">"))
        #expect(baked[baked.index(after: rootEnd)...].hasPrefix("<openbadges:assertion verify="))
        #expect(baked.hasSuffix(svg[svg.index(after: try #require(svg.firstIndex(of: ">")))...]))
    }

    @Test("the badge image is accessible SVG with the nature's name")
    func image() {
        let svg = BadgeImage.svg(MissionNatureBadge(.uxImprovement))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(
            svg.contains(#"role="img""#)
                && svg.contains("<title id=\"badge-title\">Mission Amélioration de l&#39;ergonomie</title>"))
    }

    @Test("a spotlight period is validated")
    func spotlightPeriod() throws {
        let today = try LocalDate(parsing: "2026-03-31")
        let period = SpotlightPeriod.ending(today)
        #expect(period.to == today && period.from.days(until: today) == 89)
        #expect(throws: SpotlightError.emptyPeriod) { try SpotlightPeriod(from: today, to: today.adding(days: -1)) }
        #expect(throws: SpotlightError.periodTooLong) { try SpotlightPeriod(from: today.adding(days: -366), to: today) }
        #expect(
            try SpotlightPeriod(from: today.adding(days: -365), to: today).end == Instant(utc: today.adding(days: 1)))
    }
}
