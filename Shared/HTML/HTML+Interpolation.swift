extension HTML {
    /// Collects literal segments as is and escapes every interpolated value, into one buffer.
    public struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 32 * interpolationCount)
        }

        /// A literal segment written in our code.
        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// Text: escaped, safe in element content and in quoted attribute values.
        public mutating func appendInterpolation(_ text: String) {
            HTMLEscape.append(text, to: &bytes)
        }

        /// Text: escaped, safe in element content and in quoted attribute values.
        public mutating func appendInterpolation(_ text: some StringProtocol) {
            HTMLEscape.append(String(text), to: &bytes)
        }

        /// A number, as text.
        public mutating func appendInterpolation(_ number: Int) {
            HTMLEscape.appendDecimal(number, to: &bytes)
        }

        /// A number, as text.
        public mutating func appendInterpolation(_ number: some BinaryInteger) {
            bytes.append(contentsOf: String(number).utf8)
        }

        /// A safe fragment, inserted as is.
        public mutating func appendInterpolation(_ fragment: HTML) {
            bytes.append(contentsOf: fragment.bytes)
        }

        /// An optional fragment: nothing when nil.
        public mutating func appendInterpolation(_ fragment: HTML?) {
            if let fragment { bytes.append(contentsOf: fragment.bytes) }
        }

        /// One fragment per element of `items`, in order.
        public mutating func appendInterpolation<Items: Sequence>(each items: Items, _ render: (Items.Element) -> HTML)
        {
            for item in items { bytes.append(contentsOf: render(item).bytes) }
        }

        /// A boolean attribute (`checked`, `required`…) written only when `isOn`.
        public mutating func appendInterpolation(attribute name: StaticString, if isOn: Bool) {
            guard isOn else { return }
            bytes.append(0x20)
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }
    }
}
