import Glibc

/// Turns away a connection accepted beyond the connection limit: a 503 problem, then close.
enum ConnectionRefusal {
    static func refuse(_ fd: Int32, buffer: UnsafeMutableBufferPointer<UInt8>, date: [UInt8], requestID: String) {
        var output: [UInt8] = []
        let problem = ProblemDetails(status: .serviceUnavailable, detail: "The server has too many open connections.")
        ResponseRenderer.render(
            problem.makeResponse(),
            framing: .init(requestID: requestID, keepAlive: false, clientIsHTTP10: false, omitBody: false),
            date: date, into: &output)
        _ = output.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
        // Drop a request already received, so closing sends FIN rather than a reset that
        // could destroy the 503 on its way.
        while recv(fd, buffer.baseAddress, buffer.count, Int32(MSG_DONTWAIT)) > 0 {}
        close(fd)
    }
}
