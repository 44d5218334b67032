public import Domain
import Foundation
import HTML

/// What the mandatory pages say that an operator adapts without a rebuild
/// (docs/operations.md, "Web front"): the accessibility status the footer and the declaration
/// give, the contact of the data protection officer, and a folder of files that replace the
/// built-in text of a legal page.
///
/// A file `<page>.html` in ``directory`` (`mentions-legales.html`, `donnees-personnelles.html`,
/// `accessibilite.html`) is the page's content under its title, as HTML the operator writes
/// (trusted, not escaped); it is read at each request, so an edit shows at once. Without the
/// file, the built-in French text of ``LegalPages`` is served, with ``dpoContact`` and
/// ``accessibility`` in it.
public struct WebLegal: Sendable {
    /// The compliance status with the RGAA, as the law words it ("Accessibilité : … conforme").
    public enum Compliance: String, Sendable, CaseIterable {
        case full = "totalement"
        case partial = "partiellement"
        case none = "non"

        /// "totalement conforme", "partiellement conforme", "non conforme".
        public var label: String { "\(rawValue) conforme" }
    }

    /// The pages an operator may rewrite, by file stem (also their path).
    public static let pages = ["mentions-legales", "donnees-personnelles", "accessibilite"]
    /// Said while no contact is configured: visible, so that nobody mistakes it for one.
    public static let unsetDPOContact = "(adresse à configurer par l'exploitant : TALENTS_DPO_CONTACT)"
    public static let unsetContact = "(adresse à configurer par l'exploitant : TALENTS_CONTACT)"

    /// The RGAA compliance status; `none` while no audit exists.
    public var accessibility: Compliance
    /// How to reach the data protection officer (an address, a postal address).
    public var dpoContact: String
    /// How to reach the programme's team (the accessibility declaration's feedback contact).
    public var contact: String
    /// The folder of the operator's versions of the pages, if any.
    public var directory: String?
    /// The retention periods configured, which `/donnees-personnelles` states.
    public var retention: RetentionSettings

    public init(
        accessibility: Compliance = .none, dpoContact: String? = nil, contact: String? = nil,
        directory: String? = nil, retention: RetentionSettings = RetentionSettings()
    ) {
        self.retention = retention
        self.accessibility = accessibility
        self.dpoContact = dpoContact ?? Self.unsetDPOContact
        self.contact = contact ?? Self.unsetContact
        self.directory = directory
    }

    /// The operator's version of `page`, when the folder has one.
    func override(_ page: String) -> HTML? {
        guard let directory, Self.pages.contains(page),
            let data = FileManager.default.contents(atPath: directory + "/" + page + ".html"),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return .unescaped(text)
    }
}
