/// Why a talent fits a mission: the score by criterion, the required skills held (with both
/// levels) and missing, and the reasons in French with stable codes.
public struct MatchExplanation: Hashable, Sendable {
    /// The score, unrounded (``MatchScore/rounded`` for display).
    public var score: MatchScore
    /// The required skills the talent declares, in the mission's order.
    public var matchedSkills: [MatchedSkill]
    /// The required skills the talent does not declare, in the mission's order.
    public var missingSkills: [SkillRequirement]
    /// The reasons, skills first, then availability, place, and ranking adjustments.
    public var reasons: [MatchReason]

    /// Scores `candidate` for a mission of `details`, or nil when the talent is not a candidate:
    /// no required skill held at its minimum level, or no day of availability in the window.
    public static func evaluate(
        _ details: MissionDetails, _ candidate: MatchCandidate,
        taxonomy: SkillTaxonomy = .standard
    ) -> MatchExplanation? {
        let facts = MatchFacts(details, candidate, taxonomy: taxonomy)
        guard let score = MatchScoring.score(facts) else { return nil }
        var matched: [MatchedSkill] = []
        var missing: [SkillRequirement] = []
        for requirement in details.requiredSkills {
            if let level = candidate.level(of: requirement.code) {
                matched.append(
                    MatchedSkill(
                        code: requirement.code, name: name(of: requirement.code, in: taxonomy),
                        level: level, minimumLevel: requirement.minimumLevel))
            } else {
                missing.append(requirement)
            }
        }
        let window = details.window
        let windowDays = window.start.days(until: window.end) + 1
        let availability = candidate.availability
        let overlap = MatchScoring.overlapDays(from: availability.from, until: availability.until, window: window)

        var reasons = skillReasons(
            matched: matched, missing: missing, total: details.requiredSkills.count,
            taxonomy: taxonomy)
        // Families of the skills not met that the talent covers with other skills.
        let unmetCodes = Set(missing.map(\.code) + matched.filter { !$0.isMet }.map(\.code))
        let unmet = SkillFamilySet(unmetCodes, taxonomy: taxonomy)
        let others = SkillFamilySet(
            candidate.skills.map(\.code).filter { !unmetCodes.contains($0) }, taxonomy: taxonomy)
        let adjacent = unmet.intersection(others)
        if adjacent.count > 0 {
            reasons.append(
                MatchReason(
                    .familyAdjacent,
                    "Autres compétences dans la famille "
                        + adjacent.families.map(\.label).joined(separator: ", ")))
        }
        reasons += availabilityReasons(
            overlap: overlap, windowDays: windowDays, availability: availability,
            effortHours: details.effortHours)
        reasons.append(placeReason(details, sameDepartement: facts.sameDepartement))
        return MatchExplanation(score: score, matchedSkills: matched, missingSkills: missing, reasons: reasons)
    }

    private static func name(of code: SkillCode, in taxonomy: SkillTaxonomy) -> String {
        taxonomy.skill(code)?.name ?? code.rawValue
    }

    private static func skillReasons(
        matched: [MatchedSkill], missing: [SkillRequirement], total: Int,
        taxonomy: SkillTaxonomy
    ) -> [MatchReason] {
        let met = matched.filter(\.isMet).count
        var reasons = [
            met == total
                ? MatchReason(
                    .skillsAllMet, "Toutes les compétences requises au niveau attendu (\(total) sur \(total))")
                : MatchReason(
                    .skillsPartlyMet,
                    "\(met) compétence\(met > 1 ? "s" : "") requise\(met > 1 ? "s" : "") "
                        + "sur \(total) au niveau attendu")
        ]
        for skill in matched where !skill.isMet {
            reasons.append(
                MatchReason(
                    .skillBelowMinimum,
                    "\(skill.name) : niveau \(skill.level.label), "
                        + "\(skill.minimumLevel.label) attendu"))
        }
        if !missing.isEmpty {
            reasons.append(
                MatchReason(
                    .skillsMissing,
                    "Compétences non déclarées : "
                        + missing.map { name(of: $0.code, in: taxonomy) }.joined(separator: ", ")))
        }
        return reasons
    }

    private static func availabilityReasons(
        overlap: Int, windowDays: Int, availability: Availability,
        effortHours: Int
    ) -> [MatchReason] {
        let period =
            overlap == windowDays
            ? MatchReason(.availableWholeWindow, "Disponible sur toute la période de la mission")
            : MatchReason(
                .availablePartWindow,
                "Disponible \(overlap) jour\(overlap > 1 ? "s" : "") "
                    + "sur les \(windowDays) de la mission")
        let need = MatchScoring.neededHoursPerMonth(effortHours: effortHours, windowDays: windowDays)
        let hours =
            "\(availability.hoursPerMonth) h par mois disponibles pour environ \(Int(need.rounded(.up))) h "
            + "par mois estimées"
        let monthly =
            Double(availability.hoursPerMonth) >= need
            ? MatchReason(.hoursSufficient, hours)
            : MatchReason(.hoursShort, hours)
        return [period, monthly]
    }

    private static func placeReason(_ details: MissionDetails, sameDepartement: Bool) -> MatchReason {
        if sameDepartement, let departement = details.departement {
            return MatchReason(.sameDepartement, "Même département (\(departement.code))")
        }
        if details.remote { return MatchReason(.remote, "Mission réalisable à distance") }
        let place = details.departement.map { " (\($0.code))" } ?? ""
        return MatchReason(.otherDepartement, "Mission sur site dans un autre département\(place)")
    }
}
