import HTTP

/// Renders missions as JSON bytes directly, byte for byte as the anchors' `JSONEncoder` does
/// (same escapes, `/` included; members in declaration order), without an encoder per request.
enum MissionJSON {
    /// `{"id":…,"title":…,"description":…,"status":…,"hours":…,"created_at":…}`.
    static func render(_ mission: Mission) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(
            80 + mission.title.utf8.count + mission.description.utf8.count
                + mission.status.utf8.count + mission.createdAt.utf8.count)
        bytes.append(contentsOf: #"{"id":"#.utf8)
        appendInteger(mission.id, to: &bytes)
        bytes.append(contentsOf: #","title":"#.utf8)
        appendString(mission.title, to: &bytes)
        bytes.append(contentsOf: #","description":"#.utf8)
        appendString(mission.description, to: &bytes)
        bytes.append(contentsOf: #","status":"#.utf8)
        appendString(mission.status, to: &bytes)
        bytes.append(contentsOf: #","hours":"#.utf8)
        appendInteger(mission.hours, to: &bytes)
        bytes.append(contentsOf: #","created_at":"#.utf8)
        appendString(mission.createdAt, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// A decimal integer.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string as the anchors' `JSONEncoder` writes it, `/` as `\/` (``JSONString``).
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        JSONString.append(value, escapingSlashes: true, to: &bytes)
    }
}
