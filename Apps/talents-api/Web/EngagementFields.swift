import HTML

/// The labelled fields of the engagement forms: each with its hint and its error tied to it by
/// `aria-describedby` (`<id>-aide`, `<id>-erreur`) and `aria-invalid="true"` when refused.
enum EngagementFields {
    /// An `<input>` of `type` named like its id.
    static func input(_ id: String, label: String, hint: String? = nil, type: String = "text", value: String,
                      error: String?, required: Bool = true, extra: HTML = .empty) -> HTML {
        """
        <div class="field">
        \(labelTag(id, label, hint))
        \(WebLayout.fieldError(id, error))
        <input type="\(type)" id="\(id)" name="\(id)" value="\(value)"\(attribute: "required", if: required)\(described(id, hint, error))\(extra)>
        </div>
        """
    }

    /// A `<textarea>` named like its id.
    static func textarea(_ id: String, label: String, hint: String? = nil, value: String, error: String?,
                         required: Bool = true) -> HTML {
        """
        <div class="field">
        \(labelTag(id, label, hint))
        \(WebLayout.fieldError(id, error))
        <textarea id="\(id)" name="\(id)"\(attribute: "required", if: required)\(described(id, hint, error))>\(value)</textarea>
        </div>
        """
    }

    /// A `<select>` of `options` (value, text) named like its id, `selected` chosen.
    static func select(_ id: String, label: String, options: [(value: String, text: String)], selected: String,
                       error: String?) -> HTML {
        let items = options.map { option -> HTML in
            "<option value=\"\(option.value)\"\(attribute: "selected", if: option.value == selected)>\(option.text)</option>"
        }
        return """
            <div class="field">
            \(labelTag(id, label, nil))
            \(WebLayout.fieldError(id, error))
            <select id="\(id)" name="\(id)"\(described(id, nil, error))>\(HTML.joined(items))</select>
            </div>
            """
    }

    /// The hidden fields every engagement form carries: the CSRF token, and the revision read.
    static func hidden(_ context: WebContext, revision: Int? = nil) -> HTML {
        guard let revision else { return context.csrfField }
        return "\(context.csrfField)<input type=\"hidden\" name=\"revision\" value=\"\(revision)\">"
    }

    /// An error of the whole form or page, shown at the top.
    static func formError(_ message: String?) -> HTML {
        message.map { "<div class=\"alert\" id=\"page-erreur\"><p>Erreur : \($0)</p></div>" } ?? .empty
    }

    private static func labelTag(_ id: String, _ label: String, _ hint: String?) -> HTML {
        let hintTag: HTML = hint.map { "<span class=\"hint\" id=\"\(id)-aide\">\($0)</span>" } ?? .empty
        return "<label for=\"\(id)\">\(label)\(hintTag)</label>"
    }

    private static func described(_ id: String, _ hint: String?, _ error: String?) -> HTML {
        let ids = [hint.map { _ in "\(id)-aide" }, error.map { _ in "\(id)-erreur" }].compactMap { $0 }
        guard !ids.isEmpty else { return .empty }
        let invalid: HTML = error == nil ? .empty : " aria-invalid=\"true\""
        return " aria-describedby=\"\(ids.joined(separator: " "))\"\(invalid)"
    }
}
