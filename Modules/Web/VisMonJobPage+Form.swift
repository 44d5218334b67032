import Domain
import HTML
import HTTP
import Workflows

extension VisMonJobPage {
    /// The presentation and, while an edition takes registrations, the form with `values`,
    /// `errors` by field id and an `alert` not tied to a field.
    static func page(
        _ context: WebContext, values: Values, errors: [String: String], alert: String?,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let edition = try context.workflows.editions(.registrationOpen).first?.value
        let registration: HTML
        if let edition {
            registration = """
                <p>Les inscriptions à \(edition.name) sont ouvertes jusqu'au \(WebFormat.date(edition.registrationCloses)) ; la journée a lieu le \(WebFormat.date(edition.eventDay)).</p>
                <p>Vos données (adresse électronique, établissement, niveau et souhaits) servent seulement à former les binômes ; votre adresse n'est transmise qu'à votre ambassadeur ou ambassadrice. Elles sont effacées si vous retirez votre inscription.</p>
                \(WebLayout.alert(alert))
                \(WebLayout.alert(errors.isEmpty ? nil : "Le formulaire contient des erreurs : corrigez les champs signalés ci-dessous."))
                <form method="post" action="/vis-mon-job" novalidate>
                \(context.csrfField)
                <input type="hidden" name="edition" value="\(edition.id.rawValue)">
                \(try registrationFields(context, values: values, errors: errors))
                <button class="fr-btn" type="submit">M'inscrire à Vis mon job</button>
                </form>
                """
        } else {
            registration = """
                \(WebLayout.alert(alert))
                <p>Les inscriptions ne sont pas ouvertes en ce moment. Revenez à l'ouverture de la prochaine édition.</p>
                """
        }
        let main: HTML = """
            <h1>Vis mon job</h1>
            <p>Étudiantes et étudiants, passez une journée aux côtés d'un agent ou d'une agente du numérique de l'État : data scientist, officier·ère sécurité, développeur·se, architecte technique… Découvrez son métier, son équipe et ses projets, au cœur d'une administration.</p>
            <h2>Comment ça marche</h2>
            <ol>
            <li>Vous vous inscrivez ci-dessous, sans créer de compte : vous recevez un lien personnel, aussi par courriel.</li>
            <li>Des agents du numérique se portent volontaires comme ambassadeurs et ambassadrices ; chacun suit d'abord une séance de préparation d'une heure pour bien vous accueillir.</li>
            <li>L'équipe du programme forme les binômes selon vos métiers souhaités, vos départements et vos administrations préférées.</li>
            <li>Vous passez la journée avec votre ambassadeur ou ambassadrice, à la date de l'édition ou à une date proche convenue ensemble.</li>
            </ol>
            <h2>S'inscrire</h2>
            \(registration)
            <h2>Vous êtes agent du numérique de l'État ?</h2>
            <p><a href="/vis-mon-job/ambassadeur">Devenez ambassadeur ou ambassadrice</a> et accueillez un étudiant ou une étudiante pendant une journée.</p>
            """
        return WebResponse.page(
            WebLayout.page("Vis mon job", context: context, main: main), context: context, status: status)
    }

    /// The fields of a registration (the public form and the student's edit form), filled with
    /// `values`, with `errors` by field id.
    static func registrationFields(
        _ context: WebContext, values: Values, errors: [String: String]
    ) throws -> HTML {
        let administrations = try context.workflows.administrations().map {
            (value: String($0.id.rawValue), text: WebFormat.administration($0))
        }
        return """
            \(WebField.input("email", label: "Adresse électronique", hint: "Votre ambassadeur ou ambassadrice vous écrira à cette adresse.", type: "email", value: values["email"] ?? "", autocomplete: "email", error: errors["email"]))
            \(WebField.input("ecole", label: "École ou université", hint: "Par exemple : Université Paris Cité, IUT de Lannion", value: values["ecole"] ?? "", autocomplete: "organization", error: errors["ecole"]))
            \(WebField.select("niveau", label: "Niveau d'études", options: [(value: "", text: "Choisissez votre niveau")] + StudyLevel.allCases.map { (value: $0.rawValue, text: $0.label) }, selected: values["niveau"], error: errors["niveau"]))
            <fieldset><legend>Métiers souhaités, du préféré au moins préféré</legend>
            \(WebField.select("voeu-1", label: "Premier choix", options: [(value: "", text: "Choisissez un métier")] + VisMonJobWeb.jobFamilies, selected: values["voeu-1"], error: errors["voeu-1"]))
            \(WebField.select("voeu-2", label: "Deuxième choix (facultatif)", options: [(value: "", text: "Aucun")] + VisMonJobWeb.jobFamilies, selected: values["voeu-2"], error: errors["voeu-2"]))
            \(WebField.select("voeu-3", label: "Troisième choix (facultatif)", options: [(value: "", text: "Aucun")] + VisMonJobWeb.jobFamilies, selected: values["voeu-3"], error: errors["voeu-3"]))
            </fieldset>
            \(WebField.input("departements", label: "Départements où vous pouvez vous rendre", hint: "Numéros séparés par des virgules, du préféré au moins préféré, \(StudentRegistration.maximumDepartements) au plus : par exemple 75, 92, 93", value: values["departements"] ?? "", error: errors["departements"]))
            <fieldset><legend>Administrations préférées (facultatif)</legend>
            \(WebField.select("administration-1", label: "Premier choix", options: [(value: "", text: "Aucune")] + administrations, selected: values["administration-1"], error: errors["administration-1"]))
            \(WebField.select("administration-2", label: "Deuxième choix", options: [(value: "", text: "Aucune")] + administrations, selected: values["administration-2"], error: errors["administration-2"]))
            \(WebField.select("administration-3", label: "Troisième choix", options: [(value: "", text: "Aucune")] + administrations, selected: values["administration-3"], error: errors["administration-3"]))
            </fieldset>
            """
    }
}
