public import Domain
import Gamification
import Persistence

/// The documents of an engagement (issue 20): the agreement, its mission order and the
/// certificate of the completed mission, as ``PrintableDocument`` values for the print pages and
/// the PDF files. Each is for whoever may read the agreement — its parties, the referents of its
/// employing administration or of one above it, the operator (``AgreementAccess/canRead(_:)``),
/// and the command line; for anyone else it does not exist (404), as the agreement itself.
extension Workflows {
    /// The programme, author of every document.
    static let documentAuthor = "Partagez vos talents numériques"

    /// The agreement `id` as a document: its reference and state, the three parties with their
    /// administrations, the terms, each signature with its time, and how it ended.
    /// - Throws: ``NotFoundError`` (also for a caller who may not read it).
    public func agreementDocument(_ id: AgreementID, by caller: Caller) throws -> PrintableDocument {
        try database.read { connection in
            let engagement = try engagement(id, for: caller, in: connection)
            let view = try view(engagement, for: caller, in: connection)
            return agreementDocument(view)
        }
    }

    /// Mission order `id` as a document: its reference, the agent, the employing and
    /// beneficiary administrations, the dates it covers and the hours of its agreement, who
    /// issued it and when, and its cancellation if cancelled.
    /// - Throws: ``NotFoundError`` (also for a caller who may not read its agreement).
    public func missionOrderDocument(_ id: MissionOrderID, by caller: Caller) throws -> PrintableDocument {
        let found = try missionOrderView(id, by: caller)
        let issuer = try database.read { try AdministrationStore($0).find(found.order.administrationID) }
        return missionOrderDocument(found, issuer: issuer)
    }

    /// The certificate of the completed mission that diploma `publicID` attests: what the diploma
    /// attests, the talent, the mission, its dates and validated hours, its verification address.
    /// - Throws: ``NotFoundError`` (also for a caller who may not read the diploma's agreement).
    public func completionCertificate(_ publicID: String, by caller: Caller) throws -> PrintableDocument {
        try database.read { connection in
            let badges = BadgeStore(connection)
            guard let agreementID = try badges.agreementID(publicID: publicID),
                let diploma = try badges.find(publicID: publicID)?.value
            else { throw NotFoundError("badge-assertion", key: publicID) }
            let engagement: Engagement
            do {
                engagement = try self.engagement(agreementID, for: caller, in: connection)
            } catch is NotFoundError {
                throw NotFoundError("badge-assertion", key: publicID)
            }
            let people = try people(engagement.agreement.parties, in: connection)
            return completionCertificate(diploma, agreement: engagement.agreement, people: people)
        }
    }

    /// The public id of the diploma issued for agreement `id`, if any, for whoever may read the
    /// agreement (the agreement page links to its certificate).
    /// - Throws: ``NotFoundError``.
    public func diplomaID(ofAgreement id: AgreementID, by caller: Caller) throws -> String? {
        try database.read { connection in
            _ = try engagement(id, for: caller, in: connection)
            return try BadgeStore(connection).find(agreementID: id)?.value.publicID
        }
    }

    /// Writes the audit event of `document`'s PDF taken by the caller (`download.<kind>`, its
    /// record as subject); call it after the use case that built the document for that caller.
    public func recordDocumentDownload(_ document: PrintableDocument, by caller: Caller) throws {
        try recordDownload(
            document.kind.rawValue, subject: (document.subject.type, document.subject.id),
            details: ["format": "pdf"], by: caller)
    }

