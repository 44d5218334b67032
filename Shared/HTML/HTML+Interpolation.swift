extension HTML {
    /// Collects literal segments as is and escapes every interpolated value.
    public struct Interpolation: StringInterpolationProtocol {
        var rendered = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// A literal segment written in our code.
        public mutating func appendLiteral(_ literal: StaticString) {
            rendered += literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        }

        /// Text: escaped, safe in element content and in quoted attribute values.
        public mutating func appendInterpolation(_ text: some StringProtocol) {
            rendered += HTMLEscape.text(String(text))
        }

        /// A number, as text.
        public mutating func appendInterpolation(_ number: some BinaryInteger) {
            rendered += String(number)
        }

        /// A safe fragment, inserted as is.
        public mutating func appendInterpolation(_ fragment: HTML) {
            rendered += fragment.rendered
        }

        /// An optional fragment: nothing when nil.
        public mutating func appendInterpolation(_ fragment: HTML?) {
            rendered += fragment?.rendered ?? ""
        }

        /// One fragment per element of `items`, in order.
        public mutating func appendInterpolation<Items: Sequence>(each items: Items, _ render: (Items.Element) -> HTML)
        {
            for item in items { rendered += render(item).rendered }
        }

        /// A boolean attribute (`checked`, `required`…) written only when `isOn`.
        public mutating func appendInterpolation(attribute name: StaticString, if isOn: Bool) {
            guard isOn else { return }
            rendered += " " + name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        }
    }
}
