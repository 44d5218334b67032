import Domain
import HTTP
import Workflows

/// The routes of the API: each decodes its input, calls a use case and encodes the result.
enum APIRoutes {
    static func router(workflows: Workflows) -> Router {
        var router = Router()
        router.get("/health") { _ in
            HTTPResponse(contentType: "text/plain; charset=utf-8", body: "ok")
        }
        router.get("/v1/skills") { _ in
            try .json(SkillTaxonomy.standard.skills)
        }
        return router
    }
}
