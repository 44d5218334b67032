import Domain
import Foundation

/// Open Badges 2.0 documents with hosted verification (https://www.imsglobal.org/spec/ob/v2p0/):
/// the Issuer profile, a BadgeClass per mission nature and an Assertion per diploma, as JSON-LD.
public enum OpenBadges {
    /// The JSON-LD context of every document.
    public static let context = "https://w3id.org/openbadges/v2"
    /// The media type the documents are served with (JSON-LD is JSON).
    public static let mediaType = "application/ld+json"

    /// Encodes a document: keys sorted and slashes unescaped, so documents are stable and readable.
    public static func encode(_ document: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(document))
        } catch {
            // Strings, numbers and booleans only: encoding cannot fail.
            preconditionFailure("Open Badges document failed to encode: \(error)")
        }
    }

    /// The issuer profile.
    public static func issuer(_ issuer: BadgeIssuer) -> IssuerDocument {
        IssuerDocument(
            context: context, type: "Issuer", id: issuer.urls.issuer, name: issuer.name,
            url: issuer.urls.baseURL, email: issuer.email, description: issuer.description)
    }

    /// The badge class of the missions of `nature`.
    public static func badgeClass(_ nature: MissionNatureBadge, issuer: BadgeIssuer) -> BadgeClassDocument {
        BadgeClassDocument(
            context: context, type: "BadgeClass", id: issuer.urls.badgeClass(nature.nature),
            name: nature.name, description: nature.description,
            image: issuer.urls.badgeClassImage(nature.nature),
            criteria: .init(narrative: nature.criteria), issuer: issuer.urls.issuer,
            tags: ["talents-numeriques", nature.nature.rawValue])
    }

    /// The assertion of a diploma; a revoked one says so, with its reason.
    public static func assertion(_ record: BadgeAssertionRecord, issuer: BadgeIssuer) -> AssertionDocument {
        let urls = issuer.urls
        let hours = record.evidence.validatedMinutes / 60
        let minutes = record.evidence.validatedMinutes % 60
        let duration = minutes == 0 ? "\(hours) h" : "\(hours) h \(minutes) min"
        return AssertionDocument(
            context: context, type: "Assertion", id: urls.assertion(record.publicID),
            recipient: .init(type: "email", hashed: true, salt: record.salt, identity: record.recipientIdentity),
            badge: urls.badgeClass(record.nature), issuedOn: record.issuedAt.rfc3339,
            verification: .init(type: "hosted"), image: urls.bakedImage(record.publicID),
            evidence: [
                .init(
                    type: "Evidence", id: urls.verificationPage(record.publicID) + "#mission",
                    name: record.evidence.title,
                    description: "Mission pour \(record.evidence.beneficiary), \(duration) validées.",
                    narrative: record.evidence.objectives, genre: "Mission")
            ],
            revoked: record.isRevoked ? true : nil, revocationReason: record.revocationReason)
    }
}
