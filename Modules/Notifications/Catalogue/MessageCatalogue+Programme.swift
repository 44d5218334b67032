import Domain

extension MessageCatalogue {
    /// How long a sign-in link is valid, as the message states it (the web front's setting).
    public static let signInLinkMinutes = 15

    /// Recognition, the pool and *Vis mon job*.
    func programmeDraft(for event: NotificationEvent) -> MessageDraft {
        switch event {
        case .diplomaIssued(let mission, let diploma):
            MessageDraft(
                subject: "Votre diplôme virtuel pour la mission \(Self.quoted(mission.title))",
                paragraphs: [
                    "Félicitations : la mission \(Self.quoted(mission.title)) est terminée et un diplôme virtuel "
                        + "la certifie.",
                    "Vous pouvez le partager : chacun peut en vérifier l'authenticité par son lien."
                ],
                action: ("Voir le diplôme", WebPaths.diploma(diploma)))
        case .poolInvitation(let mission, _):
            MessageDraft(
                subject: "Invitation à candidater : \(Self.quoted(mission.title))",
                paragraphs: [
                    "Un responsable de mission a consulté votre profil dans le vivier et vous invite à "
                        + "candidater à la mission \(Self.quoted(mission.title))."
                ],
                action: ("Voir la mission", WebPaths.mission(mission.id)))
        case .visMonJobPairPublished(let pair, .ambassador, let day, _):
            MessageDraft(
                subject: "Vis mon job : votre binôme est connu",
                paragraphs: [
                    "Les binômes de Vis mon job sont publiés : un ou une élève passera la journée du "
                        + "\(FrenchDate.format(day)) à vos côtés.",
                    "Une séance de préparation d'une heure vous est proposée avant la journée."
                ],
                action: ("Voir le binôme", WebPaths.visMonJobPair(pair)))
        case .visMonJobPairPublished(let pair, .student, let day, _):
            MessageDraft(
                subject: "Vis mon job : votre binôme est connu",
                paragraphs: [
                    "Les binômes de Vis mon job sont publiés : vous passerez la journée du "
                        + "\(FrenchDate.format(day)) avec un agent ou une agente du numérique de l'État."
                ],
                action: ("Voir le binôme", WebPaths.visMonJobPair(pair)))
        case .visMonJobDateAgreed(let pair, .ambassador, let day, _):
            MessageDraft(
                subject: "Vis mon job : nouvelle date de la journée",
                paragraphs: [
                    "Votre binôme et vous avez convenu d'une autre date : la journée Vis mon job aura lieu le "
                        + "\(FrenchDate.format(day)).",
                    "Le fichier d'agenda joint remplace la date précédente dans votre agenda."
                ],
                action: ("Voir le binôme", WebPaths.visMonJobPair(pair)))
        case .visMonJobDateAgreed(_, .student, let day, _):
            MessageDraft(
                subject: "Vis mon job : nouvelle date de la journée",
                paragraphs: [
                    "Votre ambassadeur ou ambassadrice et vous avez convenu d'une autre date : la journée Vis mon "
                        + "job aura lieu le \(FrenchDate.format(day)).",
                    "Le fichier d'agenda joint remplace la date précédente dans votre agenda. Votre page Vis mon "
                        + "job reste accessible par le lien personnel reçu à l'inscription."
                ],
                action: ("Découvrir Vis mon job", WebPaths.visMonJobHome))
        case .visMonJobCoachingBooked(_, let startsAt, let place):
            MessageDraft(
                subject: "Vis mon job : votre séance de préparation",
                paragraphs: [
                    "Votre inscription à la séance de préparation du \(FrenchDate.format(startsAt)) est "
                        + "enregistrée. Elle dure une heure.",
                    place.isEmpty ? "Le lieu vous sera précisé par l'équipe du programme." : "Lieu : \(place)",
                    "Le fichier d'agenda joint l'ajoute à votre agenda."
                ],
                action: ("Voir ma participation", WebPaths.visMonJobAmbassador))
        case .visMonJobStudentRegistered(let token, let closes):
            MessageDraft(
                subject: "Vis mon job : votre inscription et votre lien personnel",
                paragraphs: [
                    "Votre inscription à Vis mon job est enregistrée. Le lien ci-dessous est votre lien "
                        + "personnel : il est la seule clé de votre inscription. Conservez ce message et ne le "
                        + "transférez pas.",
                    "Jusqu'au \(FrenchDate.format(closes)), ce lien vous permet de relire, de modifier ou de "
                        + "retirer votre inscription ; quand les binômes sont publiés, il présente votre "
                        + "ambassadeur ou ambassadrice et le jour de votre journée.",
                    "Si vous n'êtes pas à l'origine de cette inscription, ouvrez le lien et retirez-la : vos "
                        + "données seront effacées."
                ],
                action: ("Ouvrir ma page Vis mon job", WebPaths.visMonJobStudent(token: token)))
        case .signInLink(let token, _, let next):
            MessageDraft(
                subject: "Votre lien de connexion à Partagez vos talents numériques",
                paragraphs: [
                    "Vous avez demandé à vous connecter. Ce lien est valable \(Self.signInLinkMinutes) minutes "
                        + "et ne sert qu'une fois.",
                    "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : personne ne peut "
                        + "se connecter sans ce lien."
                ],
                action: ("Me connecter", WebPaths.signInLink(token: token, next: next)))
        default:
            preconditionFailure("\(event.kind.rawValue) is not a programme message")
        }
    }
}
