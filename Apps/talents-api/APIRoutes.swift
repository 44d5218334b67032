import Domain
import HTTP
import Workflows

/// The routes of the API: each decodes its input, calls a use case and encodes the result.
/// Rules and rights live in Workflows, never here.
enum APIRoutes {
    static func router(workflows: Workflows) -> APIRouter {
        var api = APIRouter(workflows: workflows)
        api.plain(.get, "/health") { _ in
            HTTPResponse(contentType: "text/plain; charset=utf-8", body: "ok")
        }
        OpenAPIRoutes.add(to: &api)
        api.on(.get, "/v1/skills") { _ in
            try .apiJSON(SkillTaxonomy.standard.skills)
        }
        api.on(.get, "/v1/me") { request in
            guard let user = try request.caller().user else { preconditionFailure("the API's callers are users") }
            return try .apiJSON(user)
        }
        AdministrationRoutes.add(to: &api)
        AuditRoutes.add(to: &api)
        TalentRoutes.add(to: &api)
        MissionRoutes.add(to: &api)
        RecognitionRoutes.add(to: &api)
        return api
    }
}
