import Domain
import Foundation
import HTML
import Workflows

/// French renderings of the engagement's states, parties and durations.
extension WebFormat {
    /// The French name of an agreement's status.
    static func status(_ status: AgreementStatus) -> String {
        status.frenchName
    }

    /// The French name of a side of an agreement.
    static func party(_ party: AgreementParty) -> String {
        switch party {
        case .talent: "Talent"
        case .lineManager: "Responsable hiérarchique"
        case .owner: "Responsable de mission"
        }
    }

    /// An administration as pages name it: its name and acronym.
    static func administration(_ administration: Administration) -> String {
        "\(administration.name) (\(administration.acronym))"
    }

    /// The French name of a work mode.
    static func workMode(_ mode: WorkMode) -> String {
        switch mode {
        case .remote: "À distance"
        case .onSite: "Sur site"
        case .hybrid: "Mixte (à distance et sur site)"
        }
    }

    /// The French name of a time report's status.
    static func status(_ status: TimeReportStatus) -> String {
        switch status {
        case .submitted: "À valider"
        case .validated: "Validé"
        case .rejected: "Rejeté"
        }
    }

    /// The minutes of a duration typed in hours: `2`, `1,5`, `1.25` (quarter-hour precision is the
    /// user's business; the result is rounded to the minute). Nil when it is not a number.
    static func minutes(hours text: String) -> Int? {
        let normalized = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !normalized.isEmpty, normalized.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let hours = Double(normalized), hours.isFinite
        else { return nil }
        return Int((hours * 60).rounded())
    }
}

extension WebFormat {
    /// An agreement's state as a badge.
    static func badge(_ status: AgreementStatus) -> HTML {
        let kind: WebLayout.BadgeKind? =
            switch status {
            case .awaitingSignatures: .info
            case .signed, .completed: .success
            case .refused: .error
            case .interrupted: .warning
            }
        return WebLayout.badge(self.status(status), kind)
    }

    /// A time report's state as a badge.
    static func badge(_ status: TimeReportStatus) -> HTML {
        let kind: WebLayout.BadgeKind? =
            switch status {
            case .submitted: .info
            case .validated: .success
            case .rejected: .error
            }
        return WebLayout.badge(self.status(status), kind)
    }

    /// An application's state as a badge.
    static func badge(_ status: ApplicationStatus) -> HTML {
        let kind: WebLayout.BadgeKind? =
            switch status {
            case .submitted: .info
            case .interviewProposed: .new
            case .accepted: .success
            case .declined: .error
            case .withdrawn: nil
            }
        return WebLayout.badge(self.status(status), kind)
    }
}
