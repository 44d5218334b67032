import Domain
import HTTP
import Workflows

/// `/v1/vmj/…` for students, who have no account: registration is public, and everything
/// else is authenticated by the student's private access token as a bearer token
/// (RFC 6750 §2.1). These routes are `plain`: a user's token is not a student's and gets a 401.
/// The token never appears in a path, so access logs never hold it.
enum VisMonJobStudentRoutes {
    static func add(to api: inout APIRouter) {
        let workflows = api.workflows
        api.plain(.post, "/v1/vmj/editions/{id}/students") { http in
            let editionID = try VisMonJobRoutes.editionID(http)
            let registration = try APIRequest.decode(StudentRegistration.self, from: http)
            let enrolment = try workflows.registerStudent(registration, in: editionID)
            return try .resource(
                StudentEnrolmentJSON(
                    student: StudentJSON(enrolment.student.value),
                    accessToken: enrolment.token),
                revision: enrolment.student.revision, status: .created, location: me)
        }
        api.plain(.get, me) { http in
            let student = try workflows.studentRegistration(token: try token(http))
            return try .resource(StudentJSON(student.value), revision: student.revision)
        }
        api.plain(.put, me) { http in
            let token = try token(http)
            let revision = try ifMatch(http)
            let registration = try APIRequest.decode(StudentRegistration.self, from: http)
            let student = try workflows.updateStudent(token: token, registration, expectedRevision: revision)
            return try .resource(StudentJSON(student.value), revision: student.revision)
        }
        api.plain(.delete, me) { http in
            let token = try token(http)
            try workflows.withdrawStudent(token: token, expectedRevision: try ifMatch(http))
            return HTTPResponse(status: .noContent)
        }
        api.plain(.get, me + "/pair") { http in
            let pair = try workflows.studentPair(token: try token(http))
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
        api.plain(.post, me + "/pair/date-proposal") { http in
            let token = try token(http)
            let revision = try ifMatch(http)
            let body = try APIRequest.decode(DateProposalBody.self, from: http)
            let pair = try workflows.proposeDate(body.date, token: token, expectedRevision: revision)
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
        api.plain(.post, me + "/pair/date-acceptance") { http in
            let token = try token(http)
            let pair = try workflows.acceptDate(token: token, expectedRevision: try ifMatch(http))
            return try .resource(PairJSON(pair), revision: pair.pair.revision)
        }
        api.plain(.post, me + "/pair/feedback") { http in
            let token = try token(http)
            let feedback = try APIRequest.decode(PairFeedback.self, from: http)
            let pair = try workflows.leaveFeedback(feedback, token: token)
            return try .resource(PairJSON(pair), revision: pair.pair.revision, status: .created)
        }
    }

    /// The student's own registration.
    private static let me = "/v1/vmj/students/me"

    /// The bearer token of the request.
    /// - Throws: ``AuthenticationError``.
    private static func token(_ http: HTTPRequest) throws -> String {
        guard let authorization = http.headers["Authorization"] else { throw AuthenticationError.missingCredentials }
        guard authorization.count > 7, authorization.prefix(7).lowercased() == "bearer " else {
            throw AuthenticationError.invalidToken
        }
        return String(authorization.dropFirst(7))
    }

    /// The revision `If-Match` names, as ``APIRequest/ifMatch()``.
    private static func ifMatch(_ http: HTTPRequest) throws -> Int {
        guard let value = http.headers["If-Match"] else { throw PreconditionError.ifMatchRequired }
        guard let revision = ETag.revision(value) else { throw PreconditionError.ifMatchMalformed }
        return revision
    }
}
