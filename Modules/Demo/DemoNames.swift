/// Common French first and last names, and how they become the local part of an e-mail address.
enum DemoNames {
    /// Feminine first names, among the most given in France from the 1960s to the 1990s.
    static let feminine = [
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Valérie", "Christine", "Sandrine",
        "Céline", "Stéphanie", "Aurélie", "Émilie", "Julie", "Camille", "Laura", "Sarah", "Claire",
        "Anne-Sophie", "Hélène", "Sophie", "Caroline", "Virginie", "Élodie", "Mélanie", "Pauline",
        "Charlotte", "Léa", "Manon", "Chloé", "Inès", "Amandine", "Agnès", "Béatrice", "Florence",
        "Karine", "Nadia", "Fatima", "Samia", "Laëtitia", "Marion"
    ]

    /// Masculine first names, from the same years.
    static let masculine = [
        "Philippe", "Christophe", "Stéphane", "Laurent", "Nicolas", "Frédéric", "Sébastien", "Olivier",
        "Julien", "Jérôme", "David", "Thomas", "Alexandre", "Guillaume", "Mathieu", "Romain", "Antoine",
        "Jean-Baptiste", "Pierre", "François", "Vincent", "Benoît", "Cédric", "Damien", "Fabrice",
        "Yannick", "Hugo", "Lucas", "Maxime", "Kévin", "Mehdi", "Karim", "Éric", "Hervé", "Thierry",
        "Arnaud", "Grégoire", "Loïc", "Yann", "Jean-Marc"
    ]

    /// Frequent French last names.
    static let last = [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure",
        "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
        "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
        "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire",
        "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas",
        "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt",
        "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine",
        "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey",
        "Le Gall", "Le Goff", "Kerbrat", "Nguyen", "Benali", "Haddad", "N'Diaye", "Da Silva"
    ]

    /// `name` as an e-mail local part: lower case, accents stripped, spaces as hyphens,
    /// apostrophes dropped ("Le Gall" → "le-gall", "N'Diaye" → "ndiaye").
    static func slug(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if let plain = plainLetters[character] {
                result += plain
            } else if character == " " {
                result += "-"
            } else if character == "'" || character == "’" {
                continue
            } else {
                precondition(
                    character.isASCII && (character.isLetter || character == "-"),
                    "no ASCII form for '\(character)' in '\(name)'")
                result.append(character)
            }
        }
        return result
    }

    private static let plainLetters: [Character: String] = [
        "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i",
        "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y", "œ": "oe", "æ": "ae"
    ]
}
