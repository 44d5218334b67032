extension OpenBadges {
    /// An Open Badges 2.0 Issuer profile (required: id, type, name, url, email).
    public struct IssuerDocument: Encodable, Hashable, Sendable {
        let context: String
        /// `Issuer`.
        public let type: String
        /// The URL of this document.
        public let id: String
        /// The issuer's name.
        public let name: String
        /// The issuer's home page.
        public let url: String
        /// The contact address.
        public let email: String
        /// What the issuer is.
        public let description: String

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case type, id, name, url, email, description
        }
    }

    /// An Open Badges 2.0 BadgeClass (required: id, type, name, description, image, criteria, issuer).
    public struct BadgeClassDocument: Encodable, Hashable, Sendable {
        /// The criteria of a badge class, as a narrative.
        public struct Criteria: Encodable, Hashable, Sendable {
            /// How the badge is earned.
            public let narrative: String
        }

        let context: String
        /// `BadgeClass`.
        public let type: String
        /// The URL of this document.
        public let id: String
        /// The badge's name.
        public let name: String
        /// What the badge recognises.
        public let description: String
        /// The URL of the badge's image.
        public let image: String
        /// How it is earned.
        public let criteria: Criteria
        /// The URL of the issuer profile.
        public let issuer: String
        /// Keywords.
        public let tags: [String]

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case type, id, name, description, image, criteria, issuer, tags
        }
    }

    /// An Open Badges 2.0 Assertion with hosted verification (required: id, type, recipient, badge,
    /// verification, issuedOn).
    public struct AssertionDocument: Encodable, Hashable, Sendable {
        /// The recipient, as a salted hash of the e-mail address.
        public struct Recipient: Encodable, Hashable, Sendable {
            /// `email`.
            public let type: String
            /// Always true: the address itself is never published.
            public let hashed: Bool
            /// The salt appended to the address before hashing.
            public let salt: String
            /// `sha256$` followed by the hex digest.
            public let identity: String
        }

        /// How the assertion is verified.
        public struct Verification: Encodable, Hashable, Sendable {
            /// `hosted`: the assertion is fetched from its `id`.
            public let type: String
        }

        /// What the diploma attests: the mission.
        public struct Evidence: Encodable, Hashable, Sendable {
            /// `Evidence`.
            public let type: String
            /// A URL describing the evidence (the mission part of the verification page).
            public let id: String
            /// The mission's title.
            public let name: String
            /// For whom, and how long.
            public let description: String
            /// The agreement's objectives.
            public let narrative: String
            /// `Mission`.
            public let genre: String
        }

        let context: String
        /// `Assertion`.
        public let type: String
        /// The URL of this document.
        public let id: String
        /// Who earned it.
        public let recipient: Recipient
        /// The URL of the badge class.
        public let badge: String
        /// When it was issued, RFC 3339.
        public let issuedOn: String
        /// Hosted verification.
        public let verification: Verification
        /// The URL of the baked image.
        public let image: String
        /// The mission.
        public let evidence: [Evidence]
        /// True when revoked; absent otherwise.
        public let revoked: Bool?
        /// Why it was revoked.
        public let revocationReason: String?

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case type, id, recipient, badge, issuedOn, verification, image, evidence, revoked,
                revocationReason
        }
    }
}
