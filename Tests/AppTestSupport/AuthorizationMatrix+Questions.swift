import Foundation

extension AuthorizationMatrix {
    /// Questions about a mission and messages to the programme team (issue #22). The rules: any
    /// signed-in user asks about a published mission they see, but not about their own (409); a
    /// mission they cannot see does not exist (404); only the mission's owner or the operator
    /// answers (403 for whoever sees it without owning it) and lists the questions received;
    /// every signed-in user writes to the team; only the operator reads and marks the messages.
    static let questionRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        .row("POST", "/v1/missions/{id}/questions", expect: [401, 201, 409, 201, 201, 201]) { fixture, _ in
            .init(
                path: "/v1/missions/\(try MatchingRecords.ownMission(fixture))/questions",
                json: #"{"text":"Le télétravail est-il possible ?","shareEmail":false}"#)
        },
        .row("POST", "/v1/missions/{id}/questions", expect: [401, 404, 404, 404, 404, 409]) { fixture, _ in
            .init(
                path: "/v1/missions/\(try MatchingRecords.othersDraft(fixture))/questions",
                json: #"{"text":"Et ce brouillon ?"}"#)
        },
        .row("GET", "/v1/questions/asked", expect: [401, 200, 200, 200, 200, 200]),
        .row("GET", "/v1/questions/received", expect: [401, 403, 200, 403, 403, 200]),
        // A fresh question about the owner persona's mission for each persona.
        .row("POST", "/v1/questions/{id}/answer", expect: [401, 403, 200, 403, 403, 200]) { fixture, _ in
            .init(
                path: "/v1/questions/\(try QuestionRecords.freshQuestion(fixture))/answer",
                json: #"{"text":"Oui, deux jours par semaine.","shareEmail":true}"#)
        },
        .row(
            "POST", "/v1/questions/{id}/answer", path: "/v1/questions/999999/answer", json: #"{"text":"?"}"#,
            expect: [401, 404, 404, 404, 404, 404]),
        // One address per persona: the limit of three messages an hour per address stays far.
        .row("POST", "/v1/contact-messages", expect: [401, 201, 201, 201, 201, 201]) { _, persona in
            .init(
                path: "/v1/contact-messages",
                json:
                    #"{"name":"Matrice","email":"\#(persona.rawValue)@example.gouv.fr","subject":"dispositif","text":"Bonjour"}"#
            )
        },
        .row("GET", "/v1/contact-messages", expect: [401, 403, 403, 403, 403, 200]),
        .row("POST", "/v1/contact-messages/{id}/state", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(
                path: "/v1/contact-messages/\(try QuestionRecords.contactMessage(fixture))/state",
                json: #"{"handled":true}"#)
        }
    ]
}

/// The records the question rows name, inserted into the demo data.
enum QuestionRecords {
    /// An unanswered question of the talent persona about the owner persona's published mission.
    static func freshQuestion(_ fixture: DemoFixture) throws -> String {
        try fixture.sql(
            """
            INSERT INTO mission_questions(mission_id, asker_id, body, asker_shares_email, asked_at)
                VALUES (\(try MatchingRecords.ownMission(fixture)), \(fixture.member(.talent).id), 'Matrice ?', 0, 0);
            SELECT last_insert_rowid();
            """)
    }

    /// A message to the programme team, waiting.
    static func contactMessage(_ fixture: DemoFixture) throws -> String {
        try fixture.sql(
            """
            INSERT INTO contact_messages(name, email, subject, body, client_hash, received_at)
                VALUES ('Matrice', 'matrice@example.gouv.fr', 'autre', 'Matrice', 'x', 0);
            SELECT last_insert_rowid();
            """)
    }
}
