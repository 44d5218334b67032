import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/contact`: "Contactez-nous", a form to the programme team open to everybody (issue #22),
/// the name and address of a signed-in person filled in. Over Workflows `sendContactMessage`,
/// which keeps the message for the operators' console and announces it to the team's mailbox.
enum ContactPage {
    static let path = WebPaths.contact
    static let fields = ["nom", "courriel", "sujet", "message"]

    /// GET `/contact`: the form (or, after sending, the acknowledgement).
    static func render(_ context: WebContext) throws -> HTTPResponse {
        var values: [String: String] = [:]
        if let user = context.user {
            values = ["nom": user.displayName, "courriel": user.email.value]
        }
        if let subject = context.http.query["sujet"], ContactSubject(rawValue: subject) != nil {
            values["sujet"] = subject
        }
        return page(context, values: values, errors: [:], note: nil)
    }

    /// POST `/contact`: sends the message, then back to the page with the acknowledgement (303);
    /// the form again with every field's error (422), or the limit reached (429), nothing lost.
    static func send(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        var values: [String: String] = [:]
        for name in fields { values[name] = form[name] ?? "" }
        let new = NewContactMessage(
            name: values["nom"] ?? "", email: values["courriel"] ?? "", subject: values["sujet"] ?? "",
            text: values["message"] ?? "")
        let problems = new.problems
        guard problems.isEmpty else {
            var errors: [String: String] = [:]
            for problem in problems {
                let (field, text) = FrenchMessages.contact(problem)
                if let field, errors[field] == nil { errors[field] = text }
            }
            return page(context, values: values, errors: errors, note: nil, status: HTTPStatus(code: 422))
        }
        do {
            _ = try context.workflows.sendContactMessage(
                new, clientAddress: context.http.peerAddress ?? "", user: context.user)
        } catch let error as ContactError {
            let (field, text) = FrenchMessages.contact(error)
            return page(
                context, values: values, errors: field.map { [$0: text] } ?? [:], note: field == nil ? text : nil,
                status: HTTPStatus(code: FrenchMessages.contactStatus(error)))
        }
        return WebResponse.seeOther(path + "?envoye=1")
    }

    private static func page(
        _ context: WebContext, values: [String: String], errors: [String: String], note: String?,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let sent: HTML? =
            context.http.query["envoye"] == "1"
            ? """
            <div class="fr-alert fr-alert--success fr-mb-3w" role="status"><h2 class="fr-alert__title">Votre message est envoyé</h2>
            <p>L'équipe du programme vous répond par courriel, à l'adresse que vous avez indiquée.</p></div>
            """
            : nil
        let subjects =
            [(value: "", text: "Choisissez un sujet")]
            + ContactSubject.allCases.map { (value: $0.rawValue, text: FrenchMessages.contactSubject($0)) }
        let mailbox: HTML? = context.workflows.configuration.contactMailbox.map {
            "<p>Vous pouvez aussi écrire directement à l'équipe : <a href=\"mailto:\($0.value)\">\($0.value)</a>.</p>"
        }
        let fieldErrors = fields.compactMap { field in errors[field].map { (field: field, message: $0) } }
        let main: HTML = """
            <h1>Contactez-nous</h1>
            \(sent)
            \(WebLayout.errorSummary("Le message n'a pas pu être envoyé", note: note, errors: fieldErrors))
            <p>Vous souhaitez en savoir plus sur le dispositif ou sur une mission avant de vous décider ? Écrivez à l'équipe du programme Partagez vos talents numériques. Pour une question sur une mission précise, vous pouvez aussi la poser à son responsable depuis la page de la mission, une fois connecté.</p>
            \(mailbox)
            <p>Tous les champs sont obligatoires. Votre nom et votre adresse servent uniquement à vous répondre ; le message est conservé un an (<a href="/donnees-personnelles">Données personnelles</a>).</p>
            <form method="post" action="\(path)" novalidate>
            \(context.csrfField)
            \(WebField.input("nom", label: "Votre nom", value: values["nom"] ?? "", autocomplete: "name", error: errors["nom"], required: true))
            \(WebField.input("courriel", label: "Votre adresse électronique", hint: "Par exemple : prenom.nom@exemple.gouv.fr", type: "email", value: values["courriel"] ?? "", autocomplete: "email", error: errors["courriel"], required: true))
            \(WebField.select("sujet", label: "Sujet", options: subjects, selected: values["sujet"], required: true, error: errors["sujet"]))
            \(WebField.textarea("message", label: "Votre message", hint: "\(NewContactMessage.maximumTextLength) caractères au plus.", value: values["message"] ?? "", error: errors["message"], required: true))
            <button class="fr-btn" type="submit">Envoyer le message</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page("Contactez-nous", context: context, main: main), context: context, status: status)
    }
}
