import Domain

/// Ids bound as one parameter, a JSON array (`[3,1,2]`), that a query reads back with
/// `json_each(?) j JOIN t ON t.id = j.value` (each id sought in the index) or, where the
/// table's columns are named bare, `IN (SELECT value FROM json_each(?))`
/// (https://www.sqlite.org/json1.html#jeach): a batch of rows in one query and one cached
/// statement, however many ids there are.
struct IDList<Tag>: SQLiteBindable {
    /// The JSON array.
    let json: String

    /// The list of `ids`, in their order.
    init(_ ids: some Sequence<ID<Tag>>) {
        json = "[" + ids.map { String($0.rawValue) }.joined(separator: ",") + "]"
    }

    /// A TEXT.
    var sqlValue: SQLValue { .text(json) }
}
