/// An error that knows the response it should produce (as Hummingbird's `HTTPResponseError`).
///
/// Handlers throw these for expected failures (validation, not found, conflict); the server
/// renders them. Any other error becomes a 500 problem without internal details.
public protocol HTTPResponseError: Error {
    /// The status of the response.
    var status: HTTPStatus { get }
    /// The response to send.
    func makeResponse() -> HTTPResponse
}

extension HTTPResponseError {
    /// By default, an `about:blank` problem with the status' reason phrase as title.
    public func makeResponse() -> HTTPResponse {
        ProblemDetails(status: status).makeResponse()
    }
}

/// Turns what a handler threw into a response.
enum ErrorRendering {
    /// The response for `error`, and a description of it when it is an internal error (500)
    /// the client must not see but the server's log should.
    static func response(for error: any Error) -> (response: HTTPResponse, internalDescription: String?) {
        if let error = error as? any HTTPResponseError {
            return (error.makeResponse(), nil)
        }
        return (ProblemDetails(status: .internalServerError).makeResponse(), String(describing: error))
    }
}
