/// A response owed on a connection, in request order.
struct ResponseSlot {
    let sequence: UInt64
    let request: RequestSummary
    /// The rendered response; nil while a deferred handler has not completed it.
    var bytes: [UInt8]?
}

/// What rendering and logging a response need to know about its request.
struct RequestSummary {
    var method: String
    /// The path as sent, without the query (only when access logging is on).
    var path: String
    var id: String
    var keepAlive: Bool
    var isHTTP10: Bool
    var isHEAD: Bool
    /// Monotonic nanoseconds when the head was parsed (only when access logging is on).
    var started: UInt64
}

extension HTTPConnection {
    /// Parses requests out of `buffer` and answers them; returns how many bytes were used.
    func process(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = 0
        while state.acceptsRequests && !isBackpressured {
            // Ranges in events are relative to the slice given to the parser.
            let base = offset
            let event: HTTPRequestParser.Event
            do {
                let result = try parser.parse(UnsafeBufferPointer(rebasing: buffer[offset...]))
                event = result.event
                offset += result.consumed
            } catch {
                reject(error)
                return buffer.count
            }
            switch event {
            case .needMoreData:
                if pendingHead == nil && offset < buffer.count { state.receivedPartialHead(now: loop.now) }
                return offset
            case .head(let head, let range):
                let started = loop.context.accessLog == nil ? 0 : MonotonicClock.nanoseconds()
                pendingHead = (head, Array(buffer[(base + range.lowerBound)..<(base + range.upperBound)]), started)
                state.receivedHead(now: loop.now, hasBody: head.hasBody)
                if case .contentLength(let length) = head.framing { body.reserveCapacity(length) }
                // RFC 9110 §10.1.1: send 100 only if the content is wanted and not already here;
                // never ahead of responses still owed.
                if head.expectsContinue && head.hasBody && head.version == .http1_1 && offset == buffer.count
                    && slots.isEmpty
                {
                    output.append(contentsOf: ResponseRenderer.continueLine)
                }
            case .body(let range):
                body.append(contentsOf: buffer[(base + range.lowerBound)..<(base + range.upperBound)])
            case .end:
                guard let (head, bytes, started) = pendingHead else {
                    preconditionFailure("request end without a head")
                }
                pendingHead = nil
                let content = body
                body = []
                dispatch(head: head, bytes: bytes, body: content, started: started)
            }
        }
        return offset
    }

    /// Hands a complete request to the responder.
    private func dispatch(head: HTTPRequestHead, bytes: [UInt8], body: [UInt8], started: UInt64) {
        state.receivedRequest(now: loop.now, keepAlive: head.keepAlive)
        // It has read what was sent before (see HTTPConnectionState.unacknowledgedSince).
        awaitingAcknowledgement = false
        let sequence = nextSequence
        nextSequence += 1
        guard var request = HTTPRequest(head: head, bytes: bytes, body: body, generatedID: { loop.requestIDs.make() })
        else {
            let summary = RequestSummary(
                method: head.method.rawValue, path: "-", id: loop.requestIDs.make(),
                keepAlive: head.keepAlive, isHTTP10: head.version == .http1_0,
                isHEAD: head.method == .head, started: started)
            let problem = ProblemDetails(
                status: .badRequest, detail: "The request path is not valid percent-encoded UTF-8.")
            finish(sequence: sequence, request: summary, response: problem.makeResponse(), internalError: nil)
            return
        }
        request.peerAddress = peerAddress
        let summary = RequestSummary(
            method: request.method.rawValue,
            path: loop.context.accessLog == nil ? "" : String(request.rawPath),
            id: request.id, keepAlive: head.keepAlive, isHTTP10: head.version == .http1_0,
            isHEAD: request.method == .head, started: started)
        do {
            switch try loop.context.responder.respond(to: request) {
            case .response(let response):
                finish(sequence: sequence, request: summary, response: response, internalError: nil)
            case .deferred(let start):
                slots.append(ResponseSlot(sequence: sequence, request: summary, bytes: nil))
                let ticket = DeferredResponseTicket(fd: fd, generation: generation, sequence: sequence)
                start(HTTPDeferredResponse(sink: loop, ticket: ticket))
            }
        } catch {
            let (response, internalError) = ErrorRendering.response(for: error)
            finish(sequence: sequence, request: summary, response: response, internalError: internalError)
        }
    }

    /// Answers a request the parser rejected, then the connection closes.
    private func reject(_ error: HTTPParserError) {
        state.rejectedRequest()
        pendingHead = nil
        body = []
        let sequence = nextSequence
        nextSequence += 1
        let summary = RequestSummary(
            method: "-", path: "-", id: loop.requestIDs.make(), keepAlive: false,
            isHTTP10: false, isHEAD: false,
            started: loop.context.accessLog == nil ? 0 : MonotonicClock.nanoseconds())
        let problem = ProblemDetails(status: error.status, detail: error.reason)
        finish(sequence: sequence, request: summary, response: problem.makeResponse(), internalError: nil)
    }

    /// A deferred handler completed: render its response and send what is now in order.
    func completeDeferred(sequence: UInt64, response: HTTPResponse, internalError: String?) {
        guard let slot = slots.first(where: { $0.sequence == sequence && $0.bytes == nil }) else { return }
        finish(sequence: sequence, request: slot.request, response: response, internalError: internalError)
        flush()
        resume()
    }

    /// Renders a response into the output, or into its slot while an earlier one is owed.
    private func finish(sequence: UInt64, request: RequestSummary, response: HTTPResponse, internalError: String?) {
        state.renderedResponse()
        // Only the connection's last response says `Connection: close` (RFC 9112 §9.6).
        let isLast = sequence == nextSequence - 1 && !state.acceptsRequests && state.closeAfterResponses
        let framing = ResponseRenderer.Framing(
            requestID: request.id, keepAlive: request.keepAlive && !isLast,
            clientIsHTTP10: request.isHTTP10, omitBody: request.isHEAD)
        if slots.isEmpty {
            ResponseRenderer.render(response, framing: framing, date: loop.date.bytes, into: &output)
        } else {
            var rendered: [UInt8] = []
            ResponseRenderer.render(response, framing: framing, date: loop.date.bytes, into: &rendered)
            if let index = slots.firstIndex(where: { $0.sequence == sequence }) {
                slots[index].bytes = rendered
            } else {
                slots.append(ResponseSlot(sequence: sequence, request: request, bytes: rendered))
            }
            while let first = slots.first, let bytes = first.bytes {
                output.append(contentsOf: bytes)
                slots.removeFirst()
            }
        }
        if let accessLog = loop.context.accessLog {
            let duration = Duration.nanoseconds(Int64(MonotonicClock.nanoseconds() &- request.started))
            accessLog(
                HTTPAccessLogEntry(
                    method: request.method, path: request.path, status: response.status.code,
                    duration: duration, requestID: request.id, internalError: internalError))
        }
    }
}
