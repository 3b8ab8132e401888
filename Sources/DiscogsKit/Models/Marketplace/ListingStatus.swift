/// The state of a marketplace listing (`status`).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// let live = inventory.items.filter { $0.status == .forSale }
/// ```
public enum ListingStatus: LossyEnum {
    /// `For Sale`: Listed and buyable.
    case forSale
    /// `Draft`: Saved, not listed.
    case draft
    /// `Expired`: No longer listed.
    case expired
    /// `Sold`: Sold.
    case sold
    /// `Deleted`: Deleted by the seller.
    case deleted
    /// `Suspended`: Suspended by Discogs.
    case suspended
    /// `Violation`: Removed for a policy violation.
    case violation
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [ListingStatus] = [.forSale, .draft, .expired, .sold, .deleted, .suspended, .violation]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .forSale: "For Sale"
        case .draft: "Draft"
        case .expired: "Expired"
        case .sold: "Sold"
        case .deleted: "Deleted"
        case .suspended: "Suspended"
        case .violation: "Violation"
        case .unknown(let value): value
        }
    }
}
