import Domain
import HTTP

/// Trusted single sign-on: a proxy in front of the server (oauth2-proxy behind nginx, say,
/// signed in to the State's identity federation) names the signed-in person's e-mail in a
/// header. The header is believed ONLY on a connection whose TCP peer is one of the configured
/// proxy addresses; from any other peer it is ignored, since anybody can send it
/// (docs/operations.md, "Single sign-on through a trusted proxy").
public struct WebSingleSignOn: Sendable {
    /// The header oauth2-proxy sets (`--set-xauthrequest`, `--pass-user-headers`).
    public static let defaultHeader = "X-Forwarded-Email"

    /// The proxies' numeric addresses, in ``PeerAddress`` canonical form.
    let proxies: Set<String>
    /// The header naming the e-mail.
    let header: String

    public init(proxies: Set<String>, header: String) {
        self.proxies = proxies
        self.header = header
    }

    /// The e-mail `request` is vouched for with, and the proxy that vouches; nil when the peer
    /// is not a configured proxy, or the header is absent, repeated or not an address.
    func vouchedEmail(_ request: HTTPRequest) -> (email: EmailAddress, proxy: String)? {
        guard let peer = request.peerAddress, proxies.contains(peer) else { return nil }
        let values = request.headers.values(for: header)
        // Two values mean the proxy let a client's copy through: trust neither.
        guard values.count == 1, let email = try? EmailAddress(values[0]) else { return nil }
        return (email, peer)
    }
}
