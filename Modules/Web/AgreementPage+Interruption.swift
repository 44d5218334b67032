import Domain
import HTML
import HTTP
import Workflows

/// The interruption of an agreement on its page: the form for the parties the use case allows
/// (``AgreementAction/interrupt`` among the viewer's actions), and once interrupted, who ended it,
/// when, and why.
extension AgreementPage {
    /// The id (and name) of the reason's field.
    static let interruptionField = "motif-interruption"

    /// POST `/conventions/{id}/interrompre`: a party (or the operator) interrupts the agreement
    /// with a reason, once confirmed; an empty reason is refused before the confirmation step.
    static func interrupt(_ context: WebContext) throws -> HTTPResponse {
        let form = try context.form()
        let id = try agreementID(context)
        let reason = form[interruptionField] ?? ""
        guard WebConfirmation.confirmed(form) else {
            // Who may not interrupt it is refused before the reason is even read.
            let view = try context.workflows.agreement(id, by: .user(try context.signedInUser()))
            guard view.availableActions.contains(.interrupt) else {
                throw AccessError.notOwner(action: AgreementAction.interrupt.rawValue)
            }
            do {
                _ = try Agreement.checkedReason(reason)
            } catch let error as AgreementError {
                return try render(
                    context, errors: [interruptionField: interruptionMessage(error)],
                    values: [interruptionField: reason],
                    status: HTTPStatus(code: 422))
            }
            return try confirmation(
                context, .interrupt, form: form, question: "Interrompre la convention ?",
                consequence:
                    "L'interruption met fin à l'engagement : les autres parties verront votre motif. Elle est définitive.",
                confirm: "Interrompre la convention")
        }
        return try change(context) { user, form, id, revision in
            do {
                _ = try context.workflows.interruptAgreement(
                    id, reason: form[interruptionField] ?? "", expectedRevision: revision, by: .user(user))
            } catch let error as AgreementError {
                guard case .reasonLength = error else { throw error }
                throw EngagementMessage(field: interruptionField, interruptionMessage(error))
            }
            return nil
        }
    }

    private static func interruptionMessage(_ error: AgreementError) -> String {
        "indiquez le motif de l'interruption (\(Agreement.maximumReasonLength) caractères au plus)."
    }

    /// The form that interrupts the agreement, for whom the use case allows it; once
    /// interrupted, who did it, when, and their reason.
    static func interruptionSection(
        _ view: AgreementView, context: WebContext, errors: [String: String],
        values: [String: String]
    ) -> HTML {
        let agreement = view.agreement
        if agreement.status == .interrupted {
            let when = agreement.endedAt.map { " le \(WebFormat.instant($0))" } ?? ""
            let who = agreement.endedBy.map { " par \(ender($0, people: view.people))" } ?? ""
            return """
                <h2>Interruption</h2>
                <div class="fr-callout fr-mb-3w" id="interruption"><p class="fr-callout__text">Convention interrompue\(who)\(when).</p>
                <p class="fr-callout__text">Motif : \(agreement.endReason ?? "")</p></div>
                """
        }
        guard view.availableActions.contains(.interrupt) else { return .empty }
        return """
            <h2>Interrompre la convention</h2>
            <form method="post" action="/conventions/\(agreement.id.rawValue)/interrompre" novalidate>
            \(WebField.hidden(context, revision: view.revision))
            \(WebField.textarea(interruptionField, label: "Motif de l'interruption",
                                hint: "Obligatoire. L'interruption met fin à l'engagement ; les autres parties verront ce motif.",
                                value: values[interruptionField] ?? "", error: errors[interruptionField], required: true))
            <button class="fr-btn fr-btn--secondary" type="submit">Interrompre la convention</button>
            </form>
            """
    }

    /// Who ended the agreement, named.
    private static func ender(_ ender: AgreementEnder, people: AgreementPeople) -> String {
        switch ender {
        case .talent: "l'agent (\(people.talent))"
        case .lineManager: "le responsable hiérarchique" + (people.lineManager.map { " (\($0))" } ?? "")
        case .owner: "le responsable de mission (\(people.owner))"
        case .operator: "l'équipe du programme"
        }
    }
}
