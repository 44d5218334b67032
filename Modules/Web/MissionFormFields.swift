import Domain
import HTML

/// The fields of the mission form, each with its label, hint and error tied to it
/// (`aria-describedby`, `aria-invalid`). Ids: `titre`, `description`, `nature`,
/// `competence-1`…`competence-10` and `niveau-1`…, `heures`, `debut`, `fin`, `date-limite`,
/// `departement`, `distance`, `talents`, `crise`.
struct MissionFormFields {
    /// The skill lines shown open; the others wait in a disclosure.
    static let openSkillLines = 3
    /// Field ids in the order of the form (for the summary of errors).
    static let order =
        ["administration", "titre", "description", "nature"]
        + (1...MissionDetails.maximumRequiredSkills).flatMap { ["competence-\($0)", "niveau-\($0)"] }
        + ["heures", "debut", "fin", "date-limite", "departement", "distance", "talents", "crise"]

    let form: MissionForm
    let errors: [String: String]

    var html: HTML {
        let natures =
            [(value: "", text: "Choisissez")] + MissionNature.allCases.map { (value: $0.rawValue, text: $0.label) }
        return """
            \(text("titre", "Titre", hint: "Une phrase courte (\(MissionDetails.maximumTitleLength) caractères au plus)", value: form.title))
            \(WebField.textarea("description", label: "Description",
                                hint: "Le besoin, son contexte et ce qui est attendu à la fin de la mission",
                                value: form.description, error: errors["description"], required: true))
            \(WebField.select("nature", label: "Nature de la mission", options: natures, selected: form.nature, required: true,
                              error: errors["nature"]))
            <fieldset>
            <legend>Compétences attendues<span class="hint">De 1 à \(MissionDetails.maximumRequiredSkills) compétences du référentiel, chacune avec le niveau minimum attendu ; laissez « Aucune » sur les lignes inutiles.</span></legend>
            \(HTML.joined((0..<Self.openSkillLines).map(skillLine)))
            <details\(attribute: "open", if: moreSkillsOpen)><summary>Plus de compétences</summary>
            \(HTML.joined((Self.openSkillLines..<form.skills.count).map(skillLine)))
            </details>
            </fieldset>
            \(text("heures", "Effort estimé, en heures", hint: "Un nombre entier, par exemple 20", value: form.effortHours, numeric: true))
            \(text("debut", "Début de la mission", hint: "Format jj/mm/aaaa", value: form.start))
            \(text("fin", "Fin de la mission", hint: "Format jj/mm/aaaa ; au plus \(MissionDetails.maximumWindowMonths) mois après le début", value: form.end))
            \(text("date-limite", "Date limite de candidature", hint: "Format jj/mm/aaaa ; au plus tard la fin de la mission", value: form.deadline))
            \(text("departement", "Département (facultatif si la mission se fait à distance)", hint: "Le code, par exemple 75, 2A ou 974", value: form.departement, required: false))
            \(WebField.checkbox("distance", label: "Réalisable à distance", checked: form.remote))
            \(text("talents", "Nombre de talents recherchés", hint: "De 1 à \(MissionDetails.maximumTalentsSought)", value: form.talentsSought, numeric: true))
            \(WebField.checkbox("crise", label: "Mission de crise (facultatif)", checked: form.crisis))
            """
    }

    private var moreSkillsOpen: Bool {
        (Self.openSkillLines..<form.skills.count).contains {
            !form.skills[$0].code.isEmpty || errors["competence-\($0 + 1)"] != nil || errors["niveau-\($0 + 1)"] != nil
        }
    }

    private func skillLine(_ index: Int) -> HTML {
        let line = form.skills[index]
        let (skill, level) = ("competence-\(index + 1)", "niveau-\(index + 1)")
        let groups = SkillFamily.allCases.map { family -> HTML in
            let skills = SkillTaxonomy.standard.skills(in: family).map { (value: $0.code.rawValue, text: $0.name) }
            return "<optgroup label=\"\(family.label)\">\(WebField.options(skills, selected: line.code))</optgroup>"
        }
        let levels = SkillLevel.allCases.map { (value: String($0.rawValue), text: "\($0.rawValue) — \($0.label)") }
        return """
            <div class="skill-line">
            \(WebField.select(skill, label: "Compétence \(index + 1)", choices: "<option value=\"\">Aucune</option>\(HTML.joined(groups))",
                              error: errors[skill]))
            \(WebField.select(level, label: "Niveau minimum de la compétence \(index + 1)", options: levels, selected: line.level,
                              error: errors[level]))
            </div>
            """
    }

    /// A text input (`inputmode="numeric"` for a number: a text field keeps any input for its error).
    private func text(
        _ id: String, _ label: String, hint: String, value: String, numeric: Bool = false,
        required: Bool = true
    ) -> HTML {
        WebField.input(
            id, label: label, hint: hint, value: value, error: errors[id], required: required,
            attributes: numeric ? " inputmode=\"numeric\"" : .empty)
    }
}