    private func agreementDocument(_ view: AgreementView) -> PrintableDocument {
        typealias Line = PrintableDocument.Line
        let agreement = view.agreement
        let people = view.people
        let terms = agreement.terms
        let reference = "n° \(agreement.id.rawValue)"
        let employer = DocumentWording.administration(people.employer)
        let beneficiary = DocumentWording.administration(people.beneficiary)
        var sections: [PrintableDocument.Section] = [
            .init(
                "Référence",
                lines: [
                    Line("Convention", reference), Line("Mission", view.missionTitle),
                    Line("État", agreement.status.frenchName),
                    Line("Rédigée le", DocumentWording.instant(agreement.createdAt))
                ]),
            .init(
                "Parties",
                lines: [
                    Line("Agent (talent)", "\(people.talent), \(employer)"),
                    Line("Responsable hiérarchique", people.lineManager ?? "non désigné"),
                    Line("Administration d’emploi", "\(employer), qui émet l’ordre de mission"),
                    Line("Responsable de mission", people.owner),
                    Line("Administration bénéficiaire", beneficiary)
                ]),
            .init(
                "Conditions",
                lines: [
                    Line("Objectifs", terms.objectives), Line("Livrables", terms.deliverables),
                    Line("Volume d’heures", DocumentWording.hours(terms.hoursBudget)),
                    Line("Dates", DocumentWording.window(terms.dates)),
                    Line("Modalité", DocumentWording.workMode(terms.workMode)),
                    Line("Conditions pratiques", terms.conditions.isEmpty ? "Aucune" : terms.conditions)
                ]),
            .init(
                "Signatures",
                lines: AgreementParty.allCases.map { party in
                    let name = people.name(of: party) ?? "non désigné"
                    let state: String
                    if let signed = agreement.signature(of: party) {
                        state = "signée le \(DocumentWording.instant(signed))"
                    } else if agreement.status == .refused, party == .lineManager {
                        state = "refusée le \(agreement.endedAt.map(DocumentWording.instant) ?? "")"
                    } else {
                        state = agreement.status == .awaitingSignatures ? "en attente de signature" : "non signée"
                    }
                    return Line("\(DocumentWording.party(party)) — \(name)", state)
                })
        ]
        if let order = view.missionOrder {
            sections.append(
                .init(
                    "Ordre de mission",
                    lines: [
                        Line("Référence", order.reference.description),
                        Line("Période couverte", DocumentWording.window(order.dates))
                    ]))
        }
        if let ended = agreement.endedAt, agreement.status != .signed {
            var lines = [Line(agreement.status.frenchName, "le \(DocumentWording.instant(ended))")]
            if let reason = agreement.endReason { lines.append(Line("Motif", reason)) }
            sections.append(.init("Fin de la convention", lines: lines))
        }
        return PrintableDocument(
            kind: .agreement, title: "Convention de mission \(reference)", reference: reference,
            summary:
                "Convention tripartite du programme \(DocumentWording.quoted("Partagez vos talents numériques")) entre l’agent, son administration d’emploi et l’administration bénéficiaire de la mission \(DocumentWording.quoted(view.missionTitle)).",
            sections: sections, author: Self.documentAuthor, createdAt: clock.now,
            subject: .init(type: "agreement", id: agreement.id.rawValue),
            filename: DocumentWording.filename("convention-\(agreement.id.rawValue)"))
    }

