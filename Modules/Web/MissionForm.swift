import Domain
import HTTP

/// The fields of the mission form as typed (kept as text, so a refused form comes back as the
/// owner wrote it), their reading into `MissionDetails`, and the French messages of the rules
/// they break, each tied to the id of its field.
struct MissionForm {
    /// One line of the skills: a code from the taxonomy and a minimum level, as typed.
    struct SkillLine {
        var code = ""
        var level = String(SkillLevel.practice.rawValue)
    }

    var title = ""
    var description = ""
    var nature = ""
    var skills = Array(repeating: SkillLine(), count: MissionDetails.maximumRequiredSkills)
    var effortHours = ""
    var start = ""
    var end = ""
    var deadline = ""
    var departement = ""
    var remote = false
    var talentsSought = "1"
    var crisis = false
    /// The beneficiary administration's id (creation only; empty for the owner's own).
    var administration = ""

    /// An empty form.
    init() {}

    /// The fields of a posted form.
    init(_ form: HTTPQuery) {
        title = form["titre"] ?? ""
        description = form["description"] ?? ""
        nature = form["nature"] ?? ""
        for index in skills.indices {
            skills[index] = SkillLine(
                code: form["competence-\(index + 1)"] ?? "",
                level: form["niveau-\(index + 1)"] ?? "")
        }
        effortHours = form["heures"] ?? ""
        start = form["debut"] ?? ""
        end = form["fin"] ?? ""
        deadline = form["date-limite"] ?? ""
        departement = form["departement"] ?? ""
        remote = form["distance"] != nil
        talentsSought = form["talents"] ?? ""
        crisis = form["crise"] != nil
        administration = form["administration"] ?? ""
    }

    /// The fields of a stored draft.
    init(_ details: MissionDetails) {
        title = details.title
        description = details.description
        nature = details.nature.rawValue
        for (index, requirement) in details.requiredSkills.prefix(skills.count).enumerated() {
            skills[index] = SkillLine(code: requirement.code.rawValue, level: String(requirement.minimumLevel.rawValue))
        }
        effortHours = String(details.effortHours)
        start = details.window.start.frenchNumeric
        end = details.window.end.frenchNumeric
        deadline = details.applicationDeadline.frenchNumeric
        departement = details.departement?.code ?? ""
        remote = details.remote
        talentsSought = String(details.talentsSought)
        crisis = details.crisis
    }

    /// The details the fields stand for, or the message of each field that cannot be read, by
    /// field id; the domain's rules are checked by the use case afterwards.
    func details() -> Result<MissionDetails, Errors> {
        var errors: [String: String] = [:]
        let nature = MissionNature(rawValue: self.nature)
        if nature == nil { errors["nature"] = "choisissez la nature de la mission." }
        var requirements: [SkillRequirement] = []
        for (index, line) in skills.enumerated() where !line.code.isEmpty {
            guard let level = Int(line.level).flatMap(SkillLevel.init(rawValue:)) else {
                errors["niveau-\(index + 1)"] = "choisissez le niveau minimum attendu."
                continue
            }
            requirements.append(SkillRequirement(SkillCode(line.code), minimumLevel: level))
        }
        let effort = Int(effortHours.trimmed)
        if effort == nil { errors["heures"] = "saisissez un nombre entier d'heures, par exemple 20." }
        let dates = [("debut", start), ("fin", end), ("date-limite", deadline)].map { id, text in
            let date = WebFormat.parseDate(text)
            if date == nil { errors[id] = WebFormat.dateError }
            return date
        }
        var place: Departement?
        if !departement.trimmed.isEmpty {
            place = try? Departement(departement)
            if place == nil { errors["departement"] = "saisissez un code de département, par exemple 75, 2A ou 974." }
        }
        let talents = Int(talentsSought.trimmed)
        if talents == nil {
            errors["talents"] = "saisissez un nombre entier de talents, de 1 à \(MissionDetails.maximumTalentsSought)."
        }
        guard errors.isEmpty, let nature, let effort, let start = dates[0], let end = dates[1],
            let deadline = dates[2], let talents
        else { return .failure(Errors(fields: errors)) }
        return .success(
            MissionDetails(
                title: title, description: description, nature: nature, requiredSkills: requirements,
                effortHours: effort,
                window: DateWindow(start: start, end: end), departement: place, remote: remote, talentsSought: talents,
                applicationDeadline: deadline, crisis: crisis))
    }

    /// The administration chosen, nil for the owner's own.
    var administrationID: AdministrationID? {
        AdministrationID(administration)
    }

    /// The messages of a refused form: per field id, and for the form as a whole.
    struct Errors: Error {
        var fields: [String: String] = [:]
        var form: String?
    }

    /// The message of a rule the details break, on the field it names (or on the form for a
    /// transition refused).
    func errors(for error: MissionError) -> Errors {
        let message = FrenchMessages.mission(error, skillField: skillField)
        return message.field.map { Errors(fields: [$0: message.text]) } ?? Errors(form: message.text)
    }

    /// The id of the select of the `index`-th skill sent (empty lines are skipped).
    private func skillField(_ index: Int) -> String {
        let lines = skills.indices.filter { !skills[$0].code.isEmpty }
        return "competence-\((index < lines.count ? lines[index] : 0) + 1)"
    }

}

extension String {
    /// Without surrounding spaces.
    fileprivate var trimmed: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
