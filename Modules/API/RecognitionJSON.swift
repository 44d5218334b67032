import Domain
import Gamification
import Workflows

// The JSON shapes of the recognition routes (schemas of the same names in docs/openapi.yaml).
// Amounts are integer units of a sixtieth of a credit; `…Credits` members repeat them in credits
// for display.

/// Schema `CreditStatementPage`.
struct StatementPageJSON: Encodable {
    let items: [LedgerStatementLine]
    let nextCursor: String?
}

/// Schema `Distinction`: a distinction held, with its catalogue entry and the event that earned it.
struct DistinctionJSON: Encodable {
    let code: DistinctionCode
    let name: String
    let description: String
    let awardedAt: String
    let event: DistinctionEvent

    init(_ record: HeldDistinction) {
        let definition = DistinctionCatalogue.definition(record.code)
        code = record.code
        name = definition.name
        description = definition.description
        awardedAt = record.awardedAt.rfc3339
        event = record.event
    }
}

/// Schema `Diploma`: one of the caller's diplomas and its public URLs.
struct DiplomaJSON: Encodable {
    let id: String
    let nature: MissionNature
    let issuedAt: String
    let revoked: Bool
    let assertionURL: String
    let imageURL: String
    let verificationURL: String

    init(_ record: BadgeAssertionRecord, urls: BadgeURLs) {
        id = record.publicID
        nature = record.nature
        issuedAt = record.issuedAt.rfc3339
        revoked = record.isRevoked
        assertionURL = urls.assertion(record.publicID)
        imageURL = urls.bakedImage(record.publicID)
        verificationURL = urls.verificationPage(record.publicID)
    }
}

/// Schema `Spotlight`.
struct SpotlightJSON: Encodable {
    let from: LocalDate
    let to: LocalDate
    let items: [SpotlightEntry]
}

/// Schema `SpotlightConsent`.
struct SpotlightConsentJSON: Encodable {
    let talentID: TalentID
    let optedIn: Bool
    let consentedAt: String?

    init(_ consent: SpotlightConsent) {
        talentID = consent.talentID
        optedIn = consent.consentedAt != nil
        consentedAt = consent.consentedAt?.rfc3339
    }
}
