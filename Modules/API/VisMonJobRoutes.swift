import Domain
import HTTP
import Workflows

/// `/v1/vmj/…`: the *Vis mon job* operation. Editions are public; the operator runs them
/// (registrations, pairing, publication, coaching, completion); ambassadors are signed-in
/// talents; students have no account and use their own token (``VisMonJobStudentRoutes``).
enum VisMonJobRoutes {
    static func add(to api: inout APIRouter) {
        addEditions(to: &api)
        addPairing(to: &api)
        VisMonJobPairRoutes.add(to: &api)
        VisMonJobStudentRoutes.add(to: &api)
    }

    /// Editions: public reading, operator creation and transitions.
    private static func addEditions(to api: inout APIRouter) {
        let workflows = api.workflows
        // Public: students choose an edition before they have any token.
        api.plain(.get, "/v1/vmj/editions") { http in
            let selection = try http.query["selection"].map { text in
                guard let selection = EditionSelection(rawValue: text) else {
                    throw UnknownValueError(field: "selection", value: text, of: EditionSelection.self)
                }
                return selection
            }
            let editions = try selection.map { try workflows.editions($0) } ?? workflows.editions()
            return try .apiJSON(ItemsJSON(items: editions.map { EditionJSON($0.value) }))
        }
        api.plain(.get, "/v1/vmj/editions/{id}") { http in
            let edition = try workflows.edition(try editionID(http))
            return try .resource(EditionJSON(edition.value), revision: edition.revision)
        }
        api.on(.post, "/v1/vmj/editions") { request in
            let caller = try request.caller()
            let new = try request.decode(NewEdition.self)
            return try request.idempotent { connection in
                let edition = try request.workflows.createEdition(new, by: caller, in: connection)
                return try APIJSON.recorded(
                    EditionJSON(edition.value), status: 201,
                    location: "/v1/vmj/editions/\(edition.value.id.rawValue)",
                    revision: edition.revision)
            }
        }
        api.on(.post, "/v1/vmj/editions/{id}/registration-closure") { request in
            let caller = try request.caller()
            let edition = try request.workflows.closeRegistrations(
                try request.id("id", "edition"),
                expectedRevision: try request.ifMatch(), by: caller)
            return try .resource(EditionJSON(edition.value), revision: edition.revision)
        }
        api.on(.post, "/v1/vmj/editions/{id}/publication") { request in
            let caller = try request.caller()
            let edition = try request.workflows.publishPairing(
                try request.id("id", "edition"),
                expectedRevision: try request.ifMatch(), by: caller)
            return try .resource(EditionJSON(edition.value), revision: edition.revision)
        }
        api.on(.post, "/v1/vmj/editions/{id}/completion") { request in
            let caller = try request.caller()
            let edition = try request.workflows.completeEdition(
                try request.id("id", "edition"),
                expectedRevision: try request.ifMatch(), by: caller)
            return try .resource(EditionJSON(edition.value), revision: edition.revision)
        }
    }

    /// The pairing: run (replacing the preview), read, adjust one pair; the edition's revision
    /// is the `ETag` of the preview, since every run or adjustment changes it.
    private static func addPairing(to api: inout APIRouter) {
        api.on(.post, "/v1/vmj/editions/{id}/pairing") { request in
            let caller = try request.caller()
            let preview = try request.workflows.runPairing(
                try request.id("id", "edition"),
                expectedRevision: try request.ifMatch(), by: caller)
            return try .resource(PairingPreviewJSON(preview), revision: preview.edition.revision)
        }
        api.on(.get, "/v1/vmj/editions/{id}/pairing") { request in
            let preview = try request.workflows.pairingPreview(
                try request.id("id", "edition"), by: try request.caller())
            return try .resource(PairingPreviewJSON(preview), revision: preview.edition.revision)
        }
        api.on(.post, "/v1/vmj/editions/{id}/pairing/adjustments") { request in
            let caller = try request.caller()
            let id: EditionID = try request.id("id", "edition")
            let revision = try request.ifMatch()
            let body = try request.decode(AdjustmentBody.self)
            let preview = try request.workflows.adjustPair(
                id, studentID: body.studentID, ambassadorID: body.ambassadorID,
                expectedRevision: revision, by: caller)
            return try .resource(PairingPreviewJSON(preview), revision: preview.edition.revision)
        }
    }

    /// The edition id of a plain request's path (a non-number is a 404).
    static func editionID(_ http: HTTPRequest) throws -> EditionID {
        guard let raw = http.parameters["id"], let id = EditionID(raw), id.rawValue > 0 else {
            throw NotFoundError("edition", key: http.parameters["id"] ?? "")
        }
        return id
    }
}
