import Domain

// Ministries and their digital directorates and services, with their real names. Acronyms
// must be unique: where two ministries both have a "DNUM" or a "SNUM", the second one gets
// its ministry's name appended (DNUMSOCIAUX, SNUMJUSTICE…).

extension DemoAdministration {
    /// The twelve ministries of the demo dataset, with 33 directorates and services under them.
    static let all: [DemoAdministration] = [
        .ministry(
            "Services du Premier ministre", "SPM", .plural, domain: "pm.gouv.fr",
            [
                .unit(
                    "Direction interministérielle du numérique", "DINUM", .feminine,
                    domain: "numerique.gouv.fr", ["75"], weight: 2),
                .unit(
                    "Secrétariat général de la défense et de la sécurité nationale", "SGDSN", .masculine,
                    domain: "sgdsn.gouv.fr", ["75"],
                    [
                        .unit(
                            "Agence nationale de la sécurité des systèmes d'information", "ANSSI", .elided,
                            level: .service, domain: "ssi.gouv.fr", ["75", "35"], weight: 2)
                    ]),
                .unit(
                    "Direction de l'information légale et administrative", "DILA", .feminine,
                    domain: "dila.gouv.fr", ["75"])
            ]),
        .ministry(
            "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique", "MEF",
            .masculine, domain: "finances.gouv.fr",
            [
                .unit(
                    "Direction générale des Finances publiques", "DGFIP", .feminine,
                    domain: "dgfip.finances.gouv.fr",
                    ["93", "75", "59", "69", "13", "33", "31", "35", "44", "67", "45"],
                    weight: 5),
                .unit(
                    "Direction générale des douanes et droits indirects", "DGDDI", .feminine,
                    domain: "douane.finances.gouv.fr", ["93", "76", "13", "59", "67", "06"], weight: 2),
                .unit(
                    "Institut national de la statistique et des études économiques", "INSEE", .elided,
                    domain: "insee.fr", ["92", "35", "44", "59", "69", "13", "87", "974"], weight: 3),
                .unit("Direction générale des entreprises", "DGE", .feminine, domain: "finances.gouv.fr", ["75"]),
                .unit(
                    "Agence pour l'informatique financière de l'État", "AIFE", .elided, level: .service,
                    domain: "finances.gouv.fr", ["93"])
            ]),
        .ministry(
            "Ministère de l'Intérieur et des Outre-mer", "MI", .masculine, domain: "interieur.gouv.fr",
            [
                .unit(
                    "Direction du numérique du ministère de l'Intérieur", "DNUM", .feminine,
                    shortName: "DNUM de l'Intérieur", domain: "interieur.gouv.fr", ["75", "92"], weight: 3),
                .unit(
                    "Direction générale de la police nationale", "DGPN", .feminine,
                    domain: "interieur.gouv.fr", ["75", "92", "69", "13"], weight: 2),
                .unit(
                    "Direction générale de la gendarmerie nationale", "DGGN", .feminine,
                    domain: "gendarmerie.interieur.gouv.fr", ["92", "78", "18", "35"], weight: 3),
                .unit(
                    "Direction générale des étrangers en France", "DGEF", .feminine,
                    domain: "interieur.gouv.fr", ["75", "44"])
            ]),
        .ministry(
            "Ministère des Armées", "MINARM", .masculine, domain: "intradef.gouv.fr",
            [
                .unit(
                    "Direction générale du numérique et des systèmes d'information et de communication", "DGNUM",
                    .feminine, domain: "intradef.gouv.fr", ["75"], weight: 2),
                .unit(
                    "Direction générale de l'armement", "DGA", .feminine,
                    domain: "intradef.gouv.fr", ["75", "35", "29", "91", "83"], weight: 3),
                .unit(
                    "Direction interarmées des réseaux d'infrastructure et des systèmes d'information", "DIRISI",
                    .feminine, domain: "intradef.gouv.fr", ["94", "75", "83", "29", "57"], weight: 2)
            ]),
        .ministry(
            "Ministère de la Transition écologique et de la Cohésion des territoires", "MTECT", .masculine,
            domain: "developpement-durable.gouv.fr",
            [
                .unit(
                    "Service du numérique du ministère de la Transition écologique", "SNUM", .masculine,
                    shortName: "SNUM de la Transition écologique", domain: "developpement-durable.gouv.fr",
                    ["92", "69", "13"], weight: 2),
                .unit(
                    "Direction générale de l'aviation civile", "DGAC", .feminine,
                    domain: "aviation-civile.gouv.fr", ["75", "31", "94", "13"], weight: 2)
            ]),
        .ministry(
            "Ministère de l'Éducation nationale et de la Jeunesse", "MENJ", .masculine,
            domain: "education.gouv.fr",
            [
                .unit(
                    "Direction du numérique pour l'éducation", "DNE", .feminine,
                    domain: "education.gouv.fr", ["75", "86"], weight: 2),
                .unit(
                    "Direction générale de l'enseignement scolaire", "DGESCO", .feminine,
                    domain: "education.gouv.fr", ["75"])
            ]),
        .ministry(
            "Ministère de la Justice", "MJ", .masculine, domain: "justice.gouv.fr",
            [
                .unit(
                    "Service du numérique du ministère de la Justice", "SNUMJUSTICE", .masculine,
                    shortName: "SNUM de la Justice", domain: "justice.gouv.fr", ["75", "44"], weight: 2),
                .unit(
                    "Direction de l'administration pénitentiaire", "DAP", .feminine,
                    domain: "justice.gouv.fr", ["75", "45", "35"]),
                .unit(
                    "Direction des services judiciaires", "DSJ", .feminine,
                    domain: "justice.gouv.fr", ["75", "69", "59"])
            ]),
        .ministry(
            "Ministères sociaux (Travail, Santé, Solidarités)", "MSOCIAUX", .plural,
            domain: "social.gouv.fr",
            [
                .unit(
                    "Direction du numérique des ministères sociaux", "DNUMSOCIAUX", .feminine,
                    shortName: "DNUM des ministères sociaux", domain: "social.gouv.fr", ["75", "93"], weight: 2),
                .unit(
                    "Direction de la recherche, des études, de l'évaluation et des statistiques", "DREES", .feminine,
                    domain: "sante.gouv.fr", ["75"]),
                .unit("Direction générale de l'offre de soins", "DGOS", .feminine, domain: "sante.gouv.fr", ["75"])
            ]),
        .ministry(
            "Ministère de la Culture", "MC", .masculine, domain: "culture.gouv.fr",
            [
                .unit(
                    "Direction générale des patrimoines et de l'architecture", "DGPA", .feminine,
                    domain: "culture.gouv.fr", ["75"]),
                .unit(
                    "Direction générale de la création artistique", "DGCA", .feminine,
                    domain: "culture.gouv.fr", ["75"])
            ]),
        .ministry(
            "Ministère de l'Agriculture et de la Souveraineté alimentaire", "MASA", .masculine,
            domain: "agriculture.gouv.fr",
            [
                .unit(
                    "Service du numérique du ministère de l'Agriculture", "SNUMAGRI", .masculine,
                    shortName: "SNUM de l'Agriculture", domain: "agriculture.gouv.fr", ["75", "31", "21"], weight: 2),
                .unit(
                    "Direction générale de l'alimentation", "DGAL", .feminine,
                    domain: "agriculture.gouv.fr", ["75", "44"])
            ]),
        .ministry(
            "Ministère de l'Europe et des Affaires étrangères", "MEAE", .masculine,
            domain: "diplomatie.gouv.fr",
            [
                .unit(
                    "Direction du numérique du ministère de l'Europe et des Affaires étrangères", "DNUMMEAE",
                    .feminine, shortName: "DNUM du MEAE", domain: "diplomatie.gouv.fr", ["44", "75"], weight: 2),
                .unit(
                    "Direction des Français à l'étranger et de l'administration consulaire", "DFAE", .feminine,
                    domain: "diplomatie.gouv.fr", ["44", "75"])
            ]),
        .ministry(
            "Ministère de l'Enseignement supérieur et de la Recherche", "MESR", .masculine,
            domain: "recherche.gouv.fr",
            [
                .unit(
                    "Direction générale de l'enseignement supérieur et de l'insertion professionnelle", "DGESIP",
                    .feminine, domain: "recherche.gouv.fr", ["75"])
            ])
    ]
}
