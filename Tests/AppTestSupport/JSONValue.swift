import Foundation

/// A JSON value the tests build and bend (wrong types, missing members) before sending it.
enum JSONValue: Sendable, Equatable, Encodable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral
{
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(uniqueKeysWithValues: elements))
    }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// A value of another JSON type, for "wrong type" inputs.
    var ofAnotherType: JSONValue {
        switch self {
        case .string: .integer(12345)
        case .integer, .bool, .null: .string("12")
        case .array: .object([:])
        case .object: .array([])
        }
    }

    /// The members of an object (empty for other values).
    var members: [String: JSONValue] {
        if case .object(let members) = self { members } else { [:] }
    }

    /// A copy of this object with `name` set to `value`, or removed when `value` is nil.
    func setting(_ name: String, to value: JSONValue?) -> JSONValue {
        var members = members
        members[name] = value
        return .object(members)
    }

    /// The compact JSON text.
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}
