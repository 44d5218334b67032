import Domain
import Foundation
import Support
import Web

extension CommandOption {
    /// `--legal-dir path` or `TALENTS_LEGAL_DIR`: the operator's versions of the legal pages.
    static let legalDirectory = CommandOption.value(
        "legal-dir", placeholder: "path",
        help: "Folder of the operator's legal pages (mentions-legales.html, donnees-personnelles.html, "
            + "accessibilite.html), each replacing the built-in text; read at each request (default none).",
        environment: "TALENTS_LEGAL_DIR")

    /// `--accessibility-status non` or `TALENTS_ACCESSIBILITY_STATUS`.
    static let accessibilityStatus = CommandOption.value(
        "accessibility-status", placeholder: "status",
        help:
            "RGAA compliance shown in the footer and the declaration: totalement, partiellement or non (default non).",
        environment: "TALENTS_ACCESSIBILITY_STATUS")

    /// `--dpo-contact text` or `TALENTS_DPO_CONTACT`.
    static let dpoContact = CommandOption.value(
        "dpo-contact", placeholder: "text",
        help: "How to reach the data protection officer, shown on /donnees-personnelles (an e-mail or postal address).",
        environment: "TALENTS_DPO_CONTACT")

    /// `--contact text` or `TALENTS_CONTACT`.
    static let programmeContact = CommandOption.value(
        "contact", placeholder: "text",
        help: "How to reach the programme's team, shown in the accessibility declaration (an e-mail address).",
        environment: "TALENTS_CONTACT")
}

extension ValueParser where Value == WebLegal.Compliance {
    /// totalement, partiellement or non.
    static var compliance: Self {
        ValueParser(expectation: "one of totalement, partiellement, non") { WebLegal.Compliance(rawValue: $0) }
    }
}

extension ValueParser where Value == String {
    /// An existing folder.
    static var folder: Self {
        ValueParser(expectation: "an existing folder") { text in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: text, isDirectory: &isFolder) && isFolder.boolValue
                ? text : nil
        }
    }
}

extension CommandInvocation {
    /// What the legal pages and the footer say (``WebLegal``), with the retention periods configured.
    func legal(environment: Environment, retention: RetentionSettings) throws -> WebLegal {
        WebLegal(
            accessibility: try value("accessibility-status", as: .compliance, environment: environment) ?? .none,
            dpoContact: try value("dpo-contact", as: .string, environment: environment),
            contact: try value("contact", as: .string, environment: environment),
            directory: try value("legal-dir", as: .folder, environment: environment), retention: retention)
    }
}
