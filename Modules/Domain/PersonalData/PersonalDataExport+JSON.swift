/// The export as JSON (the API, the CLI, the download from one's space): the tables in the
/// register's order, each record an object keyed by column.
extension PersonalDataExport: Encodable {
    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// See ``Encodable``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(userID, forKey: Key(stringValue: "userID"))
        try container.encode(madeAt.rfc3339, forKey: Key(stringValue: "madeAt"))
        var list = container.nestedUnkeyedContainer(forKey: Key(stringValue: "tables"))
        for table in tables {
            var object = list.nestedContainer(keyedBy: Key.self)
            try object.encode(table.name, forKey: Key(stringValue: "name"))
            try object.encode(table.title, forKey: Key(stringValue: "title"))
            var rows = object.nestedUnkeyedContainer(forKey: Key(stringValue: "rows"))
            for row in table.rows {
                var record = rows.nestedContainer(keyedBy: Key.self)
                for (column, value) in zip(table.columns, row) {
                    let key = Key(stringValue: column)
                    switch value {
                    case .null: try record.encodeNil(forKey: key)
                    case .integer(let integer): try record.encode(integer, forKey: key)
                    case .real(let real): try record.encode(real, forKey: key)
                    case .text(let text): try record.encode(text, forKey: key)
                    }
                }
            }
        }
    }
}
