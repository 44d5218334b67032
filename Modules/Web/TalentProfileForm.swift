import Domain
import Foundation
import HTML
import HTTP

/// The fields of the talent profile form as typed: read from a stored profile, or from a POST to
/// be turned into a ``TalentProfile``. Field ids double as form names, so an error names the
/// field it belongs to.
struct TalentProfileForm {
    var employer: String
    var status: String
    var departement: String
    var managerName: String
    var managerEmail: String
    /// The level typed for each catalogue skill: `""` (not declared) or `"1"`…`"4"`.
    var levels: [SkillCode: String]
    var hours: String
    var from: String
    var until: String
    var presentation: String

    /// The form of a talent who has no profile yet: their own administration, the rest empty.
    init(newFor user: User) {
        employer = user.administrationID.map { String($0.rawValue) } ?? ""
        (status, departement, managerName, managerEmail, hours, from, until, presentation) = (
            "", "", "", "", "", "", "", ""
        )
        levels = [:]
    }

    /// The form showing `profile`.
    init(_ profile: TalentProfile) {
        employer = String(profile.employerID.rawValue)
        status = profile.status.rawValue
        departement = profile.departement.code
        managerName = profile.lineManager.name
        managerEmail = profile.lineManager.email.value
        levels = Dictionary(
            profile.skills.map { ($0.code, String($0.level.rawValue)) }, uniquingKeysWith: { first, _ in first })
        hours = String(profile.availability.hoursPerMonth)
        from = profile.availability.from?.description ?? ""
        until = profile.availability.until?.description ?? ""
        presentation = profile.presentation
    }

    /// The form as posted; a skill outside the catalogue is ignored (the form never offers one).
    init(_ form: HTTPQuery) {
        employer = form["employeur"] ?? ""
        status = form["statut"] ?? ""
        departement = form["departement"] ?? ""
        managerName = form["responsable-nom"] ?? ""
        managerEmail = form["responsable-courriel"] ?? ""
        levels = [:]
        for skill in SkillTaxonomy.standard.skills {
            if let level = form[Self.skillField(skill.code)], !level.isEmpty { levels[skill.code] = level }
        }
        hours = form["heures"] ?? ""
        from = form["disponible-du"] ?? ""
        until = form["disponible-au"] ?? ""
        presentation = form["presentation"] ?? ""
    }

    /// The id and name of the level select of `code`.
    static func skillField(_ code: SkillCode) -> String {
        "competence-\(code.rawValue)"
    }

    /// The profile the fields describe, or the errors of the fields that cannot be read, by field
    /// id. The profile's own rules (lengths, ranges) are checked by the use case.
    func profile() -> Result<TalentProfile, FormErrors> {
        var errors = FormErrors()
        let employerID = AdministrationID(employer).flatMap { $0.rawValue > 0 ? $0 : nil }
        if employerID == nil { errors["employeur"] = "choisissez votre administration employeuse." }
        let status = EmploymentStatus(rawValue: self.status)
        if status == nil { errors["statut"] = "choisissez votre statut." }
        let departement = try? Departement(departement)
        if departement == nil {
            errors["departement"] = "saisissez un numéro de département, par exemple 75, 2A ou 974."
        }
        if managerName.trimmingCharacters(in: .whitespaces).isEmpty {
            errors["responsable-nom"] = "saisissez le nom de votre responsable hiérarchique."
        }
        let email = try? EmailAddress(managerEmail)
        if email == nil {
            errors["responsable-courriel"] =
                "saisissez l'adresse électronique de votre responsable, par exemple prenom.nom@exemple.gouv.fr."
        }
        var skills: [TalentSkill] = []
        for skill in SkillTaxonomy.standard.skills {
            guard let text = levels[skill.code] else { continue }
            if let level = Int(text).flatMap(SkillLevel.init(rawValue:)) {
                skills.append(TalentSkill(skill.code, level))
            } else {
                errors[Self.skillField(skill.code)] = "choisissez un niveau de 1 à 4."
            }
        }
        if levels.isEmpty { errors["competences"] = FrenchMessages.talent(.noSkill).text }
        let hours = Int(self.hours.trimmingCharacters(in: .whitespaces))
        if hours == nil { errors["heures"] = "saisissez un nombre entier d'heures par mois, par exemple 8." }
        let from = date(self.from, field: "disponible-du", errors: &errors)
        let until = date(self.until, field: "disponible-au", errors: &errors)
        guard errors.isEmpty, let employerID, let status, let departement, let email, let hours else {
            return .failure(errors)
        }
        return .success(
            TalentProfile(
                employerID: employerID, status: status, lineManager: LineManager(name: managerName, email: email),
                departement: departement, skills: skills,
                availability: Availability(hoursPerMonth: hours, from: from, until: until),
                presentation: presentation))
    }

    /// An optional date: nil when empty, or when unreadable (then with an error for `field`).
    private func date(_ text: String, field: String, errors: inout FormErrors) -> LocalDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let date = WebFormat.parseDate(text) else {
            errors[field] = WebFormat.dateError
            return nil
        }
        return date
    }
}

/// The errors of a form: a French message by field id, in the order the fields were checked.
struct FormErrors: Error {
    private(set) var fields: [String] = []
    private var messages: [String: String] = [:]

    var isEmpty: Bool { fields.isEmpty }

    subscript(field: String) -> String? {
        get { messages[field] }
        set {
            if messages[field] == nil, newValue != nil { fields.append(field) }
            if newValue == nil { fields.removeAll { $0 == field } }
            messages[field] = newValue
        }
    }

    /// "N erreurs empêchent l'enregistrement" and a link to each field, for the top of the page.
    var summary: HTML? {
        WebLayout.errorSummary(
            "\(fields.count == 1 ? "Une erreur empêche" : "\(fields.count) erreurs empêchent") l'enregistrement",
            errors: fields.map { (field: $0, message: messages[$0] ?? "") })
    }
}
