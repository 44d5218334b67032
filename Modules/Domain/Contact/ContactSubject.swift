/// What a message to the programme team is about, chosen on the contact form.
public enum ContactSubject: String, Sendable, Codable, CaseIterable {
    /// The programme itself: how it works, who may take part.
    case programme = "dispositif"
    /// A mission, before applying or proposing one.
    case mission
    /// One's account or personal data.
    case account = "compte"
    /// Anything else.
    case other = "autre"
}
