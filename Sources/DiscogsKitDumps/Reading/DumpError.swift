/// Why a dump could not be read, with where: the record's id and the byte offset (in the XML,
/// that is after decompression) when they are known.
public struct DumpError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// The file or stream could not be opened or read.
        case unreadable
        /// The gzip stream is corrupt or cut short.
        case corruptCompression
        /// The XML is not well formed (or ends in the middle of an element).
        case malformedXML
        /// An element where a record was expected that is not one of this dump kind.
        case unknownElement
        /// A value that must be a number (an id, a quantity, a duration) is not one.
        case badValue
    }

    /// What went wrong.
    public var kind: Kind
    /// The detail, as a phrase.
    public var message: String
    /// The id of the record being read, when known.
    public var recordID: Int?
    /// The byte offset in the XML where the problem was found, when known.
    public var byteOffset: Int?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, recordID: Int? = nil, byteOffset: Int? = nil) {
        self.kind = kind
        self.message = message
        self.recordID = recordID
        self.byteOffset = byteOffset
    }

    /// `record 249504, byte 10422: malformed XML: the end tag </title> closes <notes>`.
    public var description: String {
        var place: [String] = []
        if let recordID { place.append("record \(recordID)") }
        if let byteOffset { place.append("byte \(byteOffset)") }
        let phrase: String
        switch kind {
        case .unreadable: phrase = "cannot read the dump"
        case .corruptCompression: phrase = "the gzip stream is corrupt"
        case .malformedXML: phrase = "malformed XML"
        case .unknownElement: phrase = "unknown element"
        case .badValue: phrase = "bad value"
        }
        return (place.isEmpty ? "" : place.joined(separator: ", ") + ": ") + phrase + ": " + message
    }
}
