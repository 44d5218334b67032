extension WebPaths {
    /// The contact form of the programme team.
    public static let contact = "/contact"
    /// The operator's list of the messages written to the programme team.
    public static let contactMessages = "/console/messages"
    /// The owner's list of the questions asked about their missions.
    public static let ownerQuestions = "/espace-responsable/questions"
    /// The agent's list of the questions they asked, with the answers.
    public static let myQuestions = "/mes-questions"
}
