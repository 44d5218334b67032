/// The processings of personal data with their retention under `settings`: what the public page
/// `/donnees-personnelles` renders and docs/privacy.md's table "Processings and retention"
/// lists (`PrivacyRegisterTests` compares them).
public enum PersonalDataRegister {
    /// Every processing, in the page's order.
    public static func processings(_ settings: RetentionSettings) -> [PersonalDataProcessing] {
        [
            PersonalDataProcessing(
                id: "account", name: "Compte",
                data: "nom, adresse électronique professionnelle, administration, rôles, date de dernière connexion",
                purpose: "vous connecter et vous donner accès aux pages de votre rôle", basis: .publicTask,
                recipients: "vous, l’équipe du programme, le référent de votre administration",
                retention: .account(inactivityDays: settings.inactivityDays), setting: "TALENTS_INACTIVITY_DAYS"),
            PersonalDataProcessing(
                id: "talent-profile", name: "Profil de talent",
                data: "employeur, statut, département, responsable hiérarchique (nom et adresse), compétences et "
                    + "niveaux, disponibilité, présentation",
                purpose: "proposer votre expertise aux responsables de mission", basis: .publicTask,
                recipients: "vous, les responsables des missions auxquelles vous candidatez, le référent de votre "
                    + "administration, l’équipe du programme",
                retention: .account(inactivityDays: settings.inactivityDays), setting: "TALENTS_INACTIVITY_DAYS"),
            PersonalDataProcessing(
                id: "pool-and-spotlight", name: "Vivier et « À l’honneur »",
                data: "votre présence dans le vivier et dans « À l’honneur », la date de votre accord",
                purpose: "être trouvé par les responsables de mission, être cité publiquement", basis: .consent,
                recipients: "les responsables de mission (vivier, sans adresse ni responsable hiérarchique), le "
                    + "public (« À l’honneur »)",
                retention: .untilWithdrawn, setting: nil),
            PersonalDataProcessing(
                id: "engagements", name: "Candidatures, conventions, ordres de mission, temps déclarés, avis",
                data: "motivation, échanges, signatures, heures déclarées et validées, avis",
                purpose: "conduire les missions et en garder la preuve", basis: .publicTask,
                recipients: "les parties de chaque mission (responsable de mission, responsable hiérarchique, "
                    + "référents), l’équipe du programme",
                retention: .afterAgreement(years: 5), setting: nil),
            PersonalDataProcessing(
                id: "messages", name: "Courriels envoyés",
                data: "votre adresse et le contenu des messages que la plateforme vous envoie",
                purpose: "vous informer de ce qui vous concerne", basis: .publicTask,
                recipients: "l’équipe du programme", retention: .afterSending(days: settings.messageDays),
                setting: "TALENTS_RETENTION_MESSAGE_DAYS"),
            PersonalDataProcessing(
                id: "sign-in-history", name: "Historique de connexion",
                data: "dates de vos liens de connexion, sessions et jetons d’accès (jamais les secrets eux-mêmes)",
                purpose: "la sécurité du service", basis: .publicTask, recipients: "vous, l’équipe du programme",
                retention: .afterEnd(days: settings.signInDays), setting: "TALENTS_RETENTION_SIGN_IN_DAYS"),
            PersonalDataProcessing(
                id: "idempotency", name: "Réponses mémorisées de l’interface de programmation",
                data: "la réponse à une requête, rejouée si elle est répétée",
                purpose: "ne jamais exécuter deux fois la même demande", basis: .publicTask,
                recipients: "personne (l’application qui a fait la demande seulement)",
                retention: .hours(settings.idempotencyHours), setting: "TALENTS_RETENTION_IDEMPOTENCY_HOURS"),
            PersonalDataProcessing(
                id: "vis-mon-job-students", name: "Inscriptions des élèves à Vis mon job",
                data: "adresse électronique, établissement, niveau d’études, préférences, avis",
                purpose: "former les binômes et organiser la journée", basis: .consent,
                recipients: "l’équipe du programme, l’ambassadeur ou l’ambassadrice une fois le binôme formé",
                retention: .afterEdition(days: settings.studentDays), setting: "TALENTS_RETENTION_STUDENT_DAYS"),
            PersonalDataProcessing(
                id: "audit-trail", name: "Journal d’audit",
                data: "qui a fait quelle action et quand (identifiants et codes, jamais de nom ni de texte libre)",
                purpose: "la sécurité et la traçabilité des décisions", basis: .publicTask,
                recipients: "l’équipe du programme", retention: .years(5), setting: nil)
        ]
    }
}
