/// Marketplace figures for a release (`GET /marketplace/stats/{release_id}`).
///
/// `lowest_price` and `num_for_sale` are null when nothing is for sale or the release is blocked.
///
/// ```swift
/// let stats = try JSONDecoder().decode(MarketplaceStats.self, from: body)
/// print(stats.numForSale ?? 0, stats.lowestPrice?.value ?? 0)
/// ```
public struct MarketplaceStats: Sendable, Hashable, Codable {
    /// The lowest price (`lowest_price`); nil when nothing is for sale.
    public var lowestPrice: Price?
    /// How many copies are for sale (`num_for_sale`); nil when none.
    public var numForSale: Int?
    /// Whether the release may not be sold (`blocked_from_sale`).
    public var blockedFromSale: Bool?

    /// Creates statistics.
    public init(lowestPrice: Price? = nil, numForSale: Int? = nil, blockedFromSale: Bool? = nil) {
        self.lowestPrice = lowestPrice
        self.numForSale = numForSale
        self.blockedFromSale = blockedFromSale
    }

    /// Decodes statistics; every field is optional and `lowest_price` may be an object or a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lowestPrice = try c.decodeLossyIfPresent(Price.self, forKey: .lowestPrice)
        numForSale = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numForSale)
        blockedFromSale = try c.decodeBoolOrStringIfPresent(forKey: .blockedFromSale)
    }

    enum CodingKeys: String, CodingKey {
        case lowestPrice = "lowest_price"
        case numForSale = "num_for_sale"
        case blockedFromSale = "blocked_from_sale"
    }
}
