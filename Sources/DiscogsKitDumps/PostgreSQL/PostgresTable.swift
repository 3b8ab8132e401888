/// A table the COPY output fills: its columns in COPY order, its primary key and the indexes
/// built after the load.
public struct PostgresTable: Sendable, Hashable {
    /// A column: its name and SQL type.
    public struct Column: Sendable, Hashable {
        /// The column's name.
        public var name: String
        /// Its SQL type (`bigint`, `text`, `text[]`, `boolean`, `integer`).
        public var type: String
    }

    /// The table's name.
    public var name: String
    /// The columns, in the order of the COPY stream's fields.
    public var columns: [Column]
    /// The primary key's columns (empty: none).
    public var primaryKey: [String]
    /// Columns each indexed after the load.
    public var indexed: [String]

    init(_ name: String, _ columns: [(String, String)], primaryKey: [String] = [], indexed: [String] = []) {
        self.name = name
        self.columns = columns.map { Column(name: $0.0, type: $0.1) }
        self.primaryKey = primaryKey
        self.indexed = indexed
    }

    /// The file its COPY stream is written to.
    public var fileName: String { name + ".tsv" }

    /// `CREATE TABLE IF NOT EXISTS …` without keys or indexes (they come after the load).
    var createStatement: String {
        let columns = columns.map { "    \($0.name) \($0.type)" }.joined(separator: ",\n")
        return "CREATE TABLE IF NOT EXISTS \(name) (\n\(columns)\n);"
    }

    /// The names of the key and the indexes this table gets after the load.
    var constraintName: String { name + "_pkey" }
    func indexName(_ column: String) -> String { "\(name)_\(column)_idx" }
}