    private func missionOrderDocument(_ found: MissionOrderView, issuer: Administration?) -> PrintableDocument {
        typealias Line = PrintableDocument.Line
        let order = found.order
        let view = found.agreement
        let people = view.people
        let reference = order.reference.description
        var issued = [
            Line("Émis le", DocumentWording.instant(order.issuedAt)),
            Line("Émis par", found.issuedBy ?? "l’administration d’emploi (ligne de commande)"),
            Line("Administration émettrice", issuer.map(DocumentWording.administration) ?? "inconnue")
        ]
        if let cancelled = order.cancelledAt {
            issued.append(Line("Annulé le", DocumentWording.instant(cancelled)))
            issued.append(Line("Motif de l’annulation", order.cancellationReason ?? ""))
        }
        let sections: [PrintableDocument.Section] = [
            .init(
                "Ordre de mission",
                lines: [
                    Line("Référence", reference), Line("État", order.isInForce ? "En vigueur" : "Annulé"),
                    Line("Convention", "n° \(view.agreement.id.rawValue)")
                ]),
            .init(
                "Agent et administrations",
                lines: [
                    Line("Agent", people.talent),
                    Line("Administration d’emploi", DocumentWording.administration(people.employer)),
                    Line("Administration bénéficiaire", DocumentWording.administration(people.beneficiary)),
                    Line("Responsable de mission", people.owner)
                ]),
            .init(
                "Mission couverte",
                lines: [
                    Line("Mission", view.missionTitle),
                    Line("Période couverte", DocumentWording.window(order.dates)),
                    Line("Volume d’heures de la convention", DocumentWording.hours(view.agreement.terms.hoursBudget)),
                    Line("Modalité", DocumentWording.workMode(view.agreement.terms.workMode))
                ]),
            .init("Émission", lines: issued)
        ]
        return PrintableDocument(
            kind: .missionOrder, title: "Ordre de mission \(reference)", reference: reference,
            summary:
                "L’administration d’emploi autorise l’agent à accomplir la mission \(DocumentWording.quoted(view.missionTitle)) pour l’administration bénéficiaire, aux dates indiquées.",
            sections: sections, author: Self.documentAuthor, createdAt: clock.now,
            subject: .init(type: "mission-order", id: order.id.rawValue),
            filename: DocumentWording.filename("ordre-de-mission-\(reference)"))
    }

    private func completionCertificate(
        _ diploma: BadgeAssertionRecord, agreement: Agreement, people: AgreementPeople
    ) -> PrintableDocument {
        typealias Line = PrintableDocument.Line
        let badge = MissionNatureBadge(diploma.nature)
        let issuer = configuration.recognition.issuer
        let evidence = diploma.evidence
        var state = [Line("État", diploma.isRevoked ? "Révoqué" : "Valide")]
        if let revoked = diploma.revokedAt {
            state.append(Line("Révoqué le", DocumentWording.instant(revoked)))
            state.append(Line("Motif de la révocation", diploma.revocationReason ?? ""))
        }
        var mission = [
            Line("Intitulé", evidence.title),
            Line("Administration bénéficiaire", DocumentWording.administration(people.beneficiary)),
            Line("Administration d’emploi", DocumentWording.administration(people.employer)),
            Line("Dates de la convention", DocumentWording.window(agreement.terms.dates))
        ]
        if let ended = agreement.endedAt {
            mission.append(Line("Mission terminée le", DocumentWording.day(ended)))
        }
        mission.append(Line("Temps validé", DocumentWording.duration(minutes: evidence.validatedMinutes)))
        mission.append(Line("Objectifs", evidence.objectives))
        let sections: [PrintableDocument.Section] = [
            .init(
                "Diplôme",
                paragraphs: [badge.description],
                lines: [
                    Line("Diplôme", badge.name), Line("Décerné à", people.talent),
                    Line("Émis le", DocumentWording.day(diploma.issuedAt)),
                    Line("Émetteur", issuer.name)
                ] + state),
            .init("Mission réalisée", lines: mission),
            .init(
                "Vérification",
                paragraphs: [
                    "Toute personne peut vérifier ce diplôme à l’adresse ci-dessous (assertion Open Badges 2.0)."
                ],
                lines: [
                    Line("Adresse de vérification", issuer.urls.verificationPage(diploma.publicID)),
                    Line("Critères", badge.criteria)
                ])
        ]
        return PrintableDocument(
            kind: .completionCertificate, title: "Attestation de mission réalisée", reference: diploma.publicID,
            summary:
                "\(people.talent) a mené à bien la mission \(DocumentWording.quoted(evidence.title))\u{00A0}; le diplôme virtuel \(DocumentWording.quoted(badge.name)) en atteste.",
            sections: sections, author: issuer.name, createdAt: clock.now,
            subject: .init(type: "agreement", id: agreement.id.rawValue),
            filename: DocumentWording.filename("attestation-\(agreement.id.rawValue)"))
    }
}
