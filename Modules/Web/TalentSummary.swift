import Domain
import HTML
import Workflows

/// The pieces the owner's pages show of a talent (an applicant, a pool profile, a recommended
/// talent): skills with their levels, availability, the required skills set against them, and the
/// matching's explanation. What may be shown is decided by the use cases; this only writes it.
enum TalentSummary {
    /// `Audit d'accessibilité (RGAA) · Maîtrise` for each skill, as DSFR tags.
    static func skillTags(_ skills: [TalentSkill]) -> HTML {
        guard !skills.isEmpty else { return "<p>Aucune.</p>" }
        let tags = skills.map { skill -> HTML in
            "<li><p class=\"fr-tag\">\(skillName(skill.code)) · \(skill.level.label)</p></li>"
        }
        return "<ul class=\"fr-tags-group\">\(HTML.joined(tags))</ul>"
    }

    /// `8 h par mois, du 1 mars 2027 au 30 juin 2027`.
    static func availability(_ availability: Availability) -> String {
        let hours = "\(availability.hoursPerMonth) h par mois"
        switch (availability.from, availability.until) {
        case (let from?, let until?): return "\(hours), du \(WebFormat.date(from)) au \(WebFormat.date(until))"
        case (let from?, nil): return "\(hours), à partir du \(WebFormat.date(from))"
        case (nil, let until?): return "\(hours), jusqu'au \(WebFormat.date(until))"
        case (nil, nil): return "\(hours), sans limite de période"
        }
    }

    /// The table of a mission's required skills against the talent's levels: what matches,
    /// what is below the level expected, what is missing.
    static func comparison(_ skills: [SkillComparison], caption: String) -> HTML {
        let rows = skills.map { skill -> HTML in
            let standing: HTML =
                switch skill.standing {
                case .met: WebLayout.badge("Au niveau attendu", .success)
                case .below: WebLayout.badge("En dessous du niveau attendu", .warning)
                case .missing: WebLayout.badge("Non déclarée", .error)
                }
            return """
                <tr><th scope="row">\(skill.name)</th><td>\(skill.minimumLevel.label)</td>\
                <td>\(skill.level?.label ?? "—")</td><td>\(standing)</td></tr>
                """
        }
        return WebLayout.table(
            caption, columns: ["Compétence", "Niveau attendu", "Niveau déclaré", "Correspondance"], rows: rows)
    }

    /// The matching's explanation: the score out of 100 and its reasons.
    static func explanation(_ explanation: MatchExplanation) -> HTML {
        let score = WebFormat.decimal(explanation.score.rounded.total)
        let reasons = explanation.reasons.map { "<li>\($0.label)</li>" as HTML }
        return """
            <p>Score de rapprochement : <strong>\(score) sur 100</strong></p>
            <ul>\(HTML.joined(reasons))</ul>
            """
    }

    /// The French name of a skill of the taxonomy.
    static func skillName(_ code: SkillCode) -> String {
        SkillTaxonomy.standard.skill(code)?.name ?? code.rawValue
    }
}
