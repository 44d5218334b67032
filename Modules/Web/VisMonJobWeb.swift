import Domain
import HTML
import HTTP
import Workflows

/// What the *Vis mon job* pages share: the edition they show, the student's private link, the
/// pair forms and the French messages of the operation's rules.
enum VisMonJobWeb {
    /// The student's private link, as given once at registration; it carries the token in the
    /// query, which the access log never records (method and path only).
    static func privateLink(_ token: String) -> String {
        URLQuery.link("/vis-mon-job/binome", [("jeton", token)])
    }

    /// The token of a student's request (`jeton` in the query or the form), checked for shape.
    /// - Throws: ``VisMonJobWebError/malformedToken`` when it cannot be one of ours.
    static func token(_ raw: String?) throws -> String {
        let token = raw ?? ""
        // Tokens are 32 random bytes in base64url without padding (SecureRandom.token): 43 characters.
        guard token.utf8.count == 43,
            token.utf8.allSatisfy({
                $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
            })
        else {
            throw VisMonJobWebError.malformedToken
        }
        return token
    }

    /// The registration the token reaches.
    /// - Throws: ``VisMonJobWebError`` for a malformed or unknown token (or a withdrawn registration).
    static func student(_ workflows: Workflows, token raw: String?) throws -> (
        token: String, student: Versioned<Student>
    ) {
        let token = try token(raw)
        do {
            return (token, try workflows.studentRegistration(token: token))
        } catch AuthenticationError.invalidToken {
            throw VisMonJobWebError.unknownToken
        }
    }

    /// A page that carries the student's token in its address: no `Referer` leaves it.
    static func privatePage(_ title: String, context: WebContext, main: HTML, status: HTTPStatus = .ok) -> HTTPResponse
    {
        var response = WebResponse.page(
            WebLayout.page(title, context: context, main: main), context: context, status: status)
        response.headers["Referrer-Policy"] = "no-referrer"
        return response
    }

    /// "Changer de date" for `side` of a pair: the other side's proposal to accept (POST
    /// `action` + `/accepter`) and another date to propose (POST `action`, field `date`); each
    /// form carries `hidden` (the CSRF token, and the student's token) and the pair's revision.
    /// Nothing once the day is done or the edition closed.
    static func dateSection(
        _ pair: Versioned<Pair>, side: PairSide, edition: Edition, today: LocalDate, action: String,
        hidden: HTML, error: String?
    ) -> HTML? {
        guard pair.value.status == .paired, edition.state == .paired else { return nil }
        let fields: HTML = "\(hidden)<input type=\"hidden\" name=\"revision\" value=\"\(pair.revision)\">"
        let other = side == .student ? "votre ambassadeur ou ambassadrice" : "l'étudiant ou l'étudiante"
        let proposal: HTML? = pair.value.proposal.map { proposal in
            proposal.by == side
                ? "<p>Vous avez proposé le \(WebFormat.date(proposal.date)) : \(other) doit l'accepter.</p>"
                : """
                <p>\(side == .student ? "Votre ambassadeur ou ambassadrice" : "L'étudiant ou l'étudiante") propose le \(WebFormat.date(proposal.date)).</p>
                <form method="post" action="\(action)/accepter">\(fields)
                <button class="fr-btn" type="submit">Accepter le \(WebFormat.date(proposal.date))</button></form>
                """
        }
        let hint = edition.dateWindow(today: today).map {
            "Entre le \(WebFormat.date($0.lowerBound)) et le \(WebFormat.date($0.upperBound)) ; \(other) devra l'accepter"
        }
        return """
            <h2>Changer de date</h2>
            \(proposal)
            <form method="post" action="\(action)" novalidate>\(fields)
            \(WebField.input("date", label: "Autre date proposée", hint: hint, type: "date", value: "", error: error))
            <button class="fr-btn fr-btn--secondary" type="submit">Proposer cette date</button></form>
            """
    }

    /// What the forms of a pair page send back with a refusal: the errors and the input kept.
    struct PairForms {
        var dateError: String?
        var rating = ""
        var comment = ""
        var ratingError: String?
        var commentError: String?
    }

    /// "Mon avis sur la journée" for `side`, from the pair's day on: a rating and a comment,
    /// posted to `action`; a thank-you once given.
    static func feedbackSection(
        _ details: PairDetails, side: PairSide, edition: Edition, today: LocalDate,
        action: String, hidden: HTML, forms: PairForms
    ) -> HTML? {
        guard edition.state == .paired || edition.state == .done, today >= details.day else { return nil }
        guard !details.feedbackLeft.contains(side) else {
            return "<h2>Mon avis sur la journée</h2><p>Merci : votre avis est enregistré.</p>"
        }
        let ratings =
            [(value: "", text: "Choisissez une note")]
            + (1...5).reversed().map { (value: String($0), text: "\($0) sur 5") }
        return """
            <h2>Mon avis sur la journée</h2>
            <form method="post" action="\(action)" novalidate>\(hidden)
            \(WebField.select("note", label: "Note", hint: "5 : excellente journée, 1 : décevante", options: ratings,
                              selected: forms.rating, error: forms.ratingError))
            \(WebField.textarea("commentaire", label: "Commentaire (facultatif)",
                                hint: "\(PairFeedback.maximumCommentLength) caractères au plus", value: forms.comment,
                                error: forms.commentError))
            <button class="fr-btn" type="submit">Envoyer mon avis</button></form>
            """
    }

    /// The feedback a form sends, or nil with its error in `forms` (which keeps the input).
    static func feedback(from form: HTTPQuery, forms: inout PairForms) -> PairFeedback? {
        forms.rating = form["note"] ?? ""
        forms.comment = form["commentaire"] ?? ""
        guard let rating = Int(forms.rating) else {
            forms.ratingError = FrenchMessages.visMonJob(.ratingOutOfRange(0))
            return nil
        }
        return PairFeedback(rating: rating, comment: forms.comment)
    }

    /// Ties a refusal of a pair form to its field in `forms`; false when it is no field's.
    static func tie(_ error: VisMonJobError, to forms: inout PairForms) -> Bool {
        switch error {
        case .dateOutsideWindow: forms.dateError = FrenchMessages.visMonJob(error)
        case .ratingOutOfRange: forms.ratingError = FrenchMessages.visMonJob(error)
        case .textLength: forms.commentError = FrenchMessages.visMonJob(error)
        // Which field a refusal goes to, not its words: the others are said above the forms.
        default: return false
        }
        return true
    }

    /// The job families as options.
    static var jobFamilies: [(value: String, text: String)] {
        JobFamily.allCases.map { ($0.rawValue, $0.label) }
    }
}

/// Refusals of a student's private link.
enum VisMonJobWebError: Error {
    /// The `jeton` is missing or cannot be a token (400).
    case malformedToken
    /// No live registration has this token (404).
    case unknownToken
}
