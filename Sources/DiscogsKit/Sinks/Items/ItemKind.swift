/// The kind of a SongNodes item, written as its `item_type` field.
///
/// ```swift
/// ItemKind.track.rawValue // "track"
/// ```
public enum ItemKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A ``TrackItem``: one playable track of a release.
    case track
    /// An ``ArtistItem``: one artist (main, track or credited).
    case artist
    /// A ``LabelItem``: one record label.
    case label

    /// The raw value, as written in `item_type`.
    public var description: String { rawValue }
}
