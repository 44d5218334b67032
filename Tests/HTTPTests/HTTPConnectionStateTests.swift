import Testing

@testable import HTTP

@Suite("Connection state machine with a fake clock")
struct HTTPConnectionStateTests {
    static func make(
        now: Int64 = 0, head: Int64 = 100, body: Int64 = 200, idle: Int64 = 300, write: Int64 = 400,
        linger: Int64 = 50
    ) -> HTTPConnectionState {
        HTTPConnectionState(
            now: now,
            timeouts: .init(
                requestHead: head, requestBody: body, idle: idle, write: write,
                lingeringClose: linger))
    }

    @Test func closesAnIdleConnectionAfterTheIdleTimeout() {
        let state = Self.make()
        #expect(state.checkTimeouts(now: 299) == .none)
        #expect(state.checkTimeouts(now: 300) == .close)
    }

    @Test func restartsTheIdleTimerAfterTheLastResponse() {
        var state = Self.make()
        state.receivedRequest(now: 10, keepAlive: true)
        #expect(state.checkTimeouts(now: 1000) == .none, "a response is owed: the server, not the client, is slow")
        state.renderedResponse()
        #expect(state.flushed(now: 1000, outputEmpty: true, inputPending: false) == .none)
        #expect(state.checkTimeouts(now: 1299) == .none)
        #expect(state.checkTimeouts(now: 1300) == .close)
    }

    @Test func disconnectsASlowHeadSender() {
        var state = Self.make()
        state.receivedPartialHead(now: 50)
        state.receivedPartialHead(now: 140)  // more bytes do not restart the timer
        #expect(state.checkTimeouts(now: 149) == .none)
        #expect(state.checkTimeouts(now: 150) == .close)
    }

    @Test func disconnectsASlowBodySender() {
        var state = Self.make()
        state.receivedPartialHead(now: 0)
        state.receivedHead(now: 20, hasBody: true)
        #expect(state.checkTimeouts(now: 219) == .none)
        #expect(state.checkTimeouts(now: 220) == .close)
    }

