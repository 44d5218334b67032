import Domain
import HTTP
import Reporting
import Workflows

/// The routes of the API: each decodes its input, calls a use case and encodes the result.
/// Rules and rights live in Workflows, never here.
enum APIRoutes {
    static func router(workflows: Workflows, metrics: APIMetrics = APIMetrics(startedAt: 0),
                       singleSignOn: WebSingleSignOn? = nil, signInLinks: SignInLinkQueue? = nil) -> APIRouter {
        var api = APIRouter(workflows: workflows, metrics: metrics)
        api.plain(.get, "/health") { _ in
            HTTPResponse(contentType: "text/plain; charset=utf-8", body: "ok")
        }
        api.plain(.get, "/metrics") { _ in
            HTTPResponse(contentType: PrometheusText.contentType, body: metrics.render())
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
        ApplicationRoutes.add(to: &api)
        NotificationRoutes.add(to: &api)
        AgreementRoutes.add(to: &api)
        VisMonJobRoutes.add(to: &api)
        RecognitionRoutes.add(to: &api)
        MatchingRoutes.add(to: &api)
        WebRoutes.add(to: &api, singleSignOn: singleSignOn,
                      signInLinks: signInLinks ?? SignInLinkQueue(workflows: workflows))
        return api
    }
}
