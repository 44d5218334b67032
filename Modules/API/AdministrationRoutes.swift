import Domain
import HTTP
import Workflows

/// `/v1/administrations`: the tree of ministries, directorates and services.
enum AdministrationRoutes {
    static func add(to api: inout APIRouter) {
        api.on(.get, "/v1/administrations") { request in
            _ = try request.caller()
            return try .apiJSON(try request.workflows.administrations())
        }
        api.on(.get, "/v1/administrations/tree") { request in
            _ = try request.caller()
            return try .apiJSON(try request.workflows.administrationTree())
        }
        api.on(.get, "/v1/administrations/{id}") { request in
            _ = try request.caller()
            let id: AdministrationID = try request.id("id", "administration")
            guard let administration = try request.workflows.administration(id) else {
                throw NotFoundError("administration", id: id)
            }
            return try .apiJSON(administration)
        }
        api.on(.post, "/v1/administrations") { request in
            let caller = try request.caller()
            let new = try request.decode(NewAdministration.self)
            return try request.idempotent { connection in
                let administration = try request.workflows.addAdministration(new, by: caller, in: connection)
                return try APIJSON.recorded(
                    administration, status: 201,
                    location: "/v1/administrations/\(administration.id.rawValue)")
            }
        }

        api.on(.put, "/v1/administrations/{id}") { request in
            let caller = try request.caller()
            let id: AdministrationID = try request.id("id", "administration")
            let new = try request.decode(NewAdministration.self)
            return try .apiJSON(try request.workflows.editAdministration(id, to: new, by: caller))
        }
    }
}