    @Test func disconnectsAClientThatDoesNotRead() {
        var state = Self.make()
        state.receivedRequest(now: 0, keepAlive: true)
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: false, inputPending: false) == .none)
        #expect(state.flushed(now: 300, outputEmpty: false, inputPending: false) == .none)
        #expect(state.checkTimeouts(now: 409) == .none)
        #expect(state.checkTimeouts(now: 410) == .close)
    }

    @Test func disconnectsAClientThatDoesNotTakeWhatTheSocketAccepted() {
        // The idle timeout is the longer one, as in the defaults (60 s idle, 30 s write): a
        // response the socket buffers swallowed whole must not wait for it.
        var state = Self.make(idle: 1000, write: 400)
        state.receivedRequest(now: 0, keepAlive: true)
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
        #expect(
            state.flushed(now: 200, outputEmpty: true, unacknowledged: true, inputPending: false) == .none,
            "a later look does not restart the write timer")
        #expect(state.checkTimeouts(now: 409) == .none)
        #expect(state.checkTimeouts(now: 410) == .close, "the write timeout, not the idle one (1010)")
    }

    @Test func continuesTheWriteTimerFromTheFirstBlockedWrite() {
        var state = Self.make(idle: 1000, write: 400)
        state.receivedRequest(now: 0, keepAlive: true)
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: false, inputPending: false) == .none)
        // The rest went to the socket at 300, still unacknowledged: the timer started at 10.
        #expect(state.flushed(now: 300, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
        #expect(state.checkTimeouts(now: 409) == .none)
        #expect(state.checkTimeouts(now: 410) == .close)
    }

    @Test func anAcknowledgedResponseStartsTheIdleTimer() {
        var state = Self.make(idle: 1000, write: 400)
        state.receivedRequest(now: 0, keepAlive: true)
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
        state.acknowledged(now: 50)
        #expect(state.unacknowledgedSince == nil)
        #expect(state.checkTimeouts(now: 1049) == .none, "the client took it: no write timeout")
        #expect(state.checkTimeouts(now: 1050) == .close, "the idle timer runs from the acknowledgement")
    }

    @Test func aClientThatKeepsReadingIsNotTimedOut() {
        var state = Self.make(idle: 1000, write: 400)
        var now: Int64 = 0
        for _ in 0..<10 {
            state.receivedRequest(now: now, keepAlive: true)
            state.renderedResponse()
            #expect(state.flushed(now: now + 1, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
            state.acknowledged(now: now + 100)
            #expect(state.checkTimeouts(now: now + 100) == .none)
            now += 150
        }
        #expect(now > 400 * 3)
    }

    @Test func aNewRequestShowsTheClientReadTheLastResponse() {
        var state = Self.make(idle: 1000, write: 400)
        state.receivedRequest(now: 0, keepAlive: true)
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
        state.receivedRequest(now: 300, keepAlive: true)
        #expect(state.unacknowledgedSince == nil)
        #expect(state.checkTimeouts(now: 500) == .none, "the server, not the client, is slow now")
        state.renderedResponse()
        #expect(state.flushed(now: 600, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
        #expect(state.checkTimeouts(now: 999) == .none)
        #expect(state.checkTimeouts(now: 1000) == .close, "the timer runs from the new response")
    }

    @Test func drainingClosesAConnectionWhoseOutputTheKernelHolds() {
        var state = Self.make()
        state.receivedRequest(now: 0, keepAlive: true)
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: true, unacknowledged: true, inputPending: false) == .none)
        #expect(state.startDraining(now: 20) == .close, "closing is graceful: the kernel delivers the rest")
    }

    @Test func closesAfterTheResponseToConnectionCloseEvenIfUnacknowledged() {
        var state = Self.make()
        state.receivedRequest(now: 0, keepAlive: false)
        state.renderedResponse()
        // Closing is graceful: the kernel delivers the rest.
        #expect(state.flushed(now: 2, outputEmpty: true, unacknowledged: true, inputPending: false) == .close)
    }

    @Test func closesAfterTheResponseToConnectionClose() {
        var state = Self.make()
        state.receivedRequest(now: 0, keepAlive: false)
        #expect(!state.acceptsRequests)
        #expect(state.flushed(now: 1, outputEmpty: true, inputPending: false) == .none, "the response is still owed")
        state.renderedResponse()
        #expect(state.flushed(now: 2, outputEmpty: true, inputPending: false) == .close)
    }

    @Test func lingersAfterARejectedRequestThenCloses() {
        var state = Self.make()
        state.rejectedRequest()
        state.renderedResponse()
        #expect(state.flushed(now: 10, outputEmpty: true, inputPending: false) == .shutdownOutput)
        #expect(state.reading == .lingering(since: 10))
        #expect(state.checkTimeouts(now: 59) == .none)
        #expect(state.checkTimeouts(now: 60) == .close)
    }

    @Test func lingersWhenUnreadInputRemainsAtClose() {
        var state = Self.make()
        state.receivedRequest(now: 0, keepAlive: false)
        state.renderedResponse()
        #expect(state.flushed(now: 5, outputEmpty: true, inputPending: true) == .shutdownOutput)
        #expect(state.peerClosedInput() == .close)
    }

    @Test func finishesOwedResponsesWhenThePeerClosesItsSide() {
        var state = Self.make()
        state.receivedRequest(now: 0, keepAlive: true)
        #expect(state.peerClosedInput() == .none)
        #expect(state.flushed(now: 1, outputEmpty: true, inputPending: false) == .none)
        state.renderedResponse()
        #expect(state.flushed(now: 2, outputEmpty: true, inputPending: false) == .close)
    }

    @Test func drainingClosesIdleConnectionsAtOnce() {
        var idle = Self.make()
        #expect(idle.startDraining(now: 5) == .close)
        var partial = Self.make()
        partial.receivedPartialHead(now: 1)
        #expect(partial.startDraining(now: 5) == .close)
    }

    @Test func drainingLetsARequestInProgressFinish() {
        var answering = Self.make()
        answering.receivedRequest(now: 0, keepAlive: true)
        #expect(answering.startDraining(now: 5) == .none)
        #expect(!answering.acceptsRequests)
        answering.renderedResponse()
        #expect(answering.flushed(now: 6, outputEmpty: true, inputPending: false) == .close)

        var reading = Self.make()
        reading.receivedHead(now: 0, hasBody: true)
        #expect(reading.startDraining(now: 5) == .none)
        #expect(reading.acceptsRequests, "the content of the request in progress is still read")
        reading.receivedRequest(now: 7, keepAlive: true)
        #expect(!reading.acceptsRequests, "but no further request")
        reading.renderedResponse()
        #expect(reading.flushed(now: 8, outputEmpty: true, inputPending: false) == .close)
    }
}
