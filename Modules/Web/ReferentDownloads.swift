import Domain
import Gamification
import HTTP
import Notifications
import Reporting
import Workflows

/// The referent's downloads, as French spreadsheet CSV (``Spreadsheet``), each audited
/// (Workflows `recordDownload`) once the use case that read the data allowed it.
enum ReferentDownloads {
    /// GET `/referent/ordres-de-mission.csv`: the register of mission orders with the filters of
    /// the page (``ReferentOrdersPage/Query``), whole.
    static func missionOrders(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let query = ReferentOrdersPage.Query(context)
        guard query.errors.isEmpty else { return try ReferentOrdersPage.render(context) }
        let lines = try context.workflows.missionOrderRegister(query.filter, by: .user(user))
        var sheet = Spreadsheet(columns: [
            "Référence", "Agent", "Mission", "Administration émettrice", "Administration bénéficiaire", "Début", "Fin",
            "Heures de la convention", "Émis le", "Émis par", "État", "Annulé le", "Motif d’annulation"
        ])
        for line in lines {
            let order = line.order
            sheet.append([
                .text(order.reference.description), .text(line.agent), .text(line.missionTitle),
                .text(WebFormat.administration(line.issuer)), .text(WebFormat.administration(line.beneficiary)),
                .date(order.dates.start), .date(order.dates.end), .integer(line.hoursBudget),
                .date(FrenchDate.day(of: order.issuedAt)), line.issuedBy.map { .text($0) } ?? .empty,
                .text(order.isInForce ? "En vigueur" : "Annulé"),
                order.cancelledAt.map { .date(FrenchDate.day(of: $0)) } ?? .empty,
                order.cancellationReason.map { .text($0) } ?? .empty
            ])
        }
        // The filters as codes and dates; the text searched may be a name, so only whether there was one.
        var details = ["lines": String(lines.count)]
        details["from"] = query.filter.from?.description
        details["until"] = query.filter.until?.description
        details["state"] = query.filter.state?.rawValue
        if let administrationID = query.filter.administrationID, user.has(.operator) {
            details["administrationID"] = String(administrationID.rawValue)
        }
        if !(query.filter.text ?? "").isEmpty { details["text"] = "yes" }
        try context.workflows.recordDownload(
            "mission-orders",
            subject: user.has(.operator) ? nil : user.administrationID.map { ("administration", $0.rawValue) },
            details: details, by: .user(user))
        return WebResponse.download(sheet, filename: "registre-ordres-de-mission.csv")
    }

    /// GET `/referent/credits/releve.csv`: the statement of the account of the page
    /// (``ReferentCreditsPage/Query``) over its period, whole.
    static func creditStatement(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let query = try ReferentCreditsPage.Query(context, user: user)
        guard query.errors.isEmpty, let administrationID = query.administrationID else {
            return try ReferentCreditsPage.render(context)
        }
        let entries = try context.workflows.creditStatementLines(
            administrationID, from: query.from, until: query.until, by: .user(user))
        var sheet = Spreadsheet(columns: ["Date", "Libellé", "Contrepartie", "Débit", "Crédit", "Solde"])
        for entry in entries {
            let amount = entry.line.movement.amount
            sheet.append([
                .date(entry.day), .text(ReferentCreditsPage.label(entry.line)),
                .text(WebFormat.administration(entry.counterpart)),
                amount.units < 0 ? .decimal((-amount).credits, digits: 2) : .empty,
                amount.units > 0 ? .decimal(amount.credits, digits: 2) : .empty,
                .decimal(entry.line.movement.balanceAfter.credits, digits: 2)
            ])
        }
        var details = ["lines": String(entries.count)]
        details["from"] = query.from?.description
        details["until"] = query.until?.description
        try context.workflows.recordDownload(
            "credit-statement", subject: ("administration", administrationID.rawValue), details: details,
            by: .user(user))
        return WebResponse.download(sheet, filename: "releve-credits-\(administrationID.rawValue).csv")
    }
}
