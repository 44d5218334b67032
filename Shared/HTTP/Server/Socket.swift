import CEpoll
import Glibc

/// Thin wrappers over the socket system calls the server uses (as FlyingFox's
/// `Socket+Glibc`), each failure reported with its `errno`.
enum Socket {
    /// A non-blocking listening socket on `host:port`, with `SO_REUSEADDR`, `SO_REUSEPORT`
    /// (one listener per event loop, the kernel spreading connections between them) and
    /// `TCP_NODELAY` (inherited by accepted sockets, so each response leaves at once).
    static func listen(host: String, port: Int, backlog: Int32) throws(HTTPServerError) -> Int32 {
        var address = try SocketAddress(host: host, port: port)
        let fd = socket(
            address.family,
            Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
                | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .fromErrno("socket") }
        do throws(HTTPServerError) {
            try setOption(fd, SOL_SOCKET, SO_REUSEADDR, "SO_REUSEADDR")
            try setOption(fd, SOL_SOCKET, SO_REUSEPORT, "SO_REUSEPORT")
            try setOption(fd, Int32(IPPROTO_TCP), TCP_NODELAY, "TCP_NODELAY")
            let bound = address.withSockaddr { bind(fd, $0, $1) }
            guard bound == 0 else { throw HTTPServerError.fromErrno("bind \(host):\(port)") }
            guard Glibc.listen(fd, backlog) == 0 else { throw HTTPServerError.fromErrno("listen \(host):\(port)") }
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Fails with `EADDRINUSE` if a socket already listens on `host:port`. `SO_REUSEPORT`
    /// would otherwise let a second server join the port silently and split its traffic.
    /// The probe sets `SO_REUSEADDR` only: it tolerates TIME_WAIT leftovers, not a listener.
    static func checkNoListener(host: String, port: Int) throws(HTTPServerError) {
        var address = try SocketAddress(host: host, port: port)
        let fd = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .fromErrno("socket") }
        defer { close(fd) }
        try setOption(fd, SOL_SOCKET, SO_REUSEADDR, "SO_REUSEADDR")
        guard address.withSockaddr({ bind(fd, $0, $1) }) == 0 else { throw .fromErrno("bind \(host):\(port)") }
    }

    /// The local port a socket is bound to.
    static func boundPort(_ fd: Int32) throws(HTTPServerError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw .fromErrno("getsockname") }
        let family = Int32(storage.ss_family)
        return withUnsafePointer(to: &storage) { pointer in
            if family == AF_INET6 {
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin6_port))
                }
            } else {
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin_port))
                }
            }
        }
    }

    static func setOption(_ fd: Int32, _ level: Int32, _ name: Int32, _ label: String, value: Int32 = 1)
        throws(HTTPServerError)
    {
        var value = value
        guard setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw .fromErrno("setsockopt \(label)")
        }
    }
}

/// An IPv4 or IPv6 socket address parsed from a numeric host.
struct SocketAddress {
    private var storage = sockaddr_storage()
    let family: Int32

    init(host: String, port: Int) throws(HTTPServerError) {
        var v4 = sockaddr_in()
        var v6 = sockaddr_in6()
        if inet_pton(AF_INET, host, &v4.sin_addr) == 1 {
            family = AF_INET
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = in_port_t(port).bigEndian
            withUnsafeMutableBytes(of: &storage) { target in withUnsafeBytes(of: &v4) { target.copyMemory(from: $0) } }
        } else if inet_pton(AF_INET6, host, &v6.sin6_addr) == 1 {
            family = AF_INET6
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = in_port_t(port).bigEndian
            withUnsafeMutableBytes(of: &storage) { target in withUnsafeBytes(of: &v6) { target.copyMemory(from: $0) } }
        } else {
            throw HTTPServerError(operation: "the host must be a numeric IPv4 or IPv6 address, got \(host)", code: 0)
        }
    }

    mutating func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }
}
