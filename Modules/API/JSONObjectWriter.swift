/// Writing JSON members into bytes as `JSONEncoder` does.
struct JSONObjectWriter {
    private var first = true

    /// Opens the object.
    init(into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
    }

    /// Closes the object.
    func end(_ bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "}"))
    }

    /// `"name":` after a comma when needed; `name` is a plain ASCII key.
    mutating func key(_ name: StaticString, _ bytes: inout [UInt8]) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func string(_ name: StaticString, _ value: String, _ bytes: inout [UInt8]) {
        key(name, &bytes)
        JSONBytes.appendString(value, to: &bytes)
    }

    mutating func string(_ name: StaticString, ifPresent value: String?, _ bytes: inout [UInt8]) {
        guard let value else { return }
        string(name, value, &bytes)
    }

    mutating func integer(_ name: StaticString, _ value: some BinaryInteger, _ bytes: inout [UInt8]) {
        key(name, &bytes)
        JSONBytes.appendInteger(value, to: &bytes)
    }

    mutating func bool(_ name: StaticString, _ value: Bool, _ bytes: inout [UInt8]) {
        key(name, &bytes)
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }
}
