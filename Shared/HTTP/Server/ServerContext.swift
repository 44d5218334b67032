import Synchronization

/// What every event loop of a server shares: immutable configuration, the responder, the
/// access-log sink, and the connection count across loops.
final class ServerContext: Sendable {
    let limits: HTTPServer.Configuration.Limits
    let timeouts: HTTPConnectionState.Timeouts
    let responder: any HTTPResponder
    let accessLog: (@Sendable (HTTPAccessLogEntry) -> Void)?
    let connectionCount = Atomic<Int>(0)
    /// How often deadlines are checked: a quarter of the shortest timeout, 10 to 250 ms.
    let tickInterval: Int64

    init(
        configuration: HTTPServer.Configuration, responder: any HTTPResponder,
        accessLog: (@Sendable (HTTPAccessLogEntry) -> Void)?
    ) {
        let timeouts = configuration.timeouts
        self.limits = configuration.limits
        self.timeouts = HTTPConnectionState.Timeouts(
            requestHead: timeouts.requestHead.roundedUpMilliseconds,
            requestBody: timeouts.requestBody.roundedUpMilliseconds,
            idle: timeouts.idle.roundedUpMilliseconds,
            write: timeouts.write.roundedUpMilliseconds,
            lingeringClose: timeouts.lingeringClose.roundedUpMilliseconds)
        self.responder = responder
        self.accessLog = accessLog
        let shortest = [
            self.timeouts.requestHead, self.timeouts.requestBody, self.timeouts.idle,
            self.timeouts.write, self.timeouts.lingeringClose
        ].min()!
        self.tickInterval = min(250, max(10, shortest / 4))
    }
}
