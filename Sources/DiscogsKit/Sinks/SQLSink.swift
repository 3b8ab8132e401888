import Foundation

/// Writes items as a PostgreSQL script of idempotent upserts, in one transaction.
///
/// The script begins a transaction, creates the schema and the tables `tracks`, `artists`,
/// `labels`, `track_artists` and `credits` when they do not exist, upserts each item
/// (`INSERT … ON CONFLICT … DO UPDATE`, so loading the same script twice updates rows instead of
/// duplicating them) and commits on ``close()``. A script cut short has no `COMMIT`, so loading
/// it changes nothing. Load it with:
///
/// ```sh
/// psql -v ON_ERROR_STOP=1 -d songnodes -f items.sql
/// ```
///
/// Strings are standard SQL literals with `'` doubled (the script sets
/// `standard_conforming_strings`, so backslashes are plain characters); absent values are
/// `NULL`; `metadata` and `external_urls` are JSONB; `catalog_numbers` is `text[]`;
/// `scrape_timestamp` is `timestamptz`. `Docs/ItemSchema.md` lists every column.
///
/// ```swift
/// let sink = try SQLSink(destination: try FileDestination(path: "items.sql"))
/// try await sink.write(.track(track))
/// try await sink.close()
/// ```
public actor SQLSink: ItemSink {
    /// Where the tables live.
    public struct Configuration: Sendable, Hashable {
        /// The schema holding the tables, created when missing; `nil` writes unqualified names
        /// (the connection's `search_path`). Defaults to `"discogs"`, which keeps the tables
        /// apart from a database's own `tracks` or `artists`.
        public var schema: String?

        /// Creates a configuration.
        /// - Parameter schema: The schema holding the tables; `"discogs"` by default.
        public init(schema: String? = "discogs") {
            self.schema = schema
        }
    }

    private var writer: BufferedWriter
    private let statements: SQLStatements
    private var wrotePreamble = false

    /// Creates a sink writing to `destination`.
    /// - Parameters:
    ///   - destination: Where the script goes.
    ///   - configuration: The schema to use; `"discogs"` by default.
    ///   - bufferCapacity: Bytes collected before they are handed to the destination; 64 KiB by default.
    ///   - resuming: Whether `destination` already holds this script's preamble (a resumed run):
    ///     statements continue the open transaction.
    /// - Throws: ``SinkError/invalidConfiguration(_:)`` when the schema is not a plain identifier.
    public init(
        destination: any ByteDestination, configuration: Configuration = Configuration(), bufferCapacity: Int = 64 * 1024,
        resuming: Bool = false
    ) throws {
        statements = SQLStatements(schema: try SQLSchema(schema: configuration.schema), encoder: ItemJSON.makeEncoder())
        writer = BufferedWriter(destination: destination, capacity: bufferCapacity, sinkName: "SQLSink")
        wrotePreamble = resuming
    }

    /// Checks `item` as ``write(_:)`` would, writing nothing.
    /// - Throws: ``SinkError/invalidItem(key:reason:)`` (out-of-range values, or U+0000 in a string).
    public func check(_ item: ExtractedItem) throws {
        _ = try statements.upsert(item)
    }

    /// Writes the upsert statements of `item` (after the preamble, for the first item).
    /// - Throws: ``SinkError/invalidItem(key:reason:)`` (out-of-range values, or U+0000 in a
    ///   string), ``SinkError/closed(sink:)`` or the destination's error.
    public func write(_ item: ExtractedItem) throws {
        try writer.checkWritable()
        let sql = try statements.upsert(item)
        try writePreambleIfNeeded()
        try writer.write(sql)
    }

    /// Hands buffered statements to the destination (the transaction stays open).
    public func flush() throws {
        try writer.checkWritable()
        try writePreambleIfNeeded()
        try writer.flush()
    }

    /// Writes `COMMIT;` and closes the destination.
    public func close() throws {
        guard !writer.isClosed else { return }
        do {
            try writePreambleIfNeeded()
            try writer.write("COMMIT;\n")
        } catch {
            try? writer.close()
            throw error
        }
        try writer.close()
    }

    private func writePreambleIfNeeded() throws {
        guard !wrotePreamble else { return }
        try writer.write("""
            -- DiscogsKit items for PostgreSQL; load with: psql -v ON_ERROR_STOP=1 -f FILE
            BEGIN;
            SET LOCAL client_encoding = 'UTF8';
            SET LOCAL standard_conforming_strings = on;
            SET LOCAL client_min_messages = warning;

            """ + statements.schema.createStatements)
        wrotePreamble = true
    }
}
