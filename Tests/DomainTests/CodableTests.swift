import Domain
import Foundation
import Testing

@Suite("Codable forms")
struct CodableTests {
    private func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
    }

    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("closed lists decode strictly: an unknown value names its field and the values allowed")
    func closedStringValues() throws {
        struct Wishes: Decodable {
            let family: JobFamily
            let level: StudyLevel
        }
        let wishes = try JSONDecoder().decode(Wishes.self, from: Data(#"{"family":"analyst","level":"bac+3"}"#.utf8))
        #expect(wishes.family == .analyst && wishes.level == .bac3)
        #expect(try json([JobFamily.dataScientist]) == #"["\#(JobFamily.dataScientist.rawValue)"]"#)
        #expect(try json(StudyLevel.bac5) == #""bac+5""#)
        #expect(throws: UnknownValueError(field: "family", value: "astronaut", of: JobFamily.self)) {
            try JSONDecoder().decode(Wishes.self, from: Data(#"{"family":"astronaut","level":"bac+3"}"#.utf8))
        }
        #expect(throws: UnknownValueError(field: "level", value: "bac+9", of: StudyLevel.self)) {
            try JSONDecoder().decode(Wishes.self, from: Data(#"{"family":"analyst","level":"bac+9"}"#.utf8))
        }
    }

    @Test("entities round-trip")
    func entities() throws {
        var mission = Mission.make(
            details: .make(departement: nil, crisis: true), state: .published,
            rejectionReason: "Trop vague")
        try mission.cancel(at: referenceInstant.adding(days: 1))
        #expect(try roundTrip(mission) == mission)
        #expect(
            try roundTrip(Talent.make(poolConsentAt: referenceInstant)) == Talent.make(poolConsentAt: referenceInstant))
        #expect(try roundTrip(Administration.make()) == Administration.make())
        let detailsWithPeriod = TalentProfile.make(
            availability: Availability(hoursPerMonth: 10, from: day("2026-01-01")))
        #expect(try roundTrip(detailsWithPeriod) == detailsWithPeriod)
    }

    @Test(
        "application states round-trip with a status tag",
        arguments: [
            (ApplicationState.submitted, #"{"status":"submitted"}"#),
            (
                .interviewProposed(Interview(at: Instant(millisecondsSinceEpoch: 1_000), means: "Visio")),
                #"{"interview":{"at":1000,"means":"Visio"},"status":"interview-proposed"}"#
            ),
            (.accepted, #"{"status":"accepted"}"#),
            (.declined(.make(.missionFilled)), #"{"reason":{"code":"mission-filled"},"status":"declined"}"#),
            (
                .withdrawn(.make(.other, text: "Mutation")),
                #"{"reason":{"code":"other","text":"Mutation"},"status":"withdrawn"}"#
            )
        ])
    func applicationStates(state: ApplicationState, expected: String) throws {
        #expect(try json(state) == expected)
        #expect(try roundTrip(state) == state)
        let application = Application.make(state: state, answeredAt: referenceInstant.adding(days: 1))
        #expect(try roundTrip(application) == application)
    }

    @Test("a mission's state is a plain string")
    func missionState() throws {
        #expect(try json([MissionState.closed(.filled), .published]) == #"["closed-filled","published"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(MissionState.self, from: Data(#""closed""#.utf8))
        }
    }

    @Test("mission details decode from the API's JSON, naming the field of a bad value")
    func missionDetailsJSON() throws {
        let body = #"""
            {"title": "Audit", "description": "Revue", "nature": "security-hardening",
             "requiredSkills": [{"code": "sec-audit", "minimumLevel": 3}, {"code": "dev-python", "minimumLevel": LEVEL}],
             "effortHours": 35, "window": {"start": "2026-04-01", "end": "2026-06-30"}, "departement": "DEP",
             "remote": true, "talentsSought": 1, "applicationDeadline": "2026-03-20", "crisis": false}
            """#
        func decode(level: String = "2", departement: String = "2a") throws -> MissionDetails {
            let json = body.replacingOccurrences(of: "LEVEL", with: level).replacingOccurrences(
                of: "DEP", with: departement)
            return try JSONDecoder().decode(MissionDetails.self, from: Data(json.utf8))
        }
        let details = try decode()
        #expect(details.departement?.code == "2A")
        #expect(details.requiredSkills[1] == SkillRequirement("dev-python", minimumLevel: .practice))
        #expect(try roundTrip(details) == details)
        #expect(throws: ValueError.invalidSkillLevel(field: "requiredSkills[1].minimumLevel", value: 0)) {
            try decode(level: "0")
        }
        #expect(throws: ValueError.invalidDepartement(field: "departement", text: "20")) {
            try decode(departement: "20")
        }
    }

    @Test("a coded reason is validated when decoded")
    func codedReasonDecoding() {
        #expect(throws: ApplicationError.reasonTextRequired) {
            try JSONDecoder().decode(CodedReason.self, from: Data(#"{"code":"other"}"#.utf8))
        }
    }

    @Test("stable string values for stored enums")
    func storedEnums() throws {
        #expect(
            try json([SkillFamily.projectProduct, .serverCloud, .designUX, .changeManagement])
                == #"["project-product","server-cloud","design-ux","change-management"]"#)
        #expect(try json([Role.missionOwner, .lineManager]) == #"["mission-owner","line-manager"]"#)
        #expect(try json(ApplicationStatus.interviewProposed) == #""interview-proposed""#)
        #expect(try json(MissionAction.closeAsFilled) == #""close-as-filled""#)
        #expect(try json(DomainErrorKind.invalidValue) == #""invalid-value""#)
        #expect(try json([PublicService.state, .territorial, .hospital]) == #"["state","territorial","hospital"]"#)
        #expect(
            try json([AdministrationLevel.ministry, .directorate, .service, .other])
                == #"["ministry","directorate","service","other"]"#)
    }
}
