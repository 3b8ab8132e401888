/// What a search hit is (`type`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// let masters = page.items.filter { $0.type == .master }
/// ```
public enum SearchResultType: LossyEnum {
    /// `release`: A release.
    case release
    /// `master`: A master release.
    case master
    /// `artist`: An artist.
    case artist
    /// `label`: A label.
    case label
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [SearchResultType] = [.release, .master, .artist, .label]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .release: "release"
        case .master: "master"
        case .artist: "artist"
        case .label: "label"
        case .unknown(let value): value
        }
    }
}
