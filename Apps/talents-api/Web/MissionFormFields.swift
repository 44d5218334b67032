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
    static let order = ["administration", "titre", "description", "nature"]
        + (1...MissionDetails.maximumRequiredSkills).flatMap { ["competence-\($0)", "niveau-\($0)"] }
        + ["heures", "debut", "fin", "date-limite", "departement", "distance", "talents", "crise"]

    let form: MissionForm
    let errors: [String: String]

    var html: HTML {
        """
        \(text("titre", "Titre", hint: "Une phrase courte (\(MissionDetails.maximumTitleLength) caractères au plus)", value: form.title))
        <div class="field">
        <label for="description">Description<span class="hint" id="description-aide">Le besoin, son contexte et ce qui est attendu à la fin de la mission</span></label>
        \(WebLayout.fieldError("description", errors["description"]))
        <textarea id="description" name="description" required\(described("description", hint: true))>\(form.description)</textarea>
        </div>
        <div class="field">
        <label for="nature">Nature de la mission</label>
        \(WebLayout.fieldError("nature", errors["nature"]))
        <select id="nature" name="nature" required\(described("nature", hint: false))><option value="">Choisissez</option>\(natures)</select>
        </div>
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
        \(checkbox("distance", "Réalisable à distance", checked: form.remote))
        \(text("talents", "Nombre de talents recherchés", hint: "De 1 à \(MissionDetails.maximumTalentsSought)", value: form.talentsSought, numeric: true))
        \(checkbox("crise", "Mission de crise (facultatif)", checked: form.crisis))
        """
    }

    private var natures: HTML {
        HTML.joined(MissionNature.allCases.map { nature in
            "<option value=\"\(nature.rawValue)\"\(attribute: "selected", if: form.nature == nature.rawValue)>\(nature.label)</option>"
        })
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
            let options = SkillTaxonomy.standard.skills(in: family).map { item -> HTML in
                "<option value=\"\(item.code.rawValue)\"\(attribute: "selected", if: line.code == item.code.rawValue)>\(item.name)</option>"
            }
            return "<optgroup label=\"\(family.label)\">\(HTML.joined(options))</optgroup>"
        }
        let levels = SkillLevel.allCases.map { item -> HTML in
            "<option value=\"\(item.rawValue)\"\(attribute: "selected", if: line.level == String(item.rawValue))>\(item.rawValue) — \(item.label)</option>"
        }
        return """
            <div class="skill-line">
            <div class="field"><label for="\(skill)">Compétence \(index + 1)</label>
            \(WebLayout.fieldError(skill, errors[skill]))
            <select id="\(skill)" name="\(skill)"\(described(skill, hint: false))><option value="">Aucune</option>\(HTML.joined(groups))</select></div>
            <div class="field"><label for="\(level)">Niveau minimum de la compétence \(index + 1)</label>
            \(WebLayout.fieldError(level, errors[level]))
            <select id="\(level)" name="\(level)"\(described(level, hint: false))>\(HTML.joined(levels))</select></div>
            </div>
            """
    }

    private func text(_ id: String, _ label: String, hint: String, value: String, numeric: Bool = false,
                      required: Bool = true) -> HTML {
        """
        <div class="field">
        <label for="\(id)">\(label)<span class="hint" id="\(id)-aide">\(hint)</span></label>
        \(WebLayout.fieldError(id, errors[id]))
        <input type="text" id="\(id)" name="\(id)" value="\(value)"\(attribute: "inputmode=\"numeric\"", if: numeric)\(attribute: "required", if: required)\(described(id, hint: true))>
        </div>
        """
    }

    private func checkbox(_ id: String, _ label: String, checked: Bool) -> HTML {
        """
        <div class="field checkbox">
        <input type="checkbox" id="\(id)" name="\(id)" value="oui"\(attribute: "checked", if: checked)>
        <label for="\(id)">\(label)</label>
        </div>
        """
    }

    /// ` aria-describedby="…" aria-invalid="true"` as the field's hint and error call for.
    private func described(_ id: String, hint: Bool) -> HTML {
        let error = errors[id] != nil
        let ids = (hint ? ["\(id)-aide"] : []) + (error ? ["\(id)-erreur"] : [])
        let describedBy: HTML = ids.isEmpty ? .empty : " aria-describedby=\"\(ids.joined(separator: " "))\""
        return describedBy + (error ? " aria-invalid=\"true\"" : .empty)
    }
}
