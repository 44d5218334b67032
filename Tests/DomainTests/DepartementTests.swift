import Domain
import Testing

@Suite("Departement")
struct DepartementTests {
    @Test(
        "accepts INSEE codes",
        arguments: [
            ("01", "01"), ("19", "19"), ("2A", "2A"), ("2b", "2B"), ("21", "21"), ("75", "75"), ("95", "95"),
            ("971", "971"), ("976", "976"), (" 69 ", "69")
        ])
    func accepts(text: String, code: String) throws {
        #expect(try Departement(text).code == code)
    }

    @Test(
        "refuses other codes",
        arguments: ["", "0", "00", "1", "20", "96", "99", "970", "977", "001", "2C", "A2", "+1", "7 5"])
    func refuses(text: String) {
        #expect(throws: ValueError.invalidDepartement(field: "departement", text: text)) { try Departement(text) }
    }

    @Test("sorts in INSEE order, Corsica in place of 20")
    func ordering() {
        let codes = ["971", "2B", "21", "19", "2A", "01", "95"].map(departement)
        #expect(codes.sorted().map(\.code) == ["01", "19", "2A", "2B", "21", "95", "971"])
    }
}
