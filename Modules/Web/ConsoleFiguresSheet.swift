import Domain
import HTTP
import Reporting
import Workflows

/// `/console/chiffres.csv`: the console's figures over the period of `?du=&au=` as a French
/// spreadsheet (UTF-8 with BOM, `;`, dates jj/mm/aaaa, decimal comma), one indicator a line; the
/// download is audited (`download.programme-figures`). Operator only (the use case decides).
enum ConsoleFiguresSheet {
    static let path = "/console/chiffres.csv"

    static func download(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let period = ConsolePeriod(context.http.query)
        // A period that is not one: the console shows the form with its errors.
        guard period.errors.isEmpty else {
            return try ConsolePage.render(context)
        }
        let figures = try context.workflows.programmeFigures(
            firstDay: period.first, lastDay: period.last, by: .user(user))
        var details: [String: String] = [:]
        if let first = period.first { details["from"] = first.description }
        if let last = period.last { details["to"] = last.description }
        try context.workflows.recordDownload("programme-figures", details: details, by: .user(user))
        var sheet = Spreadsheet(columns: ["Du", "Au", "Rubrique", "Indicateur", "Valeur"])
        let from: Spreadsheet.Cell = period.first.map { .date($0) } ?? .empty
        let until: Spreadsheet.Cell = .date(period.last ?? context.workflows.clock.now.utcDate)
        for (section, label, value) in lines(figures) {
            sheet.append([from, until, .text(section), .text(label), value])
        }
        return WebResponse.download(sheet, filename: "indicateurs-talents.csv")
    }

    /// The figures, one line each: the section, the indicator, its value.
    static func lines(_ figures: ProgrammeFigures) -> [(String, String, Spreadsheet.Cell)] {
        var lines: [(String, String, Spreadsheet.Cell)] = []
        for state in MissionState.allCases {
            lines.append(("Missions par état", WebFormat.state(state), .integer(figures.missionCount(in: state))))
        }
        for nature in MissionNature.allCases {
            lines.append(("Missions par nature", nature.label, .integer(figures.missionCount(of: nature))))
        }
        for (status, count) in figures.applications {
            lines.append(("Candidatures par statut", WebFormat.status(status), .integer(count)))
        }
        for times in figures.answerTimes {
            lines.append(("Délais de réponse", "\(times.administration) : réponses", .integer(times.histogram.count)))
            lines.append(
                (
                    "Délais de réponse", "\(times.administration) : délai moyen (jours)",
                    times.meanSeconds.map { .decimal($0 / 86_400, digits: 1) } ?? .empty
                ))
        }
        let engagement = figures.engagement
        lines += [
            ("Vivier et engagement", "Profils de talents", .integer(figures.pool.profiles)),
            ("Vivier et engagement", "Talents dans le vivier", .integer(figures.pool.members)),
            (
                "Vivier et engagement", "Conventions signées par les trois parties",
                .integer(engagement.signedAgreements)
            ),
            ("Vivier et engagement", "Ordres de mission en vigueur", .integer(engagement.activeMissionOrders)),
            ("Vivier et engagement", "Heures validées", .decimal(Double(engagement.validatedMinutes) / 60, digits: 2)),
            ("Vivier et engagement", "Diplômes valides", .integer(figures.recognition.diplomas.valid))
        ]
        return lines
    }
}
