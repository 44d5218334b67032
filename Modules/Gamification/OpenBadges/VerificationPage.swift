import Domain
import HTML

/// The public HTML page of a diploma, in French: what it attests, to whom, the mission, and
/// whether it is valid or revoked. Every value is escaped; the page stands alone (no script,
/// inline style only) and follows the basic accessibility rules (language, title, landmarks,
/// text alternative of the image, status in text and not by colour alone).
public enum VerificationPage {
    /// The media type of the page.
    public static let mediaType = "text/html; charset=utf-8"

    /// The page of `record`.
    public static func html(_ record: BadgeAssertionRecord, issuer: BadgeIssuer) -> String {
        let badge = MissionNatureBadge(record.nature)
        let urls = issuer.urls
        let e = HTMLEscape.text
        let minutes = record.evidence.validatedMinutes
        let duration = minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
        let status: String
        if let reason = record.revocationReason {
            let date = record.revokedAt.map { " le \(french(date: $0.utcDate))" } ?? ""
            status = #"<p class="status revoked"><strong>Diplôme révoqué</strong>\#(e(date)). Motif : \#(e(reason))</p>"#
        } else {
            status = #"<p class="status valid"><strong>Diplôme valide</strong> : émis et vérifiable.</p>"#
        }
        return """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(badge.name)) — vérification du diplôme virtuel</title>
            <style>body{font-family:Marianne,Arial,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;\
            color:#161616;line-height:1.5}.status{padding:.75rem;border-left:.4rem solid}\
            .valid{border-color:#18753c;background:#b8fec9}.revoked{border-color:#ce0500;background:#ffe9e9}\
            dt{font-weight:bold}</style>
            </head>
            <body>
            <header><p>\(e(issuer.name))</p></header>
            <main>
            <h1>Vérification d'un diplôme virtuel</h1>
            \(status)
            <img src="\(e(urls.bakedImage(record.publicID)))" width="160" height="160" alt="\(e(badge.name))">
            <h2>\(e(badge.name))</h2>
            <p>\(e(badge.description))</p>
            <dl>
            <dt>Décerné à</dt><dd>\(e(record.recipientName))</dd>
            <dt>Date d'émission</dt><dd>\(e(french(date: record.issuedAt.utcDate)))</dd>
            <dt>Émetteur</dt><dd>\(e(issuer.name))</dd>
            </dl>
            <section id="mission" aria-labelledby="mission-title">
            <h2 id="mission-title">Mission</h2>
            <dl>
            <dt>Intitulé</dt><dd>\(e(record.evidence.title))</dd>
            <dt>Administration bénéficiaire</dt><dd>\(e(record.evidence.beneficiary))</dd>
            <dt>Temps validé</dt><dd>\(e(duration))</dd>
            <dt>Objectifs</dt><dd>\(e(record.evidence.objectives))</dd>
            </dl>
            </section>
            <h2>Vérifier</h2>
            <ul>
            <li><a href="\(e(urls.assertion(record.publicID)))">Assertion Open Badges 2.0 (JSON-LD)</a></li>
            <li><a href="\(e(urls.bakedImage(record.publicID)))">Badge SVG avec l'assertion intégrée</a></li>
            <li><a href="\(e(urls.badgeClass(record.nature)))">Description du badge</a></li>
            </ul>
            <p>Critères : \(e(badge.criteria))</p>
            </main>
            </body>
            </html>

            """
    }

    private static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                 "septembre", "octobre", "novembre", "décembre"]

    /// E.g. « 1er mars 2026 », « 17 novembre 2026 ».
    static func french(date: LocalDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(months[date.month - 1]) \(date.year)"
    }
}
