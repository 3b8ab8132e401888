/// The file formats DiscogsKit writes items in, by the names the CLI's `--format` takes.
///
/// ```swift
/// let format = try ItemSinkFormat(name: "jsonl")
/// let sink = try format.makeSink(destination: FileDestination.standardOutput)
/// ```
public enum ItemSinkFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// JSON Lines (``JSONLinesSink``), named `jsonl`.
    case jsonLines = "jsonl"
    /// A JSON array (``JSONArraySink``), named `json`.
    case jsonArray = "json"
    /// CSV (``CSVSink``), named `csv`.
    case csv
    /// A PostgreSQL script (``SQLSink``), named `sql`.
    case sql

    /// Reads a format name: `jsonl`, `json`, `csv` or `sql` (case-insensitive).
    /// - Throws: ``SinkError/invalidConfiguration(_:)`` naming the value and the accepted names.
    public init(name: String) throws {
        guard let format = Self(rawValue: name.lowercased()) else {
            let names = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw SinkError.invalidConfiguration("unknown format \"\(name)\"; expected one of \(names)")
        }
        self = format
    }

    /// The format's name.
    public var description: String { rawValue }

    /// A sink writing this format to `destination`, with each sink's default settings.
    /// - Parameters:
    ///   - destination: Where the output goes.
    ///   - resuming: Whether `destination` already holds the start of this output (a resumed run
    ///     reopened it after the last complete item): no second header, preamble or `[` is written.
    /// - Throws: Nothing for the default settings; declared for formats whose setup can fail.
    public func makeSink(destination: any ByteDestination, resuming: Bool = false) throws -> any ItemSink {
        switch self {
        case .jsonLines: JSONLinesSink(destination: destination)
        case .jsonArray: JSONArraySink(destination: destination, resuming: resuming)
        case .csv: CSVSink(destination: destination, resuming: resuming)
        case .sql: try SQLSink(destination: destination, resuming: resuming)
        }
    }
}
