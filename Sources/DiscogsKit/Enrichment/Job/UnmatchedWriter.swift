import Foundation

/// One target that produced no items, with the reason: written as a JSON line to the unmatched
/// file.
public struct UnmatchedTarget: Sendable, Hashable, Codable {
    /// Why the target has no items.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Searched, but nothing matched well enough.
        case unmatched
        /// The row could not be read.
        case badRow = "bad_row"
        /// A request failed (network, server, authentication, rate limit after retries).
        case error
    }

    /// The row's line (or element) number in the input.
    public var row: Int
    /// What happened.
    public var kind: Kind
    /// The artist, when the row had one.
    public var artist: String?
    /// The title, when the row had one.
    public var title: String?
    /// Why, as a sentence.
    public var reason: String

    /// Creates an entry.
    public init(row: Int, kind: Kind, artist: String? = nil, title: String? = nil, reason: String) {
        self.row = row
        self.kind = kind
        self.artist = artist
        self.title = title
        self.reason = reason
    }
}

/// Writes ``UnmatchedTarget``s as JSON Lines to a destination.
public actor UnmatchedWriter {
    private let destination: any ByteDestination
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Creates a writer.
    public init(destination: any ByteDestination) {
        self.destination = destination
    }

    /// Writes one entry.
    public func write(_ entry: UnmatchedTarget) throws {
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        try destination.write(Array(line))
    }

    /// Flushes the destination.
    public func flush() throws { try destination.flush() }

    /// Closes the destination.
    public func close() throws { try destination.close() }
}
