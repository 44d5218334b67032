// libFuzzer target for the HTTP request parser (scripts/fuzz-http-parser.sh builds and runs it).
//
// Each input is parsed twice, all at once and in small pieces the way a connection receives
// it, with small limits so every limit is reachable. Both runs must agree on the requests
// they produce and on whether the input is rejected; every call must stay within its
// buffer and make progress; every request must survive being built and inspected.
@testable import HTTP

private let limits = HTTPServer.Configuration.Limits(
    maxHeadBytes: 512, maxHeaderCount: 8, maxTargetLength: 96,
    maxBodyBytes: 300)

private struct Outcome: Equatable {
    var requests: [[UInt8]] = []
    var failed = false
}

private func run(_ input: UnsafeBufferPointer<UInt8>, pieceSize: Int) -> Outcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = Outcome()
    var pending: [UInt8] = []
    var current: (head: HTTPRequestHead, bytes: [UInt8])?
    var body: [UInt8] = []
    var position = 0
    var calls = 0
    repeat {
        let end = min(input.count, position + pieceSize)
        pending += input[position..<end]
        position = end
        var offset = 0
        do throws(HTTPParserError) {
            parsing: while true {
                calls += 1
                precondition(calls <= 4 * input.count + 16, "the parser stopped making progress")
                let base = offset
                let slice = pending[offset...]
                let (event, consumed) = try slice.withUnsafeBufferPointer { (buffer) throws(HTTPParserError) in
                    try parser.parse(buffer)
                }
                precondition(consumed >= 0 && consumed <= slice.count, "consumed outside the buffer")
                offset += consumed
                switch event {
                case .needMoreData:
                    break parsing
                case .head(let head, let range):
                    precondition(range.lowerBound >= 0 && range.upperBound == consumed, "head range outside the buffer")
                    current = (head, Array(pending[(base + range.lowerBound)..<(base + range.upperBound)]))
                case .body(let range):
                    precondition(
                        range.lowerBound >= 0 && range.upperBound == consumed && !range.isEmpty, "bad body range")
                    body += pending[(base + range.lowerBound)..<(base + range.upperBound)]
                    precondition(body.count <= limits.maxBodyBytes, "content beyond the limit")
                case .end:
                    guard let (head, bytes) = current else { preconditionFailure("end without head") }
                    inspect(head: head, bytes: bytes, body: body)
                    outcome.requests.append(bytes + [0] + body)
                    current = nil
                    body = []
                }
            }
        } catch {
            precondition(
                [400, 413, 414, 417, 431, 501, 505].contains(error.status.code), "unexpected status \(error.status)")
            outcome.failed = true
            return outcome
        }
        pending.removeFirst(offset)
    } while position < input.count
    return outcome
}

/// Builds the request a handler would get and reads every part of it.
private func inspect(head: HTTPRequestHead, bytes: [UInt8], body: [UInt8]) {
    precondition(bytes.count <= limits.maxHeadBytes, "head beyond the limit")
    guard let request = HTTPRequest(head: head, bytes: bytes, body: body, generatedID: { "fuzz" }) else { return }
    precondition(request.headers.count <= limits.maxHeaderCount, "more fields than the limit")
    for field in request.headers {
        precondition(request.headers[field.name] != nil, "a listed field cannot be found")
    }
    for item in request.query { _ = item }
    _ = request.rawPath
    _ = try? Router().respond(to: request)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let whole = run(input, pieceSize: max(1, size))
    let pieces = run(input, pieceSize: 1 + size % 7)
    precondition(whole == pieces, "parsing in pieces disagrees with parsing at once")
    return 0
}
