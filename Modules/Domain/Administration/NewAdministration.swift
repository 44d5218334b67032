/// The input that creates an administration, validated by ``validated(rules:)`` and, once
/// the parent is loaded, ``checkParent(_:)``.
public struct NewAdministration: Hashable, Sendable, Codable {
    /// Maximum length of ``name``, in characters.
    public static let maximumNameLength = 200

    /// The full name (1 to 200 characters, surrounding spaces removed).
    public var name: String
    /// The short code: 2 to 16 of A–Z, 0–9 (lower case is upper-cased).
    public var acronym: String
    /// The level in the hierarchy.
    public var level: AdministrationLevel
    /// The branch of the civil service; must be enabled by the rules.
    public var publicService: PublicService
    /// The parent: none for a ministry, required otherwise.
    public var parentID: AdministrationID?

    /// Creates an unvalidated input.
    public init(
        name: String, acronym: String, level: AdministrationLevel,
        publicService: PublicService = .state, parentID: AdministrationID?
    ) {
        self.name = name
        self.acronym = acronym
        self.level = level
        self.publicService = publicService
        self.parentID = parentID
    }

    /// The normalised input, or the first rule it breaks.
    /// - Throws: ``AdministrationError``.
    public func validated(rules: AdministrationRules = AdministrationRules()) throws -> NewAdministration {
        var result = self
        result.name = name.trimmingWhitespace()
        result.acronym = acronym.trimmingWhitespace().uppercased()
        guard (1...Self.maximumNameLength).contains(result.name.count) else {
            throw AdministrationError.nameLength(count: result.name.count)
        }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        guard (2...16).contains(result.acronym.count), result.acronym.allSatisfy(allowed.contains) else {
            throw AdministrationError.invalidAcronym(acronym)
        }
        guard rules.enabledPublicServices.contains(publicService) else {
            throw AdministrationError.publicServiceNotEnabled(publicService)
        }
        switch (level, parentID) {
        case (.ministry, .some): throw AdministrationError.ministryWithParent
        case (.directorate, nil), (.service, nil), (.other, nil): throw AdministrationError.parentRequired(level)
        default: return result
        }
    }

    /// Checks that `parent` (the administration ``parentID`` points to, as loaded) may hold
    /// this one: it exists, is in the same public service and sits at a higher level.
    /// - Throws: ``AdministrationError``.
    public func checkParent(_ parent: Administration?) throws {
        guard let parentID else { return }
        guard let parent, parent.id == parentID else {
            throw AdministrationError.parentNotFound(parentID)
        }
        guard parent.publicService == publicService else {
            throw AdministrationError.parentPublicServiceMismatch(parent: parent.publicService, child: publicService)
        }
        guard parent.level.canBeParent(of: level) else {
            throw AdministrationError.parentLevelNotAbove(parent: parent.level, child: level)
        }
    }
}
