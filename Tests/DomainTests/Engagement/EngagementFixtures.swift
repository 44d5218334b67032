import Domain

extension AgreementTerms {
    static func make(
        objectives: String = "Auditer le portail avant son ouverture.",
        deliverables: String = "Rapport d'audit et plan de remédiation.",
        hoursBudget: Int = 10,
        dates: DateWindow = DateWindow(start: day("2026-04-01"), end: day("2026-05-31")),
        workMode: WorkMode = .hybrid,
        conditions: String = "Un jour par semaine sur site."
    ) -> AgreementTerms {
        AgreementTerms(
            objectives: objectives, deliverables: deliverables, hoursBudget: hoursBudget, dates: dates,
            workMode: workMode, conditions: conditions)
    }
}

extension Agreement {
    /// An agreement drawn up from an accepted application of ``Mission/make(…)``, at `referenceInstant`.
    static func make(terms: AgreementTerms = .make(), signedBy parties: [AgreementParty] = []) -> Agreement {
        do {
            var agreement = try Agreement.create(
                id: 1, application: .make(state: .accepted), mission: .make(),
                parties: .make(), terms: terms, at: referenceInstant)
            for party in parties { try agreement.sign(as: party, at: referenceInstant.adding(hours: 1)) }
            return agreement
        } catch {
            preconditionFailure("bad fixture agreement: \(error)")
        }
    }
}

extension AgreementParties {
    /// The parties of an agreement of ``Talent/make(…)`` (user 200, employed by 20 under ministry 2)
    /// on ``Mission/make(…)`` (owner 100, administration 10), line manager 300.
    static func make(lineManagerID: UserID? = 300, employerID: AdministrationID = 20) -> AgreementParties {
        AgreementParties(
            talentUserID: 200, lineManagerID: lineManagerID, ownerID: 100, employerID: employerID,
            beneficiaryID: 10)
    }
}

extension TimeReport {
    /// A report of `minutes` on 2026-04-02 for a signed ``Agreement/make(terms:signedBy:)``, at 2026-04-03.
    static func make(minutes: Int = 120) -> TimeReport {
        do {
            return try TimeReport.report(
                id: 1, NewTimeReport(date: day("2026-04-02"), minutes: minutes, note: "Revue"),
                on: .make(signedBy: AgreementParty.allCases), missionOrderInForce: true,
                at: Instant(utc: day("2026-04-03"), hour: 9))
        } catch {
            preconditionFailure("bad fixture report: \(error)")
        }
    }
}
