/// Where an application is in its life.
///
/// Encoded as `{"status": "…"}` plus `interview` or `reason` when the state carries one.
public enum ApplicationState: Hashable, Sendable {
    /// Sent, awaiting the owner's answer.
    case submitted
    /// The owner proposed an exchange.
    case interviewProposed(Interview)
    /// The owner accepted the talent (the agreement comes next).
    case accepted
    /// The owner declined.
    case declined(CodedReason)
    /// The talent withdrew.
    case withdrawn(CodedReason)

    /// The state without its data, as stored in a status column.
    public var status: ApplicationStatus {
        switch self {
        case .submitted: .submitted
        case .interviewProposed: .interviewProposed
        case .accepted: .accepted
        case .declined: .declined
        case .withdrawn: .withdrawn
        }
    }
}

extension ApplicationState: Codable {
    private enum CodingKeys: String, CodingKey {
        case status, interview, reason
    }

    /// Decodes `{"status": …, "interview"?: …, "reason"?: …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(ApplicationStatus.self, forKey: .status) {
        case .submitted: self = .submitted
        case .interviewProposed: self = .interviewProposed(try container.decode(Interview.self, forKey: .interview))
        case .accepted: self = .accepted
        case .declined: self = .declined(try container.decode(CodedReason.self, forKey: .reason))
        case .withdrawn: self = .withdrawn(try container.decode(CodedReason.self, forKey: .reason))
        }
    }

    /// Encodes `{"status": …}` with the state's interview or reason.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        switch self {
        case .submitted, .accepted: break
        case .interviewProposed(let interview): try container.encode(interview, forKey: .interview)
        case .declined(let reason), .withdrawn(let reason): try container.encode(reason, forKey: .reason)
        }
    }
}
