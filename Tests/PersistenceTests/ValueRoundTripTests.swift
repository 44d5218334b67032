import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Binding and reading values")
struct ValueRoundTripTests {
    static let values: [SQLValue] = [
        .null,
        .integer(0), .integer(Int64.min), .integer(Int64.max), .integer(-1),
        .real(0), .real(-0.5), .real(Double.pi), .real(Double.greatestFiniteMagnitude), .real(-Double.infinity),
        .text(""), .text("Partagez vos talents numériques"), .text("直言 🇫🇷 émoji 👩🏽‍💻"), .text("nul\u{0}inside"),
        .blob([]), .blob([0]), .blob(Array(0...255))
    ]

    @Test("an SQLValue survives a table column and keeps its storage class", arguments: values)
    func storedValueRoundTrips(_ value: SQLValue) throws {
        try withTemporaryDirectory { directory in
            let connection = try Connection(path: directory.file("values.sqlite"))
            // A column without a declared type has no affinity: the storage class is kept.
            try connection.execute("CREATE TABLE t (v)")
            try connection.run("INSERT INTO t (v) VALUES (?)", value)
            let read = try connection.queryOne("SELECT v, typeof(v) FROM t") { row in
                (row.value(0), try row.string(1))
            }
            #expect(read?.0 == value)
            #expect(read?.1 == expectedTypeName(value))
        }
    }

    private func expectedTypeName(_ value: SQLValue) -> String {
        switch value {
        case .null: "null"
        case .integer: "integer"
        case .real: "real"
        case .text: "text"
        case .blob: "blob"
        }
    }

    @Test("Swift types round-trip through their typed readers")
    func typedRoundTrips() throws {
        let connection = try Connection(path: ":memory:")
        let instant = EpochMilliseconds(rawValue: 1_717_171_717_123)
        let data = Data([1, 2, 3])
        let row = try #require(
            try connection.queryOne(
                "SELECT ? AS i, ? AS l, ? AS d, ? AS s, ? AS t, ? AS f, ? AS b, ? AS data, ? AS at, ? AS i32",
                42, Int64.min, 2.5, "été", true, false, [UInt8]([0xFF, 0]), data, instant, Int32.max
            ) { row in
                (
                    try row.int("i"), try row.int64("l"), try row.double("d"), try row.string("s"),
                    try row.bool("t"), try row.bool("f"), try row.bytes("b"), try row.decode("data", as: Data.self),
                    try row.decode("at", as: EpochMilliseconds.self), try row.decode("i32", as: Int32.self)
                )
            })
        #expect(row.0 == 42)
        #expect(row.1 == Int64.min)
        #expect(row.2 == 2.5)
        #expect(row.3 == "été")
        #expect(row.4 == true)
        #expect(row.5 == false)
        #expect(row.6 == [0xFF, 0])
        #expect(row.7 == data)
        #expect(row.8 == instant)
        #expect(row.9 == Int32.max)
    }

    @Test("optionals bind NULL and read NULL as nil, values as values")
    func optionals() throws {
        let connection = try Connection(path: ":memory:")
        let none: String? = nil
        let some: Int64? = 7
        let values = try #require(
            try connection.queryOne(
                "SELECT ?, ?, ?, ?, ?, ?, ?", none, some, Int?.none,
                Double?.none, Bool?.none, [UInt8]?.none, "x"
            ) { row in
                (
                    try row.optionalString(0), try row.optionalInt64(1), try row.optionalInt(2),
                    try row.optionalDouble(3),
                    try row.optionalBool(4), try row.optionalBytes(5), try row.optionalString(6)
                )
            })
        #expect(values.0 == nil)
        #expect(values.1 == 7)
        #expect(values.2 == nil)
        #expect(values.3 == nil)
        #expect(values.4 == nil)
        #expect(values.5 == nil)
        #expect(values.6 == "x")
    }

    @Test("empty string and empty blob are not NULL")
    func emptyIsNotNull() throws {
        let connection = try Connection(path: ":memory:")
        let kinds = try connection.queryOne("SELECT typeof(?), typeof(?)", "", [UInt8]()) { row in
            [try row.string(0), try row.string(1)]
        }
        #expect(kinds == ["text", "blob"])
    }

    @Test("reading another storage class throws SQLITE_MISMATCH naming column, type and SQL")
    func mismatchThrows() throws {
        let connection = try Connection(path: ":memory:")
        let sql = "SELECT 'abc' AS code, NULL AS missing"
        let textAsInteger = #expect(throws: SQLiteError.self) {
            try connection.queryOne(sql) { try $0.int64("code") }
        }
        #expect(textAsInteger?.isMismatch == true)
        #expect(textAsInteger?.sql == sql)
        #expect(textAsInteger?.message.contains("column 0 (code) holds TEXT") == true)
        let nullAsString = #expect(throws: SQLiteError.self) {
            try connection.queryOne(sql) { try $0.string(1) }
        }
        #expect(nullAsString?.message.contains("holds NULL") == true)
    }

    @Test("epoch milliseconds convert from and to Date, truncating toward the past")
    func epochMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_700_000_000.1239)
        #expect(EpochMilliseconds(date).rawValue == 1_700_000_000_123)
        #expect(EpochMilliseconds(Date(timeIntervalSince1970: -0.0005)).rawValue == -1)
        #expect(EpochMilliseconds(rawValue: 1_500).date == Date(timeIntervalSince1970: 1.5))
        #expect(EpochMilliseconds(rawValue: 1) < EpochMilliseconds(rawValue: 2))
    }
}
