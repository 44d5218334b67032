/// Turns the text of an option or an environment variable into a typed value, and says
/// what it expected when it cannot (the phrase completes "must be …").
public struct ValueParser<Value>: Sendable {
    /// What a valid text looks like, e.g. "a port number (1–65535)".
    public let expectation: String
    private let read: @Sendable (String) -> Value?

    /// A parser that reads with `read`, which returns nil for an invalid text.
    public init(expectation: String, read: @escaping @Sendable (String) -> Value?) {
        self.expectation = expectation
        self.read = read
    }

    /// The value `text` stands for, or nil when it is invalid.
    public func parse(_ text: String) -> Value? {
        read(text)
    }
}

extension ValueParser where Value == String {
    /// Any text, as is.
    public static var string: Self {
        ValueParser(expectation: "a string") { $0 }
    }

    /// An absolute `http` or `https` URL with a host and no whitespace, returned without
    /// its trailing slashes so paths can be appended (`TALENTS_BASE_URL`).
    public static var httpURL: Self {
        ValueParser(expectation: "an http(s) URL such as 'https://talents.example.gouv.fr'") { text in
            guard
                !text.unicodeScalars.contains(where: {
                    $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7f
                })
            else { return nil }
            guard let scheme = ["https://", "http://"].first(where: { text.lowercased().hasPrefix($0) })
            else { return nil }
            // RFC 3986 §3.2: the authority runs up to the first '/', '?' or '#'; after any
            // "user@" it starts with the host, which must not be empty.
            let authority = text.dropFirst(scheme.count).prefix { !"/?#".contains($0) }
            let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
            guard !hostAndPort.isEmpty, !hostAndPort.hasPrefix(":") else { return nil }
            var url = Substring(text)
            while url.hasSuffix("/") { url.removeLast() }
            return String(url)
        }
    }
}

extension ValueParser where Value == Int {
    /// A decimal integer, optionally signed.
    public static var int: Self {
        ValueParser(expectation: "an integer") { Int($0) }
    }

    /// A decimal integer within `range`.
    public static func int(in range: ClosedRange<Int>) -> Self {
        ValueParser(expectation: "an integer from \(range.lowerBound) to \(range.upperBound)") { text in
            Int(text).flatMap { range.contains($0) ? $0 : nil }
        }
    }
}

extension ValueParser where Value == UInt16 {
    /// A TCP port to listen on or connect to: 1–65535 (0 is refused; tests that want an
    /// ephemeral port pass it in code, not through configuration).
    public static var port: Self {
        ValueParser(expectation: "a port number (1–65535)") { text in
            UInt16(text).flatMap { $0 == 0 ? nil : $0 }
        }
    }
}

extension ValueParser where Value == Bool {
    /// `true`/`false`, `yes`/`no`, `on`/`off` or `1`/`0`, in any case.
    public static var bool: Self {
        ValueParser(expectation: "a boolean (true/false, yes/no, on/off, 1/0)") { text in
            switch text.lowercased() {
            case "true", "yes", "on", "1": true
            case "false", "no", "off", "0": false
            default: nil
            }
        }
    }
}
