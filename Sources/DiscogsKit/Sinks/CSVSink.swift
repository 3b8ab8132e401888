import Foundation

/// Writes items as RFC 4180 CSV: a header row, then one row per item of any kind.
///
/// One file holds tracks, artists and labels alike: the first column, `item_type`, says which,
/// and each row fills the columns of its kind (``columns`` lists them all), leaving the others
/// empty. Absent values are empty cells; Booleans are `true`/`false`; `metadata`,
/// `external_urls` and `catalog_numbers` hold compact JSON. A field is quoted when it contains
/// a comma, a double quote, CR or LF, with its quotes doubled (see ``field(_:)``). Rows end
/// with CRLF by default, as RFC 4180 says. Closing without items writes the header alone.
///
/// ```swift
/// let sink = CSVSink(destination: try FileDestination(path: "items.csv"))
/// try await sink.write(.track(track))
/// try await sink.close()
/// // item_type,item_key,discogs_id,track_name,artist_name,…
/// // track,1234567:A1,1234567,Blind Faith,"Rødhåd, Dax J",…
/// ```
public actor CSVSink: ItemSink {
    /// The line ending after each row.
    public enum LineEnding: String, Sendable, Hashable {
        /// `\r\n`, as RFC 4180 specifies; the default.
        case crlf = "\r\n"
        /// `\n`.
        case lf = "\n"
    }

    /// The header row's columns, in order.
    ///
    /// Tracks fill `track_name`, `artist_name`, `normalized_title`, `position`, `release_title`,
    /// `duration_ms`, `record_label`, `catalog_number`, `genre`, `subgenre`, `release_date`,
    /// `country`, `is_remix`, `is_live`, `remix_type`; artists fill `artist_name`,
    /// `normalized_name`, `bio`; labels fill `label_name`, `normalized_name`, `catalog_numbers`.
    /// Every kind fills `item_type`, `item_key`, `discogs_id`, `metadata`, `external_urls`,
    /// `data_source`, `scrape_timestamp`.
    public static let columns = CSVColumn.allCases.map(\.rawValue)

    private var writer: BufferedWriter
    private let encoder = ItemJSON.makeEncoder()
    private let lineEnding: String
    private var wroteHeader = false

    /// Creates a sink writing to `destination`.
    /// - Parameters:
    ///   - destination: Where the CSV goes.
    ///   - lineEnding: The row terminator; CRLF by default.
    ///   - bufferCapacity: Bytes collected before they are handed to the destination; 64 KiB by default.
    ///   - resuming: Whether `destination` already holds this CSV's header (a resumed run): no
    ///     second header is written.
    public init(destination: any ByteDestination, lineEnding: LineEnding = .crlf, bufferCapacity: Int = 64 * 1024,
                resuming: Bool = false) {
        writer = BufferedWriter(destination: destination, capacity: bufferCapacity, sinkName: "CSVSink")
        self.lineEnding = lineEnding.rawValue
        wroteHeader = resuming
    }

    /// The field as written: quoted, with its quotes doubled, when it contains `,`, `"`, CR or LF.
    ///
    /// ```swift
    /// CSVSink.field("Rødhåd's")      // Rødhåd's
    /// CSVSink.field("Rødhåd, Dax J") // "Rødhåd, Dax J"
    /// CSVSink.field("12\" Vinyl")    // "12"" Vinyl"
    /// ```
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return SinkText.doubling("\"", in: value)
    }

    /// Writes `item` as one row (after the header, for the first item).
    /// - Throws: ``SinkError/invalidItem(key:reason:)``, ``SinkError/closed(sink:)`` or the destination's error.
    public func write(_ item: ExtractedItem) throws {
        try writer.checkWritable()
        if let problem = item.problem { throw SinkError.invalidItem(key: item.key, reason: problem) }
        let cells = try CSVColumn.cells(of: item, using: encoder)
        let row = CSVColumn.allCases.map { cells[$0].map(Self.field) ?? "" }
        try writeHeaderIfNeeded()
        try writer.write(row.joined(separator: ",") + lineEnding)
    }

    /// Hands buffered rows to the destination.
    public func flush() throws {
        try writer.checkWritable()
        try writeHeaderIfNeeded()
        try writer.flush()
    }

    /// Writes the header when nothing was written, and closes the destination.
    public func close() throws {
        guard !writer.isClosed else { return }
        do {
            try writeHeaderIfNeeded()
        } catch {
            try? writer.close()
            throw error
        }
        try writer.close()
    }

    private func writeHeaderIfNeeded() throws {
        guard !wroteHeader else { return }
        try writer.write(Self.columns.joined(separator: ",") + lineEnding)
        wroteHeader = true
    }
}
