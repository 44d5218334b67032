import Mail
import Synchronization

/// A mail transport for workflow tests: records what it is given and fails as scripted
/// (the real transports are tested in MailTests and end to end in APITests).
final class RecordingTransport: MailTransport {
    private let state = Mutex<(delivered: [MailMessage], failures: [MailDeliveryError])>(([], []))

    /// The messages accepted so far, in order.
    var delivered: [MailMessage] { state.withLock { $0.delivered } }

    /// Makes the next deliveries fail with `errors`, one each, before accepting again.
    func fail(with errors: MailDeliveryError...) {
        state.withLock { $0.failures += errors }
    }

    func deliver(_ message: MailMessage) throws(MailDeliveryError) {
        let failure: MailDeliveryError? = state.withLock { state in
            guard state.failures.isEmpty else { return state.failures.removeFirst() }
            state.delivered.append(message)
            return nil
        }
        if let failure { throw failure }
    }
}
