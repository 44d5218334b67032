extension AuthorizationMatrix {
    /// Closing an account (issue #19): oneself, or the operator on the person's request. These
    /// rows run last, since a closure ends the persona's token. The other person is a demo talent
    /// party to no agreement under way (the operator, last, closes it: 200); then each persona
    /// closes their own account — refused (409) for the personas party to an agreement under
    /// signature or running, done for the others; the operator's own closure comes last of all.
    static let accountClosureRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        .row("POST", "/v1/users/{id}/closure", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/users/\(try closableUser(fixture))/closure")
        },
        .row(
            "POST", "/v1/users/{id}/closure", path: "/v1/users/999999/closure",
            expect: [401, 403, 403, 403, 403, 404]),
        .row("POST", "/v1/me/closure", expect: [401, 409, 409, 409, 200, 200])
    ]

    /// The first demo talent-only account party to no agreement under way and not yet closed.
    private static func closableUser(_ fixture: DemoFixture) throws -> String {
        let personas = Persona.allCases.compactMap { fixture.members[$0]?.id }.map(String.init).joined(separator: ",")
        return try fixture.sql(
            """
            SELECT u.id FROM users u JOIN talents t ON t.user_id = u.id
            WHERE u.email NOT LIKE '%@ferme.invalid' AND u.id NOT IN (\(personas))
            AND NOT EXISTS (SELECT 1 FROM agreements o WHERE o.status IN ('awaiting-signatures', 'signed')
                AND (o.talent_id = t.id OR o.owner_id = u.id OR o.line_manager_id = u.id))
            ORDER BY u.id LIMIT 1
            """)
    }
}
