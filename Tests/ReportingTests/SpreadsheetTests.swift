import Domain
import Foundation
import Testing

@testable import Reporting

@Suite struct SpreadsheetTests {
    private var sheet: Spreadsheet {
        get throws {
            var sheet = Spreadsheet(columns: ["Agent", "Date", "Heures", "Crédits", "Note"])
            sheet.append([
                .text("Zoé L'Hœst"), .date(try LocalDate(year: 2027, month: 3, day: 9)), .decimal(7.25, digits: 2),
                .integer(-3), .empty
            ])
            sheet.append([
                .text("Dupont; \"Jo\"\nsuite"), .date(try LocalDate(year: 987, month: 12, day: 31)),
                .decimal(-0.004, digits: 2), .integer(0), .text("=SOMME(A1)")
            ])
            return sheet
        }
    }

    @Test func frenchSpreadsheetBytes() throws {
        let bytes = try sheet.bytes
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self)
                == "Agent;Date;Heures;Crédits;Note\r\n"
                + "Zoé L'Hœst;09/03/2027;7,25;-3;\r\n"
                + "\"Dupont; \"\"Jo\"\"\nsuite\";31/12/0987;0,00;0;'=SOMME(A1)\r\n")
    }

    @Test func decimalsRoundHalfAwayFromZero() {
        #expect(Spreadsheet.decimal(2.5, digits: 0) == "3")
        #expect(Spreadsheet.decimal(-1.005, digits: 1) == "-1,0")
        #expect(Spreadsheet.decimal(12.06, digits: 1) == "12,1")
        #expect(Spreadsheet.decimal(0.5, digits: 3) == "0,500")
        #expect(Spreadsheet.decimal(.nan, digits: 2) == "")
    }

    /// Python's `csv` module, told what a French spreadsheet assumes (UTF-8 with BOM, `;`),
    /// reads back every field whole.
    @Test func pythonsCSVReaderReadsItBack() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try sheet.bytes).write(to: file)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                print(json.dumps(list(csv.reader(f, delimiter=";"))))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try JSONDecoder().decode([[String]].self, from: data)
        #expect(rows.count == 3)
        #expect(rows[1] == ["Zoé L'Hœst", "09/03/2027", "7,25", "-3", ""])
        #expect(rows[2] == ["Dupont; \"Jo\"\nsuite", "31/12/0987", "0,00", "0", "'=SOMME(A1)"])
    }
}
