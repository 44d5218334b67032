import Domain
import Foundation
import Gamification
import HTML
import HTTP
import Workflows

/// `/vis-mon-job`: what *Vis mon job* is, and the public registration form of students (no
/// account: Workflows `registerStudent`), posted to `/vis-mon-job`; then
/// `/vis-mon-job/inscription-confirmee?jeton=…` gives the private link, once.
enum VisMonJobPage {
    /// The form's values as typed, by field id, so a refused form comes back filled in.
    typealias Values = [String: String]
    /// A registration read from the form, with the field each wish and administration came from.
    typealias Parsed = (value: StudentRegistration, wishes: [String], administrations: [String])

    static let wishFields = ["voeu-1", "voeu-2", "voeu-3"]
    static let administrationFields = ["administration-1", "administration-2", "administration-3"]

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try page(context, values: [:], errors: [:], alert: nil)
    }

    /// POST `/vis-mon-job`: registers the student, then 303 to the confirmation.
    static func register(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        let fields = ["edition", "email", "ecole", "niveau", "departements"] + wishFields + administrationFields
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0] ?? "") })
        let raw = values["edition"] ?? ""
        guard let editionID = EditionID(raw), editionID.rawValue > 0 else { throw NotFoundError("edition", key: raw) }
        var errors: [String: String] = [:]
        let registration = try parse(values, errors: &errors)
        guard let registration, errors.isEmpty else {
            return try page(context, values: values, errors: errors, alert: nil, status: HTTPStatus(code: 422))
        }
        do {
            let enrolment = try context.workflows.registerStudent(registration.value, in: editionID)
            return WebResponse.seeOther(
                URLQuery.link("/vis-mon-job/inscription-confirmee", [("jeton", enrolment.token)]))
        } catch let error as VisMonJobError {
            if let field = fieldID(error.field, registration: registration) {
                errors[field] = FrenchMessages.visMonJob(error)
                return try page(context, values: values, errors: errors, alert: nil, status: HTTPStatus(code: 422))
            }
            return try page(
                context, values: values, errors: [:], alert: FrenchMessages.visMonJob(error),
                status: HTTPStatus(code: error.kind == .conflict ? 409 : 422))
        } catch let error as NotFoundError where error.field != nil {
            // A preferred administration that does not exist (a forged form).
            errors[fieldID(error.field, registration: registration) ?? "administration-1"] =
                "choisissez une administration de la liste."
            return try page(context, values: values, errors: errors, alert: nil, status: HTTPStatus(code: 422))
        }
    }

    /// GET `/vis-mon-job/inscription-confirmee?jeton=…`: the private link and what comes next.
    static func confirmation(_ context: WebContext) throws -> HTTPResponse {
        let (token, student) = try VisMonJobWeb.student(context.workflows, token: context.http.query["jeton"])
        let edition = try context.workflows.edition(student.value.editionID).value
        let link = context.workflows.configuration.recognition.issuer.urls.baseURL + VisMonJobWeb.privateLink(token)
        let main: HTML = """
            <h1>Inscription enregistrée</h1>
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status"><p>Votre inscription à \(edition.name) est enregistrée.</p></div>
            <h2>Votre lien personnel</h2>
            <p>Ce lien est la seule clé de votre inscription : nous vous l'avons aussi envoyé par courriel à l'adresse \(student.value.registration.email.value). Enregistrez-le dans vos favoris ou conservez ce courriel, et ne le partagez pas.</p>
            <p class="private-link"><a href="\(VisMonJobWeb.privateLink(token))">\(link)</a></p>
            <h2>La suite</h2>
            <ol>
            <li>Les inscriptions ferment le \(WebFormat.date(edition.registrationCloses)). D'ici là, votre lien vous permet de relire votre inscription, de la modifier ou de la retirer.</li>
            <li>L'équipe du programme forme ensuite les binômes selon vos métiers souhaités, vos départements et vos administrations préférées.</li>
            <li>Quand les binômes sont publiés, vous recevez un courriel à l'adresse \(student.value.registration.email.value). Ouvrez alors votre lien personnel : il présente votre ambassadeur ou ambassadrice, le jour et ce qu'il faut préparer.</li>
            <li>La journée a lieu le \(WebFormat.date(edition.eventDay)) ; votre binôme peut convenir d'une autre date proche.</li>
            </ol>
            """
        return VisMonJobWeb.privatePage("Inscription enregistrée", context: context, main: main)
    }

    /// The registration the form describes, or nil with `errors` by field id.
    static func parse(_ values: Values, errors: inout [String: String]) throws -> Parsed? {
        let email = try? EmailAddress((values["email"] ?? "").trimmingCharacters(in: .whitespaces))
        if email == nil {
            errors["email"] = "saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr."
        }
        let level = StudyLevel(rawValue: values["niveau"] ?? "")
        if level == nil { errors["niveau"] = "choisissez votre niveau d'études." }
        var wishes: [(field: String, family: JobFamily)] = []
        for field in wishFields where !(values[field] ?? "").isEmpty {
            guard let family = JobFamily(rawValue: values[field] ?? "") else {
                errors[field] = "choisissez un métier de la liste."
                continue
            }
            wishes.append((field, family))
        }
        var departements: [Departement] = []
        let codes = (values["departements"] ?? "").split { $0 == "," || $0 == ";" || $0 == " " }
        for code in codes {
            guard let departement = try? Departement(String(code)) else {
                errors["departements"] = "« \(code) » n'est pas un numéro de département (par exemple 75, 2A ou 974)."
                break
            }
            departements.append(departement)
        }
        var administrations: [(field: String, id: AdministrationID)] = []
        for field in administrationFields where !(values[field] ?? "").isEmpty {
            guard let id = AdministrationID(values[field] ?? "") else {
                errors[field] = "choisissez une administration de la liste."
                continue
            }
            administrations.append((field, id))
        }
        // The rules of the use case are checked here too, with stand-ins for an e-mail or a level
        // already refused, so the other fields' errors show at the same time.
        guard let stand = email ?? (try? EmailAddress("verification@example.org")) else { return nil }
        let registration = StudentRegistration(
            school: values["ecole"] ?? "", level: level ?? .bac1,
            wishes: wishes.map(\.family), departements: departements,
            administrations: administrations.map(\.id), email: stand)
        let parsed: Parsed = (registration, wishes.map(\.field), administrations.map(\.field))
        do {
            _ = try registration.validated()
        } catch let error as VisMonJobError {
            let field = fieldID(error.field, registration: parsed) ?? "ecole"
            if errors[field] == nil { errors[field] = FrenchMessages.visMonJob(error) }
        }
        return email == nil || level == nil ? nil : parsed
    }

    /// The form field of a use case's field name (`wishes[1]` is the second wish given).
    static func fieldID(_ field: String?, registration: Parsed) -> String? {
        guard let field else { return nil }
        func indexed(_ sources: [String], whole: String) -> String {
            guard let open = field.firstIndex(of: "["), let index = Int(field[field.index(after: open)...].dropLast()),
                sources.indices.contains(index)
            else { return whole }
            return sources[index]
        }
        if field == "school" { return "ecole" }
        if field == "email" { return "email" }
        if field.hasPrefix("wishes") { return indexed(registration.wishes, whole: "voeu-1") }
        if field.hasPrefix("departements") { return "departements" }
        if field.hasPrefix("administrations") {
            return indexed(registration.administrations, whole: "administration-1")
        }
        return nil
    }
}
