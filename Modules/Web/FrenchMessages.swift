import Domain

/// The one French message catalogue of the web front: a function per error enum of Domain and
/// Workflows, each an exhaustive switch, so a new error case does not compile without its French
/// sentence. Sentences are lower case and end with a full stop; pages put them on a field or
/// above the form.
///
/// Extensions per area: `FrenchMessages+Missions.swift`, `+Applications`, `+Engagement`,
/// `+Talents`, `+VisMonJob`.
enum FrenchMessages {
    /// A date later than the horizon (``DateHorizon``), said for the field it concerns: the end of
    /// a mission, an availability, the day of a Vis mon job edition.
    static func dateHorizon(_ error: DateHorizonError) -> String {
        switch error {
        case .beyondHorizon(let field, _, let latest):
            let limit = "au plus tard le \(WebFormat.date(latest))."
            return switch field {
            case "window.end": "une mission finit au plus \(DateHorizon.years) ans après aujourd'hui : \(limit)"
            case "availability.from", "availability.until":
                "une disponibilité se déclare au plus \(DateHorizon.years) ans à l'avance : \(limit)"
            // Any other date field (the Domain names it, not an error case): the general sentence.
            default: "une date se choisit au plus \(DateHorizon.years) ans après aujourd'hui : \(limit)"
            }
        }
    }

    /// A text holding a control character, with the title of the error page that says it.
    static func textInput(_ error: TextInputError) -> (title: String, text: String) {
        switch error {
        case .controlCharacter(let field, _):
            (
                "Caractère non autorisé",
                "Le champ « \(field) » contient un caractère de contrôle invisible (par exemple un caractère nul ou d'échappement), qui n'est pas accepté dans un texte : retirez-le, puis renvoyez le formulaire."
            )
        }
    }
}
