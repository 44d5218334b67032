extension AuthorizationMatrix {
    /// Notification preferences: every signed-in user has their own, and nobody else's. The rows
    /// run in order: each persona's first change (If-Match "1", the defaults' revision) succeeds,
    /// then the same revision is stale.
    static let notificationRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        .row("GET", "/v1/me/notification-preferences", expect: [401, 200, 200, 200, 200, 200]),
        .row(
            "PUT", "/v1/me/notification-preferences", json: #"{"digestsMuted":true}"#,
            headers: ["If-Match": "\"1\""], expect: [401, 200, 200, 200, 200, 200]),
        .row(
            "PUT", "/v1/me/notification-preferences", json: #"{"digestsMuted":false}"#,
            expect: [401, 428, 428, 428, 428, 428]),
        .row(
            "PUT", "/v1/me/notification-preferences", json: #"{"digestsMuted":false}"#,
            headers: ["If-Match": "\"1\""], expect: [401, 412, 412, 412, 412, 412])
    ]
}
