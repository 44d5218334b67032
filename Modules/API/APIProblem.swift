import Domain
import HTTP
import Workflows

/// How the API renders errors: RFC 9457 problem details with stable `type` URIs.
///
/// Domain rules become `<base><rule code>` (e.g. `…/problems/mission-window-too-long`), with the
/// status of their kind: invalid value 422 (and the field in `errors`), conflict 409 (an illegal
/// transition names its rule), not found 404, forbidden 403. Authentication is 401 with a
/// `WWW-Authenticate` challenge, a stale `If-Match` is 412, a missing one 428.
enum APIProblem {
    /// The prefix of every problem type of the API; stable, whatever the deployment's URL.
    static let typeBase = "https://talents.numerique.gouv.fr/problems/"

    /// The response for `error`, or nil when the error is not one the API knows how to explain
    /// (then the server answers a 500 without details and logs it).
    static func response(for error: any Error) -> HTTPResponse? {
        switch error {
        case let error as any DomainError:
            let status: HTTPStatus =
                switch error.kind {
                case .invalidValue: .unprocessableContent
                case .conflict: .conflict
                case .notFound: .notFound
                case .forbidden: .forbidden
                }
            return ProblemDetails(
                type: typeBase + error.code, title: title(error.kind), status: status, detail: error.message,
                errors: error.field.map { [.init(field: $0, code: error.code, message: error.message)] }
            ).makeResponse()
        case let error as AuthenticationError:
            var response = ProblemDetails(
                type: typeBase + "unauthenticated", title: "Authentication required",
                status: .unauthorized, detail: error.description
            ).makeResponse()
            response.headers["WWW-Authenticate"] = #"Bearer realm="talents""#
            return response
        case let error as StaleRevisionError:
            return ProblemDetails(
                type: typeBase + "stale-revision", title: "Precondition failed",
                status: HTTPStatus(code: 412, reasonPhrase: "Precondition Failed"),
                detail: error.description
            ).makeResponse()
        case let error as PreconditionError:
            return error.problem.makeResponse()
        case let error as any HTTPResponseError:
            return error.makeResponse()
        default:
            return nil
        }
    }

    private static func title(_ kind: DomainErrorKind) -> String {
        switch kind {
        case .invalidValue: "Invalid value"
        case .conflict: "Conflict with the current state"
        case .notFound: "Not found"
        case .forbidden: "Forbidden"
        }
    }
}

/// A request that breaks one of the API's own conventions (`If-Match`, `Idempotency-Key`).
enum PreconditionError: Error {
    /// A state change without `If-Match` (RFC 6585 §3: 428 Precondition Required).
    case ifMatchRequired
    /// An `If-Match` that is not one of our ETags.
    case ifMatchMalformed

    var problem: ProblemDetails {
        switch self {
        case .ifMatchRequired:
            ProblemDetails(
                type: APIProblem.typeBase + "if-match-required", title: "Precondition required",
                status: HTTPStatus(code: 428, reasonPhrase: "Precondition Required"),
                detail: "This change needs the resource's ETag in If-Match; read the resource first.")
        case .ifMatchMalformed:
            ProblemDetails(
                type: APIProblem.typeBase + "if-match-malformed", title: "Bad request", status: .badRequest,
                detail: #"If-Match must hold one ETag of this API, such as "3"."#)
        }
    }
}
