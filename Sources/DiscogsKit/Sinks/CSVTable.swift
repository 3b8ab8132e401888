import Foundation

/// Renders lists of any `Encodable` values (search results, artist releases, versions) as CSV:
/// one column per top-level key, nested arrays of strings joined with `; `, other nested values
/// as compact JSON. RFC 4180 quoting through ``CSVSink/field(_:)``.
///
/// ```swift
/// let table = CSVTable(for: SearchResult.self)
/// print(table.header + (try page.items.map(table.line).joined()), terminator: "")
/// ```
public struct CSVTable: Sendable {
    /// The column names, in the order the first row gave its keys (sorted), plus any later key.
    public private(set) var columns: [String]

    /// Creates a table with every column `type` can have (sorted): the same header whatever
    /// the rows, none at all included.
    public init<T: CSVRecord>(for type: T.Type) {
        columns = T.csvColumns.sorted()
    }

    /// Creates a table whose columns are the keys of `sample` (sorted).
    /// - Throws: an `EncodingError` when a value cannot be encoded.
    public init<T: Encodable>(sample: [T]) throws {
        var seen: [String] = []
        for value in sample {
            for key in try Self.object(value).keys.sorted() where !seen.contains(key) {
                seen.append(key)
            }
        }
        columns = seen
    }

    /// The header line (with CRLF).
    public var header: String {
        columns.map(CSVSink.field).joined(separator: ",") + "\r\n"
    }

    /// One CSV line (with CRLF) for `value`; keys the table has no column for are dropped, so
    /// build the table from a representative sample.
    /// - Throws: an `EncodingError` when the value cannot be encoded.
    public func line<T: Encodable>(_ value: T) throws -> String {
        let object = try Self.object(value)
        return columns.map { CSVSink.field(Self.cell(object[$0])) }.joined(separator: ",") + "\r\n"
    }

    static func object<T: Encodable>(_ value: T) throws -> [String: JSONValue] {
        let data = try JSONEncoder().encode(value)
        let json = try JSONDecoder().decode(JSONValue.self, from: data)
        return json.objectValue ?? ["value": json]
    }

    static func cell(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        switch value {
        case .null: return ""
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .number: return value.description
        case .array(let items) where items.allSatisfy({ $0.stringValue != nil }):
            return items.compactMap(\.stringValue).joined(separator: "; ")
        default: return value.description
        }
    }
}
