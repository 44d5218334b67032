/// One row of the anchors' `missions` table.
struct Mission: Sendable, Equatable {
    var id: Int
    var title: String
    var description: String
    var status: String
    var hours: Int
    var createdAt: String
}

/// The content of `POST /missions`: `{"title":…,"description":…,"status":…,"hours":…}`.
struct NewMission: Decodable, Sendable, Equatable {
    var title: String
    var description: String
    var status: String
    var hours: Int
}
