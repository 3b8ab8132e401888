/// The graded condition of a record or its sleeve in the marketplace (`condition`, `sleeve_condition`, price suggestion keys).
///
/// Decodes any string: a value Discogs adds later arrives as ``unknown(_:)`` and encodes back
/// unchanged (see ``LossyEnum``).
///
/// ```swift
/// let nearMint = suggestions[.nearMint]?.value
/// ```
public enum Condition: LossyEnum {
    /// `Mint (M)`: Mint.
    case mint
    /// `Near Mint (NM or M-)`: Near mint.
    case nearMint
    /// `Very Good Plus (VG+)`: Very good plus.
    case veryGoodPlus
    /// `Very Good (VG)`: Very good.
    case veryGood
    /// `Good Plus (G+)`: Good plus.
    case goodPlus
    /// `Good (G)`: Good.
    case good
    /// `Fair (F)`: Fair.
    case fair
    /// `Poor (P)`: Poor.
    case poor
    /// `Generic`: A generic sleeve (sleeve only).
    case generic
    /// `Not Graded`: Sleeve not graded (sleeve only).
    case notGraded
    /// `No Cover`: No sleeve (sleeve only).
    case noCover
    /// A value this version of DiscogsKit does not know, kept as sent.
    case unknown(String)

    /// Every case but ``unknown(_:)``.
    public static let knownCases: [Condition] = [.mint, .nearMint, .veryGoodPlus, .veryGood, .goodPlus, .good, .fair, .poor, .generic, .notGraded, .noCover]

    /// The value as Discogs spells it.
    public var rawValue: String {
        switch self {
        case .mint: "Mint (M)"
        case .nearMint: "Near Mint (NM or M-)"
        case .veryGoodPlus: "Very Good Plus (VG+)"
        case .veryGood: "Very Good (VG)"
        case .goodPlus: "Good Plus (G+)"
        case .good: "Good (G)"
        case .fair: "Fair (F)"
        case .poor: "Poor (P)"
        case .generic: "Generic"
        case .notGraded: "Not Graded"
        case .noCover: "No Cover"
        case .unknown(let value): value
        }
    }
}
