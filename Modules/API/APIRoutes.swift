import Domain
import HTTP
import Reporting
public import Workflows

/// The routes of the API: each decodes its input, calls a use case and encodes the result.
/// Rules and rights live in Workflows, never here.
public enum APIRoutes {
    /// A router with the JSON routes; the executable mounts the web front's pages beside them.
    public static func router(workflows: Workflows, metrics: APIMetrics = APIMetrics(startedAt: 0)) -> APIRouter {
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
        UserRoutes.add(to: &api)
        TalentRoutes.add(to: &api)
        MissionRoutes.add(to: &api)
        ApplicationRoutes.add(to: &api)
        NotificationRoutes.add(to: &api)
        PersonalDataRoutes.add(to: &api)
        AgreementRoutes.add(to: &api)
        DocumentRoutes.add(to: &api)
        VisMonJobRoutes.add(to: &api)
        RecognitionRoutes.add(to: &api)
        MatchingRoutes.add(to: &api)
        QuestionRoutes.add(to: &api)
        return api
    }
}
