/// The kind of a tracklist row (`type_`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// release.tracklist.filter { $0.type == .track } // playable rows only
/// ```
public enum TrackType: LossyEnum {
    /// `track`: A playable track.
    case track
    /// `heading`: A section title such as "Side A" or a disc name; no position, no duration.
    case heading
    /// `index`: A container track (a suite, a medley) whose parts are in ``Track/subTracks``.
    case index
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [TrackType] = [.track, .heading, .index]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .track: "track"
        case .heading: "heading"
        case .index: "index"
        case .unknown(let value): value
        }
    }
}
