@testable import Mail

extension MailMessage {
    /// A message with every part defaulted.
    static func make(
        from: String = "ne-pas-repondre@talents.example.gouv.fr", to: String = "camille@example.gouv.fr",
        subject: String = "Nouvelle candidature pour « Refonte »",
        text: String = "Bonjour,\n\nUne candidature vous attend.\n",
        html: String = "<p>Bonjour,</p>\n<p>Une candidature vous attend.</p>\n",
        messageID: String = "notification-1@talents.example.gouv.fr",
        date: Int64 = 1_795_392_000_000
    ) throws -> MailMessage {
        MailMessage(
            from: try MailAddress(from, displayName: "Partagez vos talents numériques"), to: try MailAddress(to),
            subject: subject, text: text, html: html, messageID: messageID, date: date)
    }

    /// The rendered message as text.
    var renderedText: String { String(decoding: rendered(), as: UTF8.self) }
}
