import Domain
import Persistence

extension Workflows {
    /// Writes the audit event of a file the caller downloads (`download.<what>`, e.g.
    /// `download.credit-statement`): who took which extract of the programme's data, and when.
    /// `subject` names the record it covers (an administration), `details` the filters applied
    /// (codes and dates, never personal data). Call it once the caller's right to the data is
    /// established, that is after the use case that read it.
    public func recordDownload(
        _ what: String, subject: (type: String, id: Int64)? = nil, details: [String: String] = [:],
        by caller: Caller
    ) throws {
        let event = AuditEvent(
            action: "download.\(what)", subjectType: subject?.type ?? "download", subjectID: subject?.id,
            actor: caller.actor, at: clock.now, details: details)
        try database.write { try AuditLog($0).append(event) }
    }
}
