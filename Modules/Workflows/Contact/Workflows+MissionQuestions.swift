public import Domain
import Notifications
import Persistence

extension Workflows {
    /// A signed-in agent asks a question about a published mission before applying (issue #22;
    /// audit `mission-question.asked`); its owner is told by e-mail, without the text or the
    /// asker's address. At most ``MissionQuestion/maximumPerAsker`` questions within
    /// ``MissionQuestion/rateWindowHours`` hours.
    /// - Parameter sharesEmail: whether the owner may see the asker's address.
    /// - Throws: ``NotFoundError`` (a mission the caller cannot see), ``ContactError``.
    public func askQuestion(
        about missionID: MissionID, text: String, sharesEmail: Bool, by caller: Caller
    ) throws -> MissionQuestionView {
        guard let user = caller.user else { throw AccessError.roleRequired(action: "ask a question", roles: []) }
        let now = clock.now
        return try database.write { connection in
            guard let mission = try MissionStore(connection).find(missionID), mission.isVisible(to: user) else {
                throw NotFoundError("mission", id: missionID)
            }
            try MissionQuestion.checkAsking(about: mission, by: user)
            if let problem = MissionQuestion.textProblems(text, maximum: MissionQuestion.maximumTextLength).first {
                throw problem
            }
            let store = MissionQuestionStore(connection)
            guard
                try store.count(askedBy: user.id, since: now.adding(hours: -MissionQuestion.rateWindowHours))
                    < MissionQuestion.maximumPerAsker
            else { throw ContactError.tooManyQuestions }
            let question = try store.insert(
                missionID: missionID, askerID: user.id, text: text.trimmingWhitespace(), sharesEmail: sharesEmail,
                by: caller.actor, at: now)
            // Every owner of the mission is told (its owner and its co-owners).
            for ownerID in mission.ownerIDs {
                guard let owner = try UserStore(connection).find(ownerID), owner.isActive else { continue }
                try Outbox(connection).enqueue(
                    Notice(
                        to: Recipient(owner),
                        .missionQuestionAsked(mission: MissionReference(mission), questionID: question.id.rawValue)),
                    at: now)
            }
            return MissionQuestionView(question, mission: mission, asker: user, answerer: nil)
        }
    }

    /// The owner of the question's mission (or the operator) answers it (audit
    /// `mission-question.answered`); the asker is told by e-mail, without the text or the
    /// answerer's address.
    /// - Parameter sharesEmail: whether the asker may see the answerer's address.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``ContactError``.
    public func answerQuestion(
        _ id: MissionQuestionID, text: String, sharesEmail: Bool, by caller: Caller
    ) throws -> MissionQuestionView {
        guard let user = caller.user else {
            throw AccessError.roleRequired(action: "answer a question", roles: [.missionOwner, .operator])
        }
        let now = clock.now
        return try database.write { connection in
            let store = MissionQuestionStore(connection)
            guard let question = try store.find(id),
                let mission = try MissionStore(connection).find(question.missionID), mission.isVisible(to: user)
            else { throw NotFoundError("mission-question", id: id) }
            guard MissionQuestion.mayAnswer(about: mission, user: user) else {
                throw AccessError.notOwner(action: "answer a question about this mission")
            }
            guard !question.isAnswered else { throw ContactError.alreadyAnswered }
            if let problem = MissionQuestion.textProblems(
                text, maximum: MissionQuestion.maximumTextLength, answer: true
            ).first {
                throw problem
            }
            let answered = try store.answer(
                question, text: text.trimmingWhitespace(), sharesEmail: sharesEmail, by: user.id, actor: caller.actor,
                at: now)
            let users = UserStore(connection)
            let asker = try users.find(question.askerID)
            if let asker, asker.isActive {
                try Outbox(connection).enqueue(
                    Notice(
                        to: Recipient(asker),
                        .missionQuestionAnswered(mission: MissionReference(mission), questionID: id.rawValue)),
                    at: now)
            }
            return MissionQuestionView(answered, mission: mission, asker: asker, answerer: user)
        }
    }

    /// One page of the questions about the caller's missions (an owner), or about every mission
    /// (the operator): unanswered first, oldest first; `answered` keeps one of the two.
    /// - Returns: the page and how many questions the list holds.
    /// - Throws: ``AccessError``.
    public func questionsAboutMyMissions(answered: Bool?, limit: Int, offset: Int, by caller: Caller) throws -> (
        questions: [MissionQuestionView], total: Int
    ) {
        try caller.require(.missionOwner, .operator, to: "read the questions about one's missions")
        let owner = caller.user.flatMap { $0.has(.operator) ? nil : $0.id }
        return try database.read { connection in
            let store = MissionQuestionStore(connection)
            let page = try store.page(ownedBy: owner, answered: answered, limit: limit, offset: max(0, offset))
            return (try views(page, in: connection), try store.count(ownedBy: owner, answered: answered))
        }
    }

    /// One page of the questions the caller asked, newest first, with their answers.
    /// - Returns: the page and how many questions the caller asked.
    /// - Throws: ``AccessError`` for the command line (it asks nothing).
    public func myQuestions(limit: Int, offset: Int, by caller: Caller) throws -> (
        questions: [MissionQuestionView], total: Int
    ) {
        guard let user = caller.user else { throw AccessError.roleRequired(action: "read one's questions", roles: []) }
        return try database.read { connection in
            let store = MissionQuestionStore(connection)
            let page = try store.page(askedBy: user.id, limit: limit, offset: max(0, offset))
            return (try views(page, in: connection), try store.count(askedBy: user.id))
        }
    }

    private func views(_ questions: [MissionQuestion], in connection: Connection) throws -> [MissionQuestionView] {
        let missions = MissionStore(connection)
        let users = UserStore(connection)
        return try questions.map { question in
            MissionQuestionView(
                question, mission: try missions.find(question.missionID), asker: try users.find(question.askerID),
                answerer: try question.answeredBy.flatMap { try users.find($0) })
        }
    }
}
