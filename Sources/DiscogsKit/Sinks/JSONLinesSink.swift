import Foundation

/// Writes each item as one line of compact JSON (JSON Lines), keys sorted.
///
/// Every line is a whole item carrying its `item_type`, so the output can be appended to and
/// read back line by line (``ExtractedItem`` decodes it). No output for no items.
///
/// ```swift
/// let sink = JSONLinesSink(destination: try FileDestination(path: "items.jsonl"))
/// try await sink.write(.track(track))
/// try await sink.close()
/// // {"artist_name":"Rødhåd","catalog_number":"FIGURE X 12",…,"item_type":"track",…}
/// ```
public actor JSONLinesSink: ItemSink {
    private var writer: BufferedWriter
    private let encoder = ItemJSON.makeEncoder()

    /// Creates a sink writing to `destination`.
    /// - Parameters:
    ///   - destination: Where the lines go.
    ///   - bufferCapacity: Bytes collected before they are handed to the destination; 64 KiB by default.
    public init(destination: any ByteDestination, bufferCapacity: Int = 64 * 1024) {
        writer = BufferedWriter(destination: destination, capacity: bufferCapacity, sinkName: "JSONLinesSink")
    }

    /// Writes `item` as one line.
    /// - Throws: ``SinkError/invalidItem(key:reason:)``, ``SinkError/closed(sink:)`` or the destination's error.
    public func write(_ item: ExtractedItem) throws {
        try writer.checkWritable()
        try writer.write(ItemJSON.text(of: item, using: encoder) + "\n")
    }

    /// Hands buffered lines to the destination.
    public func flush() throws { try writer.flush() }

    /// Hands buffered lines to the destination and closes it.
    public func close() throws { try writer.close() }
}
