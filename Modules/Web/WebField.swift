import HTML

/// The one way the pages render a form field: its label, hint and error tied together (WCAG
/// 1.3.1, 3.3.1, 3.3.2). The hint is `<id>-aide`, the error `<id>-erreur` (see
/// ``WebLayout/fieldError(_:_:)``), both named by `aria-describedby`, and `aria-invalid="true"`
/// marks the error. The field's name is its id unless `name` says otherwise.
enum WebField {
    /// An `<input>` of `type` (text, email, number, date…); `attributes` adds the others the
    /// field needs (`min`, `max`, `step`, `maxlength`, `inputmode`…), each with its leading space.
    static func input(
        _ id: String, name: String? = nil, label: String, hint: String? = nil, type: String = "text",
        value: String, autocomplete: String? = nil, error: String?, required: Bool = false,
        attributes: HTML = .empty
    ) -> HTML {
        let complete: HTML? = autocomplete.map { " autocomplete=\"\($0)\"" }
        return field(
            id, label: label, hint: hint, error: error,
            control: """
                <input class="fr-input\(error == nil ? "" : " fr-input--error")" type="\(type)" id="\(id)" name="\(name ?? id)" value="\(value)"\(attribute: "required", if: required)\
                \(complete)\(attributes)\(described(id, hint: hint != nil, error: error != nil))>
                """)
    }

    /// A `<select>` of `options` (value, text), `selected` chosen; a first empty choice is one of
    /// the `options` with the value `""`.
    static func select(
        _ id: String, name: String? = nil, label: String, hint: String? = nil,
        options: [(value: String, text: String)], selected: String?, required: Bool = false,
        error: String?
    ) -> HTML {
        select(
            id, name: name, label: label, hint: hint, choices: self.options(options, selected: selected),
            required: required, error: error)
    }

    /// A `<select>` of `choices` already rendered (`<option>`s, `<optgroup>`s).
    static func select(
        _ id: String, name: String? = nil, label: String, hint: String? = nil, choices: HTML,
        required: Bool = false, error: String?
    ) -> HTML {
        field(
            id, label: label, hint: hint, error: error,
            control: """
                <select class="fr-select\(error == nil ? "" : " fr-select--error")" id="\(id)" name="\(name ?? id)"\(attribute: "required", if: required)\
                \(described(id, hint: hint != nil, error: error != nil))>\(choices)</select>
                """)
    }

    /// The `<option>`s of `options` (value, text), the one of value `selected` chosen.
    static func options(_ options: [(value: String, text: String)], selected: String?) -> HTML {
        HTML.joined(
            options.map { option -> HTML in
                "<option value=\"\(option.value)\"\(attribute: "selected", if: option.value == selected)>\(option.text)</option>"
            })
    }

    /// A `<textarea>`.
    static func textarea(
        _ id: String, label: String, hint: String? = nil, value: String, error: String?,
        required: Bool = false
    ) -> HTML {
        field(
            id, label: label, hint: hint, error: error,
            control: """
                <textarea class="fr-input\(error == nil ? "" : " fr-input--error")" id="\(id)" name="\(id)"\(attribute: "required", if: required)\
                \(described(id, hint: hint != nil, error: error != nil))>\(value)</textarea>
                """)
    }

    /// A checkbox sent as `name=oui` when ticked, its label after it and its error before it.
    static func checkbox(_ id: String, name: String? = nil, label: String, checked: Bool, error: String? = nil) -> HTML
    {
        """
        <div class="fr-checkbox-group\(error == nil ? "" : " fr-checkbox-group--error") fr-mb-3w">
        <input type="checkbox" id="\(id)" name="\(name ?? id)" value="oui"\(attribute: "checked", if: checked)\(described(id, hint: false, error: error != nil))>
        <label class="fr-label" for="\(id)">\(label)</label>
        \(WebLayout.fieldError(id, error))
        </div>
        """
    }

    /// The hidden fields of a form that changes a stored record: the CSRF token, and the
    /// `revision` read (a stale one is refused with 409).
    static func hidden(_ context: WebContext, revision: Int? = nil) -> HTML {
        guard let revision else { return context.csrfField }
        return "\(context.csrfField)<input type=\"hidden\" name=\"revision\" value=\"\(revision)\">"
    }

    /// ` aria-describedby="…"` naming the hint and the error that exist, and `aria-invalid`.
    private static func described(_ id: String, hint: Bool, error: Bool) -> HTML {
        let ids = [hint ? "\(id)-aide" : nil, error ? "\(id)-erreur" : nil].compactMap { $0 }
        guard !ids.isEmpty else { return .empty }
        return " aria-describedby=\"\(ids.joined(separator: " "))\"\(attribute: "aria-invalid=\"true\"", if: error)"
    }

    /// The labelled block around `control`: the label and its hint, then the error, then the control.
    private static func field(_ id: String, label: String, hint: String?, error: String?, control: HTML) -> HTML {
        let hint: HTML? = hint.map { "<span class=\"fr-hint-text\" id=\"\(id)-aide\">\($0)</span>" }
        let group = control.hasPrefix("<select") ? "fr-select-group" : "fr-input-group"
        return """
            <div class="\(group)\(error == nil ? "" : " \(group)--error")">
            <label class="fr-label" for="\(id)">\(label)\(hint)</label>
            \(WebLayout.fieldError(id, error))
            \(control)
            </div>
            """
    }
}
