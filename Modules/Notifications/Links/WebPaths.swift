public import Domain

/// The paths of the web front's pages, known in one place: the e-mails link to them
/// (``MessageCatalogue``) and the web front declares and links them (`Modules/Web`), so a message
/// never points at a page that does not exist (issue 17, "links that land").
///
/// Each path is the page where its reader acts: a signed-out reader is sent through sign-in and
/// back to it (``signIn(returningTo:)``, ``localReturnPath(_:)``).
public enum WebPaths {
    /// The personal space every signed-in person lands on: what awaits them across their roles.
    public static let space = "/mon-espace"
    /// The sign-in form.
    public static let signIn = "/connexion"
    /// Creating an account with a professional address.
    public static let signUp = "/inscription"
    /// The talent's profile form.
    public static let profile = "/mon-profil"
    /// The talent's applications.
    public static let myApplications = "/mes-candidatures"
    /// The applications awaiting a mission owner's answer.
    public static let ownerApplications = "/espace-responsable/candidatures"
    /// The agreements of the signed-in person (and, for a referent, the employments to confirm).
    public static let myAgreements = "/mes-conventions"
    /// The operator's console (moderation queue, late applications, figures).
    public static let console = "/console"
    /// The operator's list of late applications, in the console.
    public static let lateApplications = "/console#retards"
    /// The time reports awaiting the owner's validation, in their personal space.
    public static let timeReportsToValidate = "/mon-espace#temps-a-valider"
    /// The catalogue of published missions.
    public static let catalogue = "/missions"
    /// Where a signed-in person mutes the weekly digests.
    public static let notificationPreferences = "/mes-preferences"
    /// A talent's saved searches, whose new matches the weekly digest lists.
    public static let savedSearches = "/mes-recherches"

    /// The public page of *Vis mon job*.
    public static let visMonJobHome = "/vis-mon-job"
    /// The ambassador's *Vis mon job* page (registration, coaching hours).
    public static let visMonJobAmbassador = "/vis-mon-job/ambassadeur"
    /// The `.ics` of an interview proposal, downloaded from the application's page.
    public static func interviewCalendar(_ id: ApplicationID) -> String {
        "/candidatures/\(id.rawValue)/echange.ics"
    }
    /// The `.ics` of a *Vis mon job* pair's day, for its ambassador.
    public static func visMonJobPairCalendar(_ id: Int64) -> String {
        "/vis-mon-job/pairs/\(id)/journee.ics"
    }
    /// The `.ics` of the coaching hour the ambassador booked in edition `id`.
    public static func visMonJobCoachingCalendar(edition id: Int64) -> String {
        "/vis-mon-job/ambassadeur/preparation.ics?edition=\(id)"
    }
    /// The `.ics` of an agreement's window.
    public static func agreementCalendar(_ id: Int64) -> String {
        "/conventions/\(id)/agenda.ics"
    }

    /// A published mission's public page.
    public static func mission(_ id: MissionID) -> String {
        "/missions/\(id.rawValue)"
    }

    /// A talent's application, in their list of applications.
    public static func myApplication(_ id: ApplicationID) -> String {
        "\(myApplications)#candidature-\(id.rawValue)"
    }

    /// An application awaiting the owner's answer, in the owner's list with its answer forms.
    public static func ownerApplication(_ id: ApplicationID) -> String {
        "\(ownerApplications)#candidature-\(id.rawValue)"
    }

    /// An agreement: its terms, signatures, next step and actions.
    public static func agreement(_ id: Int64) -> String {
        "/conventions/\(id)"
    }

    /// The time reported on an agreement, where the owner validates it.
    public static func timeReports(ofAgreement id: Int64) -> String {
        "/conventions/\(id)/temps"
    }

    /// A mission order.
    public static func missionOrder(_ id: Int64) -> String {
        "/ordres-de-mission/\(id)"
    }

    /// A mission under the operator's review.
    public static func moderation(_ id: MissionID) -> String {
        "/console/missions/\(id.rawValue)"
    }

    /// Where a referent confirms the employments declared in their administration.
    public static let employmentsToConfirm = "/referent/agents-a-confirmer"

    /// The public verification page of a diploma (an Open Badges assertion, by its public id).
    public static func diploma(_ publicID: String) -> String {
        "/badges/assertions/\(percentEncoded(publicID))/verification"
    }

    /// A *Vis mon job* pair.
    public static func visMonJobPair(_ id: Int64) -> String {
        "/vis-mon-job/pairs/\(id)"
    }

    /// A *Vis mon job* student's private page, reached by the token of their registration.
    public static func visMonJobStudent(token: String) -> String {
        "/vis-mon-job/binome?jeton=\(percentEncoded(token))"
    }

    /// The one-time sign-in link of an e-mail, going on to `next` once signed in.
    public static func signInLink(token: String, next: String?) -> String {
        "/connexion/lien?jeton=\(percentEncoded(token))" + returnQuery(next, separator: "&")
    }

    /// The sign-in form, going on to `next` (a local path) once signed in.
    public static func signIn(returningTo next: String?) -> String {
        signIn + returnQuery(next, separator: "?")
    }

    /// The name of the parameter that carries the page to go back to after signing in.
    public static let returnParameter = "retour"

    /// `text` when it is a path of this site to go back to after signing in, else nil: it starts
    /// with one `/` (not `//` nor `/\`, which browsers read as another host), holds only visible
    /// ASCII characters without a backslash, quotes or angle brackets, is at most 1,000
    /// characters long, and is not a sign-in or sign-out page (no loop). This refuses any open
    /// redirect (OWASP, "Unvalidated Redirects and Forwards").
    public static func localReturnPath(_ text: String?) -> String? {
        guard let text, text.utf8.count <= 1000, text.hasPrefix("/"), !text.hasPrefix("//"),
            text.utf8.allSatisfy({ (0x21...0x7E).contains($0) && !"\\\"<>`".utf8.contains($0) })
        else { return nil }
        for refused in [signIn, "/deconnexion", signUp]
        where text == refused || text.hasPrefix(refused + "/")
            || text.hasPrefix(refused + "?") || text.hasPrefix(refused + "#")
        {
            return nil
        }
        return text
    }

    /// `&retour=…` or `?retour=…` for a valid local `next`, else nothing.
    private static func returnQuery(_ next: String?, separator: String) -> String {
        guard let next = localReturnPath(next) else { return "" }
        return "\(separator)\(returnParameter)=\(percentEncoded(next))"
    }

    /// `text` with every byte but the unreserved characters of RFC 3986 §2.3 percent-encoded.
    public static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
