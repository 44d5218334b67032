import Domain
import HTML
import HTTP
import Workflows

/// The printable documents of an engagement (issue 20), each the accessible version of its PDF:
/// the agreement (`/conventions/{id}/version-imprimable`), the mission order
/// (`/ordres-de-mission/{id}/version-imprimable`) and the certificate of a completed mission
/// (`/diplomes/{id}/attestation`, the diploma's public id). The page shows the
/// ``PrintableDocument`` the use case built for the viewer — the PDF is made from the same value
/// (``DocumentDownloads``) — in the site's frame on screen, and on A4 without the menu, the
/// footer or the links' noise when printed (the DSFR print stylesheet and `talents.css`).
enum DocumentPage {
    /// The paths of a document's print page and PDF, and the page it belongs to.
    struct Paths {
        let page: String
        let pdf: String
        let back: (label: String, path: String)
    }

    /// GET `/conventions/{id}/version-imprimable`.
    static func agreement(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try AgreementPage.agreementID(context)
        let document = try context.workflows.agreementDocument(id, by: .user(user))
        return render(document, paths: agreementPaths(id), context: context)
    }

    /// GET `/ordres-de-mission/{id}/version-imprimable`.
    static func missionOrder(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try orderID(context)
        let document = try context.workflows.missionOrderDocument(id, by: .user(user))
        return render(document, paths: orderPaths(id), context: context)
    }

    /// GET `/diplomes/{id}/attestation`.
    static func certificate(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try diplomaID(context)
        let document = try context.workflows.completionCertificate(id, by: .user(user))
        return render(document, paths: certificatePaths(id), context: context)
    }

    static func agreementPaths(_ id: AgreementID) -> Paths {
        let base = "/conventions/\(id.rawValue)"
        return Paths(
            page: base + "/version-imprimable", pdf: base + "/convention.pdf", back: ("Retour à la convention", base))
    }

    static func orderPaths(_ id: MissionOrderID) -> Paths {
        let base = "/ordres-de-mission/\(id.rawValue)"
        return Paths(
            page: base + "/version-imprimable", pdf: base + "/ordre-de-mission.pdf",
            back: ("Retour à l’ordre de mission", base))
    }

    static func certificatePaths(_ publicID: String) -> Paths {
        let base = "/diplomes/\(publicID)"
        return Paths(
            page: base + "/attestation", pdf: base + "/attestation.pdf",
            back: ("Retour à mes distinctions", "/mes-distinctions"))
    }

    /// The two links a document's page offers: "Version imprimable" and "Télécharger en PDF".
    static func links(_ paths: Paths, name: String) -> HTML {
        """
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-no-print">
        <li><a class="fr-btn fr-btn--secondary" href="\(paths.page)">Version imprimable \(name)</a></li>
        <li><a class="fr-btn fr-btn--tertiary" href="\(paths.pdf)">Télécharger en PDF \(name)</a></li>
        </ul>
        """
    }

    /// On a completed agreement, the links to the certificate of the diploma it earned.
    static func certificateLinks(_ view: AgreementView, context: WebContext) throws -> HTML {
        guard view.agreement.status == .completed, let user = context.user,
            let publicID = try context.workflows.diplomaID(ofAgreement: view.agreement.id, by: .user(user))
        else { return .empty }
        return links(certificatePaths(publicID), name: "de l’attestation de mission réalisée")
    }

    /// The document in the site's frame: on paper only the brand, the title, the sections and the
    /// line saying when and by whom it was produced remain.
    static func render(_ document: PrintableDocument, paths: Paths, context: WebContext) -> HTTPResponse {
        let main: HTML = """
            <article class="talents-document" aria-labelledby="document-titre">
            <div class="fr-no-print fr-mb-3w">
            <p>Version imprimable au format A4 : utilisez la commande « Imprimer » de votre navigateur. Le même document existe en PDF.</p>
            <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li><a class="fr-btn" href="\(paths.pdf)">Télécharger en PDF</a></li>
            <li><a class="fr-btn fr-btn--secondary" href="\(paths.back.path)">\(paths.back.label)</a></li>
            </ul>
            </div>
            <h1 id="document-titre">\(document.title)</h1>
            <p class="fr-text--lead">\(document.summary)</p>
            \(each: document.sections, section)
            <p class="talents-document__colophon">\(document.colophon)</p>
            </article>
            """
        return WebResponse.page(
            WebLayout.page(document.title, context: context, trail: [(paths.back.label, paths.back.path)], main: main),
            context: context)
    }

    private static func section(_ section: PrintableDocument.Section) -> HTML {
        """
        <section class="talents-document__section">
        <h2>\(section.heading)</h2>
        \(each: section.paragraphs, { "<p>\($0)</p>" })
        \(section.lines.isEmpty ? nil : "<dl class=\"terms\">\(each: section.lines, line)</dl>" as HTML)
        </section>
        """
    }

    private static func line(_ line: PrintableDocument.Line) -> HTML {
        "<dt>\(line.label)</dt><dd>\(line.value)</dd>"
    }

    static func orderID(_ context: WebContext) throws -> MissionOrderID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = MissionOrderID(raw), id.rawValue > 0 else { throw NotFoundError("mission-order", key: raw) }
        return id
    }

    static func diplomaID(_ context: WebContext) throws -> String {
        let raw = context.http.parameters["id"] ?? ""
        guard !raw.isEmpty, raw.count <= 64 else { throw NotFoundError("badge-assertion", key: raw) }
        return raw
    }
}
