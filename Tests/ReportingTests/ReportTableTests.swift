import Reporting
import Testing

@Suite struct ReportTableTests {
    private var table: ReportTable {
        var table = ReportTable(columns: ["name", "count", "share"])
        table.append([.text("plain"), .integer(12), .decimal(0.5)])
        table.append([.text("Comma, \"quoted\"\nand é"), .integer(3), .empty])
        return table
    }

    @Test func csvFollowsRFC4180() {
        #expect(
            ReportFormat.csv.render(table) == "name,count,share\r\n"
                + "plain,12,0.5\r\n"
                + "\"Comma, \"\"quoted\"\"\nand é\",3,\r\n")
    }

    @Test func csvQuotesACarriageReturn() {
        var table = ReportTable(columns: ["a", "b"])
        table.append([.text("x\r\ny"), .text("z\r")])
        #expect(table.csv == "a,b\r\n\"x\r\ny\",\"z\r\"\r\n")
    }

    @Test func jsonKeepsColumnOrderAndTypes() {
        #expect(
            ReportFormat.json.render(table) == #"""
                [
                  {
                    "name": "plain",
                    "count": 12,
                    "share": 0.5
                  },
                  {
                    "name": "Comma, \"quoted\"\nand é",
                    "count": 3,
                    "share": null
                  }
                ]

                """#)
        #expect(ReportFormat.json.render(ReportTable(columns: ["x"])) == "[]\n")
    }

    @Test func jsonEscapesControlCharacters() {
        var table = ReportTable(columns: ["t"])
        table.append([.text("tab\there\u{1}\\")])
        #expect(table.json.contains(#""t": "tab\there\u0001\\""#))
    }

    @Test func textAlignsColumnsAndNumbersRight() {
        var table = ReportTable(columns: ["administration", "overdue", "share"])
        table.append([.text("DNUM"), .integer(12), .decimal(2.0 / 3.0)])
        table.append([.text("MINARM"), .integer(3), .empty])
        #expect(
            ReportFormat.table.render(table) == """
                ADMINISTRATION  OVERDUE  SHARE
                DNUM                 12   0.67
                MINARM                3      -

                """)
    }
}
