import Domain
import HTTP
import Workflows

/// `/v1/vmj/…` for signed-in users: ambassadors and their pairs, coaching slots, and the
/// operator's completion of a day.
enum VisMonJobPairRoutes {
    static func add(to api: inout APIRouter) {
        addAmbassadors(to: &api)
        addPairs(to: &api)
        addCoaching(to: &api)
    }

    private static func addAmbassadors(to api: inout APIRouter) {
        api.on(.post, "/v1/vmj/editions/{id}/ambassadors") { request in
            let caller = try request.caller()
            let editionID: EditionID = try request.id("id", "edition")
            let profile = try request.decode(AmbassadorProfile.self)
            return try request.idempotent { connection in
                let ambassador = try request.workflows.registerAmbassador(
                    profile, in: editionID, by: caller,
                    in: connection)
                return try APIJSON.recorded(
                    AmbassadorJSON(ambassador.value), status: 201,
                    location: "/v1/vmj/ambassadors/\(ambassador.value.id.rawValue)",
                    revision: ambassador.revision)
            }
        }
        api.on(.get, "/v1/vmj/editions/{id}/ambassadors") { request in
            let ambassadors = try request.workflows.ambassadors(
                of: try request.id("id", "edition"),
                by: try request.caller())
            return try .apiJSON(ItemsJSON(items: ambassadors.map(AmbassadorJSON.init)))
        }
        api.on(.get, "/v1/vmj/ambassadors/{id}") { request in
            let ambassador = try request.workflows.ambassador(
                try request.id("id", "ambassador"), by: try request.caller())
            return try .resource(AmbassadorJSON(ambassador.value), revision: ambassador.revision)
        }
        api.on(.put, "/v1/vmj/ambassadors/{id}") { request in
            let caller = try request.caller()
            let id: AmbassadorID = try request.id("id", "ambassador")
            let revision = try request.ifMatch()
            let profile = try request.decode(AmbassadorProfile.self)
            let ambassador = try request.workflows.updateAmbassador(
                id, profile, expectedRevision: revision, by: caller)
            return try .resource(AmbassadorJSON(ambassador.value), revision: ambassador.revision)
        }
        api.on(.delete, "/v1/vmj/ambassadors/{id}") { request in
            let caller = try request.caller()
            let id: AmbassadorID = try request.id("id", "ambassador")
            try request.workflows.withdrawAmbassador(id, expectedRevision: try request.ifMatch(), by: caller)
            return HTTPResponse(status: .noContent)
        }
        api.on(.get, "/v1/vmj/ambassadors/{id}/pairs") { request in
            let pairs = try request.workflows.ambassadorPairs(
                try request.id("id", "ambassador"), by: try request.caller())
            return try .apiJSON(ItemsJSON(items: pairs.map(PairJSON.init)))
        }
    }

    private static func addPairs(to api: inout APIRouter) {
        api.on(.get, "/v1/vmj/pairs/{id}") { request in
            let pair = try request.workflows.pair(try request.id("id", "pair"), by: try request.caller())
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
        api.on(.post, "/v1/vmj/pairs/{id}/date-proposal") { request in
            let caller = try request.caller()
            let id: PairID = try request.id("id", "pair")
            let revision = try request.ifMatch()
            let body = try request.decode(DateProposalBody.self)
            let pair = try request.workflows.proposeDate(body.date, for: id, expectedRevision: revision, by: caller)
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
        api.on(.post, "/v1/vmj/pairs/{id}/date-acceptance") { request in
            let caller = try request.caller()
            let pair = try request.workflows.acceptDate(
                for: try request.id("id", "pair"),
                expectedRevision: try request.ifMatch(), by: caller)
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
        api.on(.post, "/v1/vmj/pairs/{id}/feedback") { request in
            let caller = try request.caller()
            let id: PairID = try request.id("id", "pair")
            let feedback = try request.decode(PairFeedback.self)
            let pair = try request.workflows.leaveFeedback(feedback, on: id, by: caller)
            return try .resource(PairJSON(pair), revision: pair.pair.revision, status: .created)
        }
        api.on(.post, "/v1/vmj/pairs/{id}/done") { request in
            let caller = try request.caller()
            let pair = try request.workflows.markPairDone(
                try request.id("id", "pair"),
                expectedRevision: try request.ifMatch(), by: caller)
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
    }

    private static func addCoaching(to api: inout APIRouter) {
        api.on(.post, "/v1/vmj/editions/{id}/coaching-slots") { request in
            let caller = try request.caller()
            let editionID: EditionID = try request.id("id", "edition")
            let body = try request.decode(NewCoachingSlotBody.self)
            return try request.idempotent { connection in
                let slot = try request.workflows.publishCoachingSlot(
                    in: editionID, startsAt: body.startsAt,
                    capacity: body.capacity, place: body.place, by: caller, in: connection)
                return try APIJSON.recorded(
                    CoachingSlotJSON(slot), status: 201,
                    location: "/v1/vmj/editions/\(editionID.rawValue)/coaching-slots")
            }
        }
        api.on(.get, "/v1/vmj/editions/{id}/coaching-slots") { request in
            _ = try request.caller()
            let slots = try request.workflows.coachingSlots(of: try request.id("id", "edition"))
            return try .apiJSON(ItemsJSON(items: slots.map(CoachingSlotJSON.init)))
        }
        api.on(.post, "/v1/vmj/coaching-slots/{id}/bookings") { request in
            let caller = try request.caller()
            let id: CoachingSlotID = try request.id("id", "coaching-slot")
            return try request.idempotent { connection in
                let slot = try request.workflows.bookCoachingSlot(id, by: caller, in: connection)
                return try APIJSON.recorded(
                    CoachingSlotJSON(slot), status: 201,
                    location: "/v1/vmj/editions/\(slot.editionID.rawValue)/coaching-slots")
            }
        }
    }
}
