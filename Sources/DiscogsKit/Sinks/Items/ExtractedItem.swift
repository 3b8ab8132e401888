/// One item extracted from Discogs data: a track, an artist or a label.
///
/// This is what an ``ItemSink`` receives. It encodes as the wrapped item's JSON object (which
/// carries its `item_type`) and decodes by reading `item_type`.
///
/// ```swift
/// let item = ExtractedItem.track(track)
/// item.kind // .track
/// item.key  // "track:1234567:A1"
/// ```
public enum ExtractedItem: Sendable, Hashable {
    /// A track.
    case track(TrackItem)
    /// An artist.
    case artist(ArtistItem)
    /// A label.
    case label(LabelItem)

    /// The item's kind.
    public var kind: ItemKind {
        switch self {
        case .track: .track
        case .artist: .artist
        case .label: .label
        }
    }

    /// The item's key within its kind (``TrackItem/itemKey``, ``ArtistItem/itemKey``, ``LabelItem/itemKey``).
    public var itemKey: String {
        switch self {
        case .track(let track): track.itemKey
        case .artist(let artist): artist.itemKey
        case .label(let label): label.itemKey
        }
    }

    /// The item's key across kinds, for de-duplicating a mixed stream: the kind, a colon and
    /// the ``itemKey`` (`"track:1234567:A1"`, `"artist:2108297"`, `"label:31425"`).
    public var key: String { "\(kind.rawValue):\(itemKey)" }

    /// What is wrong with the item's values, or `nil` when it can be written.
    var problem: String? {
        switch self {
        case .track(let track): track.problem
        case .artist(let artist): artist.problem
        case .label(let label): label.problem
        }
    }
}

extension ExtractedItem: Codable {
    private enum KindKey: String, CodingKey {
        case itemType = "item_type"
    }

    /// Decodes the item its `item_type` names.
    /// - Throws: `DecodingError` when `item_type` is missing or names no ``ItemKind``, or when
    ///   the item itself does not decode.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KindKey.self)
        let name = try container.decode(String.self, forKey: .itemType)
        guard let kind = ItemKind(rawValue: name) else {
            let known = ItemKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: .itemType, in: container, debugDescription: "item_type \"\(name)\" is not one of \(known)")
        }
        switch kind {
        case .track: self = .track(try TrackItem(from: decoder))
        case .artist: self = .artist(try ArtistItem(from: decoder))
        case .label: self = .label(try LabelItem(from: decoder))
        }
    }

    /// Encodes the wrapped item.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .track(let track): try track.encode(to: encoder)
        case .artist(let artist): try artist.encode(to: encoder)
        case .label(let label): try label.encode(to: encoder)
        }
    }
}
