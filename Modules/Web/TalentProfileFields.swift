import Domain
import HTML

/// The fields of the talent profile form, grouped in fieldsets: the post, the line manager, the
/// skills (one level select per skill of the catalogue, a fieldset per family: usable without
/// script and with a keyboard), the availability and the presentation.
enum TalentProfileFields {
    static func html(_ form: TalentProfileForm, administrations: [Administration], errors: FormErrors) -> HTML {
        let employers =
            [(value: "", text: "Choisissez votre administration")]
            + administrations.map { (value: String($0.id.rawValue), text: WebFormat.administration($0)) }
        let statuses =
            [(value: "", text: "Choisissez votre statut")]
            + EmploymentStatus.allCases.map { (value: $0.rawValue, text: $0.label) }
        return """
            <fieldset class="group"><legend>Votre poste</legend>
            \(WebField.select("employeur", label: "Administration employeuse", options: employers, selected: form.employer,
                              error: errors["employeur"]))
            \(WebField.select("statut", label: "Statut", options: statuses, selected: form.status, error: errors["statut"]))
            \(WebField.input("departement", label: "Département de travail", hint: "Numéro du département, par exemple 75, 2A ou 974",
                             value: form.departement, error: errors["departement"], attributes: " inputmode=\"text\" maxlength=\"3\""))
            </fieldset>
            <fieldset class="group"><legend>Votre responsable hiérarchique</legend>
            <p class="hint">Il ou elle donne son accord à chacune de vos missions.</p>
            \(WebField.input("responsable-nom", label: "Nom", value: form.managerName, error: errors["responsable-nom"],
                             attributes: " maxlength=\"\(TalentProfile.maximumLineManagerNameLength)\""))
            \(WebField.input("responsable-courriel", label: "Adresse électronique",
                             hint: "Par exemple prenom.nom@exemple.gouv.fr", type: "email", value: form.managerEmail,
                             error: errors["responsable-courriel"]))
            </fieldset>
            \(skills(form, errors: errors))
            <fieldset class="group"><legend>Disponibilité</legend>
            \(WebField.input("heures", label: "Heures par mois",
                             hint: "Le temps que vous pouvez consacrer aux missions, de 1 à \(Availability.maximumHoursPerMonth) heures",
                             type: "number", value: form.hours, error: errors["heures"],
                             attributes: " min=\"1\" max=\"\(Availability.maximumHoursPerMonth)\" step=\"1\""))
            \(WebField.input("disponible-du", label: "Disponible à partir du (facultatif)",
                             hint: WebFormat.dateHint, type: "date", value: form.from, error: errors["disponible-du"]))
            \(WebField.input("disponible-au", label: "Disponible jusqu'au (facultatif)",
                             hint: WebFormat.dateHint, type: "date", value: form.until, error: errors["disponible-au"]))
            </fieldset>
            \(WebField.textarea("presentation", label: "Présentation (facultatif)",
                                hint: "Votre parcours et ce que vous aimez apporter, en \(TalentProfile.maximumPresentationLength) caractères au plus",
                                value: form.presentation, error: errors["presentation"]))
            """
    }

    /// A fieldset per family of the catalogue, a level select per skill.
    private static func skills(_ form: TalentProfileForm, errors: FormErrors) -> HTML {
        let levels =
            [(value: "", text: "Non déclarée")]
            + SkillLevel.allCases.map { (value: String($0.rawValue), text: "\($0.rawValue) — \($0.label)") }
        let families = SkillFamily.allCases.map { family -> HTML in
            let selects = SkillTaxonomy.standard.skills(in: family).map { skill -> HTML in
                let id = TalentProfileForm.skillField(skill.code)
                return WebField.select(
                    id, label: skill.name, options: levels, selected: form.levels[skill.code] ?? "",
                    error: errors[id])
            }
            return """
                <fieldset class="group"><legend>\(family.label)</legend>
                <div class="filters">\(HTML.joined(selects))</div>
                </fieldset>
                """
        }
        // The declared skills first, so they are seen without going through the whole catalogue.
        let declared = SkillTaxonomy.standard.skills.compactMap { skill -> String? in
            guard let level = form.levels[skill.code].flatMap({ Int($0) }).flatMap(SkillLevel.init(rawValue:)) else {
                return nil
            }
            return "\(skill.name) (\(level.rawValue) — \(level.label))"
        }
        let summary: HTML? =
            declared.isEmpty ? nil : "<p>Compétences déclarées : \(declared.joined(separator: " ; ")).</p>"
        let error = errors["competences"]
        // aria-invalid belongs to the fields, not to their group: the fieldset names its error only.
        return """
            <fieldset class="group" id="competences" aria-describedby="competences-aide\(error == nil ? "" : " competences-erreur")">
            <legend>Compétences</legend>
            <p class="hint" id="competences-aide">Choisissez votre niveau pour chaque compétence que vous pratiquez (au moins une) : 1 Notions, 2 Pratique, 3 Maîtrise, 4 Expert. Laissez « Non déclarée » les autres.</p>
            \(summary)
            \(WebLayout.fieldError("competences", error))
            \(HTML.joined(families))
            </fieldset>
            """
    }
}
