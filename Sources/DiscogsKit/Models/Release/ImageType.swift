/// Whether an image is the primary one (`type`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// let cover = release.images.first { $0.type == .primary }
/// ```
public enum ImageType: LossyEnum {
    /// `primary`: The main image (usually the front cover).
    case primary
    /// `secondary`: Any other image.
    case secondary
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [ImageType] = [.primary, .secondary]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .primary: "primary"
        case .secondary: "secondary"
        case .unknown(let value): value
        }
    }
}
