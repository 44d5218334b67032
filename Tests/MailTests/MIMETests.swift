import Foundation
import Testing

@testable import Mail

@Suite struct MIMETests {
    @Test("quoted-printable escapes '=', non-ASCII and trailing spaces, and keeps lines within 76 characters")
    func quotedPrintable() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("été") == "=C3=A9t=C3=A9")
        #expect(QuotedPrintable.encode("fin \nsuite") == "fin=20\r\nsuite")
        #expect(QuotedPrintable.encode(".\n.ligne") == "=2E\r\n=2Eligne")
        let long = String(repeating: "é", count: 60) + String(repeating: "x", count: 100)
        let encoded = QuotedPrintable.encode(long)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(QuotedPrintable.decode(encoded) == long)
        #expect(QuotedPrintable.decode(QuotedPrintable.encode("ligne 1\r\nligne 2 ")) == "ligne 1\r\nligne 2 ")
    }

    @Test("a soft break never leaves a line starting with a literal dot")
    func softBreakBeforeDot() {
        let text = String(repeating: "a", count: 75) + ".b"
        let lines = QuotedPrintable.encode(text).components(separatedBy: "\r\n")
        #expect(lines.count == 2 && lines[1].hasPrefix("=2E"))
        #expect(QuotedPrintable.decode(QuotedPrintable.encode(text)) == text)
    }

    @Test(
        "encoded words: ASCII stays, UTF-8 becomes base64 words of at most 75 characters, never splitting a character")
    func encodedWords() {
        #expect(EncodedWord.encode("Hello") == "Hello")
        #expect(EncodedWord.encode("é") == "=?UTF-8?B?w6k=?=")
        let subject = String(repeating: "Candidature à « Refonte » — ", count: 5)
        let words = EncodedWord.encode(subject).components(separatedBy: "\r\n ")
        #expect(
            words.count > 1 && words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = words.map { word -> [UInt8] in
            Array(Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))!)
        }
        #expect(decoded.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(String(decoding: decoded.flatMap { $0 }, as: UTF8.self) == subject)
        // A line break in a subject must never start a new header.
        #expect(!EncodedWord.encode("a\r\nBcc: x@y.fr").contains("\r\nB"))
    }

    @Test("the message has RFC 5322 headers, a stable Message-ID, and a multipart/alternative of text then HTML")
    func rendering() throws {
        let message = try MailMessage.make()
        let text = message.renderedText
        let (head, body) = try #require(text.split(separator: "\r\n\r\n", maxSplits: 1).map(String.init).pairs)
        #expect(head.contains("Date: Mon, 23 Nov 2026 00:00:00 +0000"))
        #expect(head.contains("From: =?UTF-8?B?") && head.contains(" <ne-pas-repondre@talents.example.gouv.fr>"))
        #expect(head.contains("To: <camille@example.gouv.fr>"))
        #expect(head.contains("Subject: =?UTF-8?B?"))
        #expect(head.contains("Message-ID: <notification-1@talents.example.gouv.fr>"))
        #expect(head.contains("MIME-Version: 1.0"))
        let boundary = try #require(head.firstMatch(of: /boundary="([^"]+)"/)?.1)
        #expect(boundary.hasPrefix("=_"))
        let parts = body.components(separatedBy: "--\(boundary)")
        #expect(parts.count == 4 && parts[3] == "--\r\n")
        #expect(
            parts[1].contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"))
        #expect(parts[2].contains("Content-Type: text/html; charset=utf-8"))
        #expect(QuotedPrintable.decode(parts[1]).contains("Une candidature vous attend."))
        // 7-bit only, CRLF line ends only, and the same bytes every time.
        #expect(message.rendered().allSatisfy { $0 < 0x80 })
        #expect(!text.replacing("\r\n", with: "").contains("\n"))
        #expect(message.rendered() == (try MailMessage.make()).rendered())
    }

    @Test("the Date header follows RFC 5322 §3.3 in UTC")
    func dates() {
        #expect(RFC5322Date.format(millisecondsSinceEpoch: 0) == "Thu, 1 Jan 1970 00:00:00 +0000")
        #expect(RFC5322Date.format(millisecondsSinceEpoch: 951_782_400_000) == "Tue, 29 Feb 2000 00:00:00 +0000")
        #expect(RFC5322Date.format(millisecondsSinceEpoch: 1_795_473_817_000) == "Mon, 23 Nov 2026 22:43:37 +0000")
    }

    @Test("addresses refuse what could inject a header or a command")
    func addresses() throws {
        #expect(throws: MailAddressError.self) { try MailAddress("a@b.fr>\r\nRCPT TO:<x@y.fr") }
        #expect(throws: MailAddressError.self) { try MailAddress("no-at-sign") }
        let parsed = try MailAddress(parsing: "Talents <ne-pas-repondre@example.gouv.fr>")
        #expect(parsed.address == "ne-pas-repondre@example.gouv.fr" && parsed.displayName == "Talents")
        #expect(parsed.headerValue == "Talents <ne-pas-repondre@example.gouv.fr>")
        #expect(try MailAddress("a@b.fr", displayName: "Dupont, Jean").headerValue == "\"Dupont, Jean\" <a@b.fr>")
    }
}

extension Array where Element == String {
    /// The two elements of a two-element array.
    var pairs: (String, String)? { count == 2 ? (self[0], self[1]) : nil }
}

@Suite struct MIMEAttachmentTests {
    @Test("a message with an attachment is a multipart/mixed of the alternative and the base64 file")
    func attachment() throws {
        let ics = Array(("BEGIN:VCALENDAR\r\n" + String(repeating: "DESCRIPTION:é\r\n", count: 20)).utf8)
        let message = MailMessage(
            from: try MailAddress("a@example.org"), to: try MailAddress("b@example.org"), subject: "Échange",
            text: "texte", html: "<p>html</p>", messageID: "n-1@example.org", date: 0,
            attachments: [
                MailAttachment(
                    filename: "invitation.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8", bytes: ics)
            ])
        let text = String(decoding: message.rendered(), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains { $0.hasPrefix(#"Content-Type: multipart/mixed; boundary="=_talents_mixed_"#) })
        #expect(lines.contains { $0.hasPrefix(#"Content-Type: multipart/alternative; boundary="=_talents_"#) })
        #expect(lines.contains(#"Content-Type: text/calendar; method=REQUEST; charset=UTF-8; name="invitation.ics""#))
        #expect(lines.contains(#"Content-Disposition: attachment; filename="invitation.ics""#))
        #expect(lines.allSatisfy { $0.utf8.count <= 998 && $0.utf8.allSatisfy { $0 < 0x80 } })
        let start = lines.firstIndex(of: "Content-Transfer-Encoding: base64")! + 2
        let end = lines[start...].firstIndex { $0.hasPrefix("--") }!
        let body = lines[start..<end].joined()
        #expect(lines[start..<end].allSatisfy { $0.count <= 76 })
        #expect(Array(Data(base64Encoded: body)!) == ics)
        #expect(text.hasSuffix("--\r\n"))
        // Without attachments, the message stays a multipart/alternative.
        var plain = message
        plain.attachments = []
        #expect(String(decoding: plain.rendered(), as: UTF8.self).contains("multipart/alternative"))
        #expect(!String(decoding: plain.rendered(), as: UTF8.self).contains("multipart/mixed"))
    }
}
