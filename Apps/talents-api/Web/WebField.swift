import HTML

/// Form fields with their label, hint and error tied together (WCAG 1.3.1, 3.3.1, 3.3.2): the
/// field's id is its name; the hint is `<id>-aide`, the error `<id>-erreur` (see
/// ``WebLayout/fieldError(_:_:)``), both in `aria-describedby`, and `aria-invalid` marks the error.
enum WebField {
    /// An `<input>` of `type` (text, email, number, date…).
    static func input(_ id: String, type: String = "text", label: String, hint: String? = nil, value: String,
                      error: String?, autocomplete: String? = nil, attributes: HTML = .empty) -> HTML {
        let complete: HTML? = autocomplete.map { " autocomplete=\"\($0)\"" }
        return """
            <div class="field">
            \(self.label(id, label, hint: hint))
            \(WebLayout.fieldError(id, error))
            <input type="\(type)" id="\(id)" name="\(id)" value="\(value)"\(complete)\(attributes)\(described(id, hint: hint != nil, error: error != nil))>
            </div>
            """
    }

    /// A `<select>` of `options` (value, text), `selected` chosen.
    static func select(_ id: String, label: String, hint: String? = nil, options: [(value: String, text: String)],
                       selected: String, error: String?) -> HTML {
        let choices = options.map { option -> HTML in
            "<option value=\"\(option.value)\"\(attribute: "selected", if: option.value == selected)>\(option.text)</option>"
        }
        return """
            <div class="field">
            \(self.label(id, label, hint: hint))
            \(WebLayout.fieldError(id, error))
            <select id="\(id)" name="\(id)"\(described(id, hint: hint != nil, error: error != nil))>\(HTML.joined(choices))</select>
            </div>
            """
    }

    /// A `<textarea>`.
    static func textarea(_ id: String, label: String, hint: String? = nil, value: String, error: String?) -> HTML {
        """
        <div class="field">
        \(self.label(id, label, hint: hint))
        \(WebLayout.fieldError(id, error))
        <textarea id="\(id)" name="\(id)"\(described(id, hint: hint != nil, error: error != nil))>\(value)</textarea>
        </div>
        """
    }

    /// A checkbox sent as `name=oui` when ticked, its label after it.
    static func checkbox(_ id: String, name: String, label: String, checked: Bool, error: String?) -> HTML {
        """
        \(WebLayout.fieldError(id, error))
        <div class="field checkbox">
        <input type="checkbox" id="\(id)" name="\(name)" value="oui"\(attribute: "checked", if: checked)\(described(id, hint: false, error: error != nil))>
        <label for="\(id)">\(label)</label>
        </div>
        """
    }

    /// ` aria-describedby="…"` naming the hint and the error that exist, and `aria-invalid`.
    static func described(_ id: String, hint: Bool, error: Bool) -> HTML {
        let ids = [hint ? "\(id)-aide" : nil, error ? "\(id)-erreur" : nil].compactMap { $0 }
        guard !ids.isEmpty else { return .empty }
        return " aria-describedby=\"\(ids.joined(separator: " "))\"\(attribute: "aria-invalid=\"true\"", if: error)"
    }

    private static func label(_ id: String, _ text: String, hint: String?) -> HTML {
        let hint: HTML? = hint.map { "<span class=\"hint\" id=\"\(id)-aide\">\($0)</span>" }
        return "<label for=\"\(id)\">\(text)\(hint)</label>"
    }
}
