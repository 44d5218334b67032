/// The header fields of a request: a read-only view over the validated head bytes.
///
/// Lookups are case-insensitive (RFC 9110 §5.1) and scan the few hundred bytes of the head,
/// so parsing a request never builds a dictionary or one string per field.
public struct HTTPHeaders: Sendable, Sequence {
    /// The head as received (request line included).
    private let storage: [UInt8]
    /// Offset of the first field line.
    private let start: Int

    init(storage: [UInt8], start: Int) {
        self.storage = storage
        self.start = start
    }

    /// The first value of the field called `name`, OWS trimmed, or nil.
    public subscript(_ name: String) -> String? {
        var result: String?
        forEachField { fieldName, value in
            guard ASCII.equalsIgnoringCase(fieldName, anyCase: name) else { return true }
            result = String(decoding: value, as: UTF8.self)
            return false
        }
        return result
    }

    /// Every value of the field called `name`, in order.
    public func values(for name: String) -> [String] {
        var result: [String] = []
        forEachField { fieldName, value in
            if ASCII.equalsIgnoringCase(fieldName, anyCase: name) {
                result.append(String(decoding: value, as: UTF8.self))
            }
            return true
        }
        return result
    }

    /// Whether a field called `name` is present.
    public func contains(_ name: String) -> Bool {
        self[name] != nil
    }

    /// The number of field lines.
    public var count: Int {
        var count = 0
        forEachField { _, _ in
            count += 1
            return true
        }
        return count
    }

    /// The fields as (name, value) pairs, names as sent.
    public func makeIterator() -> IndexingIterator<[HTTPField]> {
        var fields: [HTTPField] = []
        forEachField { name, value in
            fields.append(
                HTTPField(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self)))
            return true
        }
        return fields.makeIterator()
    }

    /// Walks the validated field lines; `body` returns false to stop.
    private func forEachField(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) {
        storage.withUnsafeBufferPointer { head in
            var index = start
            while index + 2 < head.count {
                let nameStart = index
                while head[index] != ASCII.colon { index += 1 }
                let name = UnsafeBufferPointer(rebasing: head[nameStart..<index])
                index += 1
                var lineEnd = index
                while head[lineEnd] != ASCII.cr { lineEnd += 1 }
                var valueEnd = lineEnd
                while index < valueEnd, ASCII.isWhitespace(head[index]) { index += 1 }
                while valueEnd > index, ASCII.isWhitespace(head[valueEnd - 1]) { valueEnd -= 1 }
                guard body(name, UnsafeBufferPointer(rebasing: head[index..<valueEnd])) else { return }
                index = lineEnd + 2
            }
        }
    }
}
