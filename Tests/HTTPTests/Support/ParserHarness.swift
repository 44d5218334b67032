@testable import HTTP

/// One request as the parser delivered it.
struct ParsedRequest: Equatable {
    var head: HTTPRequestHead
    var headBytes: [UInt8]
    var body: [UInt8]

    var target: String {
        String(decoding: headBytes[head.target], as: UTF8.self)
    }

    /// The request as a handler would see it.
    func makeRequest(id: String = "generated") -> HTTPRequest? {
        HTTPRequest(head: head, bytes: headBytes, body: body, generatedID: { id })
    }
}

/// What feeding a byte stream to the parser produced.
struct ParseOutcome {
    var requests: [ParsedRequest] = []
    /// Every head parsed, including one whose content is incomplete.
    var heads: [HTTPRequestHead] = []
    var error: HTTPParserError?
    /// Bytes still buffered at the end (an incomplete request).
    var leftover = 0
}

/// Drives the parser the way a connection does: bytes arrive in pieces, unconsumed bytes are
/// kept and the next piece appended to them.
enum ParserHarness {
    static func makeLimits(
        maxHeadBytes: Int = 16 * 1024, maxHeaderCount: Int = 100, maxTargetLength: Int = 8 * 1024,
        maxBodyBytes: Int = 1024 * 1024
    ) -> HTTPServer.Configuration.Limits {
        .init(
            maxHeadBytes: maxHeadBytes, maxHeaderCount: maxHeaderCount, maxTargetLength: maxTargetLength,
            maxBodyBytes: maxBodyBytes)
    }

    static func parse(
        _ text: String, pieceSize: Int? = nil,
        limits: HTTPServer.Configuration.Limits = makeLimits()
    ) -> ParseOutcome {
        parse(Array(text.utf8), pieceSize: pieceSize, limits: limits)
    }

    static func parse(
        _ input: [UInt8], pieceSize: Int? = nil,
        limits: HTTPServer.Configuration.Limits = makeLimits()
    ) -> ParseOutcome {
        var parser = HTTPRequestParser(limits: limits)
        var outcome = ParseOutcome()
        var pending: [UInt8] = []
        var current: (head: HTTPRequestHead, bytes: [UInt8])?
        var body: [UInt8] = []
        var position = 0
        let step = max(1, pieceSize ?? input.count)
        repeat {
            let end = min(input.count, position + step)
            pending += input[position..<end]
            position = end
            var offset = 0
            do throws(HTTPParserError) {
                parsing: while true {
                    let base = offset
                    let slice = pending[offset...]
                    let (event, consumed) = try slice.withUnsafeBufferPointer { (buffer) throws(HTTPParserError) in
                        try parser.parse(buffer)
                    }
                    precondition(consumed <= slice.count, "the parser consumed more than it was given")
                    offset += consumed
                    switch event {
                    case .needMoreData:
                        break parsing
                    case .head(let head, let range):
                        outcome.heads.append(head)
                        current = (head, Array(pending[(base + range.lowerBound)..<(base + range.upperBound)]))
                    case .body(let range):
                        body += pending[(base + range.lowerBound)..<(base + range.upperBound)]
                    case .end:
                        outcome.requests.append(
                            ParsedRequest(head: current!.head, headBytes: current!.bytes, body: body))
                        current = nil
                        body = []
                    }
                }
            } catch {
                outcome.error = error
                return outcome
            }
            pending.removeFirst(offset)
        } while position < input.count
        outcome.leftover = pending.count
        return outcome
    }
}
