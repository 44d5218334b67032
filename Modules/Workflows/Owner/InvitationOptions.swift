public import Domain

/// What a pool profile offers its reader to invite the talent: the reader's own missions the
/// talent may still be invited to, and the invitations already sent to the talent for the
/// reader's missions (every mission's, for the operator).
public struct InvitationOptions: Sendable {
    /// An invitation already sent, with the title of its mission.
    public struct Sent: Sendable {
        /// The invitation.
        public let invitation: Invitation
        /// The mission's title.
        public let missionTitle: String
    }

    /// The reader's published missions open to applications today that the talent was not
    /// invited to yet, newest first.
    public let missions: [Mission]
    /// The invitations already sent, oldest first.
    public let sent: [Sent]
}
