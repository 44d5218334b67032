import Domain
import HTTP
import Support
import Web

extension CommandOption {
    /// `--sso-proxy-addresses 127.0.0.1,::1` or `TALENTS_SSO_PROXY_ADDRESSES`.
    static let ssoProxyAddresses = CommandOption.value(
        "sso-proxy-addresses", placeholder: "list",
        help: "Single sign-on: comma-separated numeric IP addresses of the trusted proxies (default none: off).",
        environment: "TALENTS_SSO_PROXY_ADDRESSES")

    /// `--sso-header X-Forwarded-Email` or `TALENTS_SSO_HEADER`.
    static let ssoHeader = CommandOption.value(
        "sso-header", placeholder: "name",
        help: "Single sign-on: the header in which the proxies name the user's e-mail (default X-Forwarded-Email).",
        environment: "TALENTS_SSO_HEADER")
}

extension ValueParser where Value == Set<String> {
    /// A comma-separated, non-empty list of numeric IPv4 or IPv6 addresses, canonicalised.
    static var proxyAddresses: Self {
        ValueParser(expectation: "a comma-separated list of numeric IP addresses such as '127.0.0.1,::1'") { text in
            let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace()
            }
            let addresses = items.compactMap(PeerAddress.normalized)
            return addresses.isEmpty || addresses.count != items.count ? nil : Set(addresses)
        }
    }
}

extension ValueParser where Value == String {
    /// A header field name: a token of RFC 9110 §5.6.2.
    static var headerName: Self {
        ValueParser(expectation: "a header field name such as 'X-Forwarded-Email'") { text in
            let tokenCharacters = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return !text.isEmpty && text.allSatisfy(tokenCharacters.contains) ? text : nil
        }
    }
}

extension CommandInvocation {
    /// The single sign-on settings, or nil when no proxy address is configured (then the header
    /// is never read).
    func singleSignOn(environment: Environment) throws -> WebSingleSignOn? {
        guard let proxies = try value("sso-proxy-addresses", as: .proxyAddresses, environment: environment) else {
            return nil
        }
        let header = try value("sso-header", as: .headerName, environment: environment) ?? WebSingleSignOn.defaultHeader
        return WebSingleSignOn(proxies: proxies, header: header)
    }
}
