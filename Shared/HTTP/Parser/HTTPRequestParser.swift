import Glibc

/// An incremental HTTP/1.1 request parser over byte buffers (RFC 9112).
///
/// Feed it the unconsumed bytes of a connection; each call reports one event and how many
/// bytes it consumed. The caller drops consumed bytes and calls again with what is left plus
/// whatever arrives next. It never copies or allocates per byte: the head is scanned for its
/// end once (resuming where the last call stopped), then parsed in one pass.
struct HTTPRequestParser {
    typealias Limits = HTTPServer.Configuration.Limits

    /// What one call found.
    enum Event: Equatable {
        /// Nothing more can be parsed from these bytes.
        case needMoreData
        /// A complete head; `bytes` is its range in the buffer given to this call.
        case head(HTTPRequestHead, bytes: Range<Int>)
        /// Content bytes, already de-chunked, as a range of the buffer given to this call.
        case body(Range<Int>)
        /// The request is complete; the next bytes start a new request.
        case end
    }

    private enum State: Equatable {
        /// Looking for the end of a head; `scanned` bytes are known to hold no end.
        case head(scanned: Int, requestLineEnd: Int?)
        case fixedBody(remaining: Int)
        case chunkHeader
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(received: Int)
        case complete
        case failed(HTTPParserError)
    }

    /// Longest accepted chunk-size line, extensions included (they are ignored).
    static let maxChunkLineLength = 4096

    let limits: Limits
    private var state = State.head(scanned: 0, requestLineEnd: nil)
    private var chunkedBodyBytes = 0

    init(limits: Limits) {
        self.limits = limits
    }

    /// Parses the next event from `buffer`, which starts at the first unconsumed byte.
    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(HTTPParserError) -> (event: Event, consumed: Int) {
        do {
            return try step(buffer)
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private mutating func step(_ buffer: UnsafeBufferPointer<UInt8>) throws(HTTPParserError) -> (
        event: Event, consumed: Int
    ) {
        var offset = 0
        while true {
            let rest = UnsafeBufferPointer(rebasing: buffer[offset...])
            switch state {
            case .head(var scanned, var requestLineEnd):
                if scanned == 0 {
                    // RFC 9112 §2.2: ignore empty lines received before the request-line.
                    var skipped = 0
                    while skipped + 1 < rest.count, rest[skipped] == ASCII.cr, rest[skipped + 1] == ASCII.lf {
                        skipped += 2
                    }
                    if skipped > 0 {
                        offset += skipped
                        continue
                    }
                }
                guard let end = try scanHead(rest, scanned: &scanned, requestLineEnd: &requestLineEnd) else {
                    state = .head(scanned: scanned, requestLineEnd: requestLineEnd)
                    return (.needMoreData, offset)
                }
                let head = try parseHead(UnsafeBufferPointer(rebasing: rest[..<end]), requestLineEnd: requestLineEnd!)
                switch head.framing {
                case .none, .contentLength(0): state = .complete
                case .contentLength(let length): state = .fixedBody(remaining: length)
                case .chunked:
                    chunkedBodyBytes = 0
                    state = .chunkHeader
                }
                return (.head(head, bytes: offset..<offset + end), offset + end)

            case .fixedBody(let remaining):
                guard !rest.isEmpty else { return (.needMoreData, offset) }
                let count = min(remaining, rest.count)
                state = count == remaining ? .complete : .fixedBody(remaining: remaining - count)
                return (.body(offset..<offset + count), offset + count)

            case .chunkHeader:
                guard
                    let length = try scanLine(
                        rest, limit: Self.maxChunkLineLength,
                        tooLong: .badRequest("chunk-size line too long"))
                else {
                    return (.needMoreData, offset)
                }
                let size = try parseChunkSize(UnsafeBufferPointer(rebasing: rest[..<(length - 2)]))
                offset += length
                if size == 0 {
                    state = .trailers(received: 0)
                } else {
                    chunkedBodyBytes += size
                    guard chunkedBodyBytes <= limits.maxBodyBytes else {
                        throw .bodyTooLarge(limit: limits.maxBodyBytes)
                    }
                    state = .chunkData(remaining: size)
                }

            case .chunkData(let remaining):
                guard !rest.isEmpty else { return (.needMoreData, offset) }
                let count = min(remaining, rest.count)
                state = count == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - count)
                return (.body(offset..<offset + count), offset + count)

            case .chunkDataEnd:
                if !rest.isEmpty && rest[0] != ASCII.cr || rest.count >= 2 && rest[1] != ASCII.lf {
                    throw .badRequest("chunk data must be followed by CRLF (RFC 9112 §7.1)")
                }
                guard rest.count >= 2 else { return (.needMoreData, offset) }
                offset += 2
                state = .chunkHeader

            case .trailers(let received):
                // RFC 9112 §7.1.2: trailer fields may be discarded; only their size is bounded.
                let room = limits.maxHeadBytes - received
                guard let length = try scanLine(rest, limit: room, tooLong: .headTooLarge(limit: limits.maxHeadBytes))
                else {
                    return (.needMoreData, offset)
                }
                offset += length
                state = length == 2 ? .complete : .trailers(received: received + length)

            case .complete:
                state = .head(scanned: 0, requestLineEnd: nil)
                return (.end, offset)

            case .failed(let error):
                throw error
            }
        }
    }

    /// The length of the CRLF-terminated line at the start of `bytes` (CRLF included), nil if
    /// incomplete; throws `tooLong` once the line cannot fit in `limit` bytes.
    private func scanLine(
        _ bytes: UnsafeBufferPointer<UInt8>, limit: Int,
        tooLong: HTTPParserError
    ) throws(HTTPParserError) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(ASCII.lf), bytes.count) else {
            if bytes.count > limit { throw tooLong }
            return nil
        }
        let lf = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        guard lf > 0, bytes[lf - 1] == ASCII.cr else {
            throw .badRequest("lines must end with CRLF, not a bare LF (RFC 9112 §2.2)")
        }
        if lf + 1 > limit { throw tooLong }
        return lf + 1
    }

    /// Parses `chunk-size [ chunk-ext ]` (RFC 9112 §7.1, §7.1.1); extensions are ignored.
    private func parseChunkSize(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPParserError) -> Int {
        var size = 0
        var index = 0
        while index < line.count, let digit = ASCII.hexValue(line[index]) {
            size = size * 16 + Int(digit)
            guard size <= limits.maxBodyBytes else { throw .bodyTooLarge(limit: limits.maxBodyBytes) }
            index += 1
        }
        guard index > 0 else { throw .badRequest("a chunk must start with its size in hexadecimal (RFC 9112 §7.1)") }
        while index < line.count, ASCII.isWhitespace(line[index]) { index += 1 }
        guard index == line.count || line[index] == ASCII.semicolon else {
            throw .badRequest("invalid characters after the chunk size (RFC 9112 §7.1.1)")
        }
        while index < line.count {
            guard ASCII.isFieldValueChar(line[index]) else {
                throw .badRequest("control character in a chunk extension (RFC 9112 §7.1.1)")
            }
            index += 1
        }
        return size
    }
}
