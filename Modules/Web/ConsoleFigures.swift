import Domain
import HTML
import Reporting

/// The key figures of the operator's console, as tables: the programme's figures the metrics
/// exporter and the reports use (Reporting `ProgrammeFigures`), read at one instant.
struct ConsoleFigures {
    let figures: ProgrammeFigures

    var html: HTML {
        """
        <h3>Missions par état</h3>
        \(table("Missions par état", ["État", "Missions"], missionsByState))
        <h3>Missions par nature</h3>
        \(table("Missions par nature", ["Nature", "Missions"], missionsByNature))
        <h3>Candidatures par statut</h3>
        \(table("Candidatures par statut", ["Statut", "Candidatures"],
                figures.applications.map { [WebFormat.status($0.status), String($0.count)] }))
        <h3>Délais de réponse des administrations</h3>
        \(answerTimes)
        <h3>Vivier et engagement</h3>
        \(table("Vivier et engagement", ["Indicateur", "Valeur"], engagement))
        """
    }

    private var missionsByState: [[String]] {
        MissionState.allCases.map { state in
            [WebFormat.state(state), String(figures.missionCount(in: state))]
        }
    }

    private var missionsByNature: [[String]] {
        MissionNature.allCases.map { nature in
            [nature.label, String(figures.missionCount(of: nature))]
        }
    }

    private var answerTimes: HTML {
        let overdue = Dictionary(figures.overdue.map { ($0.administration, $0.count) }, uniquingKeysWith: +)
        let rows = figures.answerTimes.map { times -> [String] in
            [
                times.administration, String(times.histogram.count),
                times.meanSeconds.map { WebFormat.decimal($0 / 86_400) + " j" } ?? "—",
                times.inTimeShare.map { WebFormat.decimal($0 * 100) + " %" } ?? "—",
                String(overdue[times.administration] ?? 0)
            ]
        }
        guard !rows.isEmpty else { return "<p>Aucune candidature n'a encore été reçue.</p>" }
        return table(
            "Délais de réponse des administrations",
            [
                "Administration", "Réponses", "Délai moyen", "Répondues en \(Application.answerPeriodDays) jours",
                "En retard"
            ], rows)
    }

    private var engagement: [[String]] {
        let engagement = figures.engagement
        let agreements = engagement.agreements.map { status in
            ["Conventions : \(Self.agreementStatus(status.status))", String(status.count)]
        }
        let orders = engagement.activeMissionOrders
        let minutes = engagement.validatedMinutes
        return [
            ["Profils de talents", String(figures.pool.profiles)],
            ["Talents dans le vivier", String(figures.pool.members)]
        ]
            + agreements
            + [
                ["Conventions signées par les trois parties", String(engagement.signedAgreements)],
                ["Ordres de mission en vigueur", String(orders)],
                ["Heures validées", WebFormat.decimal(Double(minutes) / 60)],
                ["Diplômes valides", String(figures.recognition.diplomas.valid)]
            ]
    }

    private static func agreementStatus(_ status: AgreementStatus) -> String {
        switch status {
        case .awaitingSignatures: "en attente de signatures"
        case .signed: "signées"
        case .refused: "refusées"
        case .completed: "terminées"
        case .interrupted: "interrompues"
        }
    }

    /// A table whose first column heads its rows.
    private func table(_ caption: String, _ headers: [String], _ rows: [[String]]) -> HTML {
        WebLayout.table(
            caption, columns: headers,
            rows: rows.map { cells -> HTML in
                let rest = HTML.joined(cells.dropFirst().map { "<td>\($0)</td>" as HTML })
                return "<tr><th scope=\"row\">\(cells.first ?? "")</th>\(rest)</tr>"
            })
    }
}
