/// One processing of personal data as the public page `/donnees-personnelles` states it (in
/// French) and docs/privacy.md's table "Processings and retention" lists it (in English):
/// ``PersonalDataRegister`` holds them all, and `PrivacyRegisterTests` fails when the two disagree.
public struct PersonalDataProcessing: Sendable, Hashable {
    /// The legal basis (GDPR art. 6).
    public enum Basis: String, Sendable, Hashable {
        /// 6(1)(e): a task carried out in the public interest.
        case publicTask = "public task"
        /// 6(1)(a): consent, withdrawn at any time.
        case consent

        /// As the public page says it.
        public var french: String {
            switch self {
            case .publicTask: "mission d’intérêt public (article 6.1.e du RGPD)"
            case .consent: "votre accord (article 6.1.a du RGPD), que vous retirez à tout moment"
            }
        }
    }

    /// How long the data are kept.
    public enum Retention: Sendable, Hashable {
        /// While the account lives; anonymised after `days` without activity, warned before.
        case account(inactivityDays: Int)
        /// Until the person withdraws their consent.
        case untilWithdrawn
        /// `years` after the end of the agreement.
        case afterAgreement(years: Int)
        /// `days` after the message was sent.
        case afterSending(days: Int)
        /// `days` after the link, session or token ended.
        case afterEnd(days: Int)
        /// `hours` after the request.
        case hours(Int)
        /// `days` after the edition's day, at once on withdrawal.
        case afterEdition(days: Int)
        /// `years` after the event.
        case years(Int)

        /// In French, for the public page.
        public var french: String {
            switch self {
            case .account(let days):
                "tant que vous utilisez votre compte ; anonymisé après \(Self.frenchDays(days)) sans connexion, "
                    + "après deux courriels d’avertissement, un mois et sept jours avant"
            case .untilWithdrawn: "jusqu’au retrait de votre accord"
            case .afterAgreement(let years): "\(years) ans après la fin de la convention (contrôle des comptes publics)"
            case .afterSending(let days):
                "\(Self.frenchDays(days)) après l’envoi ; le jeton d’un lien de connexion est "
                    + "effacé dès le lendemain de l’envoi"
            case .afterEnd(let days): "\(Self.frenchDays(days)) après la fin du lien, de la session ou du jeton"
            case .hours(let hours): "\(hours) heures"
            case .afterEdition(let days): "\(Self.frenchDays(days)) après la journée de l’édition, ou dès votre retrait"
            case .years(let years): "\(years) ans"
            }
        }

        /// In English, as docs/privacy.md's table says it.
        public var english: String {
            switch self {
            case .account(let days): "while the account is used; anonymised after \(days) days without activity"
            case .untilWithdrawn: "until consent is withdrawn"
            case .afterAgreement(let years): "\(years) years after the agreement's end"
            case .afterSending(let days): "\(days) days after sending"
            case .afterEnd(let days): "\(days) days after the end"
            case .hours(let hours): "\(hours) hours"
            case .afterEdition(let days): "\(days) days after the edition's day"
            case .years(let years): "\(years) years"
            }
        }

        /// "90 jours", "1 an", "3 ans".
        public static func frenchDays(_ days: Int) -> String {
            guard days % 365 == 0 else { return days == 1 ? "1 jour" : "\(days) jours" }
            return days == 365 ? "1 an" : "\(days / 365) ans"
        }
    }

    /// A stable name, the first column of docs/privacy.md's table.
    public var id: String
    /// What it is, in French.
    public var name: String
    /// The data, in French.
    public var data: String
    /// Why, in French.
    public var purpose: String
    /// On which legal basis.
    public var basis: Basis
    /// Who sees it, in French.
    public var recipients: String
    /// How long it is kept.
    public var retention: Retention
    /// The setting that changes the period, if any (`TALENTS_…`).
    public var setting: String?
}
