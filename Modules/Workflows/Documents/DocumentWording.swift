public import Domain
import Gamification
import Notifications

/// The French words of the documents (``PrintableDocument``): the names of states, sides and
/// modes, administrations as "Name (ACRONYM)", dates and hours as the pages write them.
enum DocumentWording {
    /// `Direction interministérielle du numérique (DINUM)`.
    static func administration(_ administration: Administration) -> String {
        "\(administration.name) (\(administration.acronym))"
    }

    /// `12 novembre 2026`.
    static func date(_ date: LocalDate) -> String {
        FrenchDate.format(date)
    }

    /// `12 novembre 2026 à 14 h 30`, Paris time.
    static func instant(_ instant: Instant) -> String {
        FrenchDate.format(instant)
    }

    /// The day `instant` falls on, Paris time.
    static func day(_ instant: Instant) -> String {
        FrenchDate.format(FrenchDate.day(of: instant))
    }

    /// `4 h 30`, `45 min`.
    static func duration(minutes: Int) -> String {
        FrenchDate.duration(minutes: minutes)
    }

    /// `du 1er décembre 2026 au 15 janvier 2027`.
    static func window(_ window: DateWindow) -> String {
        "du \(date(window.start)) au \(date(window.end))"
    }

    /// `« text »`, the guillemets held to the text by no-break spaces (French typography).
    static func quoted(_ text: String) -> String {
        "«\u{00A0}\(text)\u{00A0}»"
    }

    /// `12 heures`, `1 heure`.
    static func hours(_ hours: Int) -> String {
        hours == 1 ? "1 heure" : "\(hours) heures"
    }

    /// The French name of a side of an agreement.
    static func party(_ party: AgreementParty) -> String {
        switch party {
        case .talent: "Agent (talent)"
        case .lineManager: "Responsable hiérarchique"
        case .owner: "Responsable de mission"
        }
    }

    /// The French name of a work mode.
    static func workMode(_ mode: WorkMode) -> String {
        switch mode {
        case .remote: "À distance"
        case .onSite: "Sur site"
        case .hybrid: "Mixte (à distance et sur site)"
        }
    }

    /// `convention-42.pdf`: lower-case ASCII letters, digits and hyphens only.
    static func filename(_ stem: String) -> String {
        let folded = stem.lowercased().applyingFrenchFolding()
        var name = ""
        for character in folded {
            if character.isASCII, character.isLetter || character.isNumber {
                name.append(character)
            } else if !name.hasSuffix("-") {
                name.append("-")
            }
        }
        while name.hasSuffix("-") { name.removeLast() }
        return (name.isEmpty ? "document" : name) + ".pdf"
    }
}

extension String {
    /// The text without its accents (`é` → `e`, `œ` → `oe`), for file names.
    fileprivate func applyingFrenchFolding() -> String {
        let pairs: [Character: String] = [
            "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
            "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y", "œ": "oe", "æ": "ae"
        ]
        return String(flatMap { pairs[$0] ?? String($0) })
    }
}

extension AgreementStatus {
    /// The French name of the status, as the documents and the pages write it.
    public var frenchName: String {
        switch self {
        case .awaitingSignatures: "En attente des signatures"
        case .signed: "Signée"
        case .refused: "Refusée"
        case .completed: "Mission terminée"
        case .interrupted: "Interrompue"
        }
    }
}
