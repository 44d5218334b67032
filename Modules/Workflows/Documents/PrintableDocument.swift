public import Domain
import Notifications

/// A document of the engagement as it is printed and downloaded: the agreement, the mission
/// order, the certificate of a completed mission. One value, built by a use case of
/// `Workflows+Documents` once the caller's right to it is established, from which both the print
/// page (HTML) and the PDF file are made, so that they say the same thing, in French.
public struct PrintableDocument: Sendable, Equatable {
    /// Which document it is.
    public enum Kind: String, Sendable, CaseIterable {
        /// The tripartite agreement.
        case agreement
        /// The mission order of an agreement.
        case missionOrder = "mission-order"
        /// The certificate of a completed mission (the diploma's printable form).
        case completionCertificate = "completion-certificate"
    }

    /// One line of a section: a label and its value (`Agent` — `Léa Dupré`).
    public struct Line: Sendable, Equatable {
        /// What the value is.
        public let label: String
        /// The value, as written.
        public let value: String

        /// A line.
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// A titled part of the document: paragraphs first, then its lines.
    public struct Section: Sendable, Equatable {
        /// The section's heading.
        public let heading: String
        /// Running text before the lines (may be empty).
        public let paragraphs: [String]
        /// The label/value lines.
        public let lines: [Line]

        /// A section.
        public init(_ heading: String, paragraphs: [String] = [], lines: [Line] = []) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.lines = lines
        }
    }

    /// The record a document is made from (its audit subject).
    public struct Subject: Sendable, Equatable {
        /// The record's type (`agreement`, `mission-order`).
        public let type: String
        /// Its id.
        public let id: Int64

        /// A subject.
        public init(type: String, id: Int64) {
            self.type = type
            self.id = id
        }
    }

    /// Which document.
    public let kind: Kind
    /// The document's title (`Convention de mission n° 42`).
    public let title: String
    /// The reference it is known by (`n° 42`, the mission order's reference, the diploma's id).
    public let reference: String
    /// What it is, in one sentence, under the title.
    public let summary: String
    /// Its sections, in order.
    public let sections: [Section]
    /// Who publishes it (the PDF's author): the programme.
    public let author: String
    /// When it was produced (the PDF's creation date).
    public let createdAt: Instant
    /// The record it is made from, for the audit of its download (`agreement`, 42).
    public let subject: Subject
    /// The file name of its PDF, ASCII (`convention-42.pdf`).
    public let filename: String

    /// A document.
    public init(
        kind: Kind, title: String, reference: String, summary: String, sections: [Section], author: String,
        createdAt: Instant, subject: Subject, filename: String
    ) {
        self.kind = kind
        self.title = title
        self.reference = reference
        self.summary = summary
        self.sections = sections
        self.author = author
        self.createdAt = createdAt
        self.subject = subject
        self.filename = filename
    }

    /// The line that ends the document: when and by whom it was produced, its reference.
    public var colophon: String {
        "Document établi le \(FrenchDate.format(createdAt)) par \(author) — référence \(reference)."
    }

    /// The value of the first line labelled `label`, in any section (tests, and pages that quote one).
    public func value(of label: String) -> String? {
        sections.lazy.flatMap(\.lines).first { $0.label == label }?.value
    }
}
