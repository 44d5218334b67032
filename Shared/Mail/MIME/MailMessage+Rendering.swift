extension MailMessage {
    /// The message as sent after `DATA` (RFC 5322), lines ending in CRLF, 7-bit only.
    ///
    /// Headers: `Date`, `From`, `To`, `Subject` (RFC 2047 words when not ASCII), `Message-ID`,
    /// `MIME-Version`, `Auto-Submitted: auto-generated` (RFC 3834 §5, so auto-responders stay
    /// quiet) and a `multipart/alternative` (RFC 2046 §5.1.4) of the plain text then the HTML,
    /// each `text/…; charset=utf-8` in quoted-printable. With attachments, the body is a
    /// `multipart/mixed` (§5.1.3) of that alternative then each file in base64.
    public func rendered() -> [UInt8] {
        // RFC 2046 §5.1.1: the boundary must not occur in the parts. Quoted-printable output
        // never holds "=_" (a literal '=' is always "=3D"), nor does base64 (whose '=' only ends
        // a line), so a boundary starting so is safe.
        let digest = Self.hexDigest(messageID)
        let alternative = "=_talents_" + digest
        var lines = [
            "Date: " + RFC5322Date.format(millisecondsSinceEpoch: date),
            "From: " + from.headerValue,
            "To: " + to.headerValue,
            "Subject: " + EncodedWord.encode(subject),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated"
        ]
        guard !attachments.isEmpty else {
            lines += ["Content-Type: multipart/alternative; boundary=\"\(alternative)\"", ""]
            lines += bodyParts(boundary: alternative)
            return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        }
        let mixed = "=_talents_mixed_" + digest
        lines += [
            "Content-Type: multipart/mixed; boundary=\"\(mixed)\"",
            "",
            "This is a multi-part message in MIME format.",
            "--" + mixed,
            "Content-Type: multipart/alternative; boundary=\"\(alternative)\"",
            ""
        ]
        lines += bodyParts(boundary: alternative)
        for attachment in attachments {
            lines += [
                "--" + mixed,
                "Content-Type: \(attachment.contentType); name=\"\(attachment.filename)\"",
                "Content-Disposition: attachment; filename=\"\(attachment.filename)\"",
                "Content-Transfer-Encoding: base64",
                "",
                Self.base64Lines(attachment.bytes)
            ]
        }
        lines.append("--" + mixed + "--")
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The preamble, the plain text and the HTML parts of the `multipart/alternative` with
    /// `boundary`, its closing delimiter included.
    private func bodyParts(boundary: String) -> [String] {
        var lines = ["This is a multi-part message in MIME format."]
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines += [
                "--" + boundary,
                "Content-Type: \(type); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                QuotedPrintable.encode(body)
            ]
        }
        lines.append("--" + boundary + "--")
        return lines
    }

    /// Base64 in lines of 76 characters (RFC 2045 §6.8).
    static func base64Lines(_ bytes: [UInt8]) -> String {
        let encoded = Array(Base64.encode(bytes))
        return stride(from: 0, to: encoded.count, by: 76)
            .map { String(encoded[$0..<min($0 + 76, encoded.count)]) }
            .joined(separator: "\r\n")
    }

    /// A 64-bit FNV-1a digest in hex: a stable boundary per message.
    private static func hexDigest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The `Date` header format (RFC 5322 §3.3), in UTC: `Sun, 22 Nov 2026 22:23:37 +0000`.
public enum RFC5322Date {
    /// Formats an instant given in milliseconds since the Unix epoch.
    public static func format(millisecondsSinceEpoch milliseconds: Int64) -> String {
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let day = secondOfDay < 0 ? days - 1 : days
        let second = secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay
        let (year, month, dayOfMonth) = civil(days: day)
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[Int(((day % 7) + 7) % 7)]
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(dayOfMonth) \(months[Int(month) - 1]) \(year) "
            + "\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60)) +0000"
    }

    /// The proleptic Gregorian date of a day number (days since 1970-01-01), after H. Hinnant's
    /// `civil_from_days`.
    private static func civil(days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
