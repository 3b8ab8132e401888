/// The moderation status of a release in the database (`status`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// if release.status == .accepted { … }
/// ```
public enum ReleaseStatus: LossyEnum {
    /// `Accepted`: Accepted into the database.
    case accepted
    /// `Draft`: A draft not yet submitted.
    case draft
    /// `Deleted`: Deleted from the database.
    case deleted
    /// `Rejected`: Rejected by moderators.
    case rejected
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [ReleaseStatus] = [.accepted, .draft, .deleted, .rejected]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .accepted: "Accepted"
        case .draft: "Draft"
        case .deleted: "Deleted"
        case .rejected: "Rejected"
        case .unknown(let value): value
        }
    }
}
