import Domain
import Persistence
import TestSupport
import Testing

/// The CHECK lists of the Vis mon job tables agree with their Swift enums.
@Suite("Vis mon job schema")
struct VisMonJobSchemaTests {
    static let enums = [
        StoredEnum(table: "vmj_editions", column: "state", rawValues: Set(EditionState.allCases.map(\.rawValue))),
        StoredEnum(table: "vmj_ambassadors", column: "job_family", rawValues: Set(JobFamily.allCases.map(\.rawValue))),
        StoredEnum(table: "vmj_students", column: "study_level", rawValues: Set(StudyLevel.allCases.map(\.rawValue))),
        StoredEnum(
            table: "vmj_students", column: "unmatched_reason",
            rawValues: Set(UnmatchedReason.allCases.map(\.rawValue))),
        StoredEnum(table: "vmj_pairs", column: "proposed_by", rawValues: Set(PairSide.allCases.map(\.rawValue))),
        StoredEnum(table: "vmj_pairs", column: "status", rawValues: Set(PairStatus.allCases.map(\.rawValue))),
        StoredEnum(table: "vmj_feedback", column: "side", rawValues: Set(PairSide.allCases.map(\.rawValue)))
    ]

    @Test("each CHECK list equals the raw values of its Swift enum", arguments: enums)
    func checkListsAgree(_ stored: StoredEnum) throws {
        try withTalentsDatabase { pool, _ throws in
            #expect(try pool.read { try stored.checkedValues($0) } == stored.rawValues)
        }
    }
}
