/// Whether an artist-release row is a release or a master (`type`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// let masters = page.items.filter { $0.type == .master }
/// ```
public enum ArtistReleaseType: LossyEnum {
    /// `release`: A single release.
    case release
    /// `master`: A master grouping several versions.
    case master
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [ArtistReleaseType] = [.release, .master]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .release: "release"
        case .master: "master"
        case .unknown(let value): value
        }
    }
}
