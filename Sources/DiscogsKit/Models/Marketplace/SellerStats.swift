/// A seller's feedback figures (`seller.stats` of a listing).
///
/// ```swift
/// print(listing.seller?.stats?.rating ?? 0, "% positive") // 99.8
/// ```
public struct SellerStats: Sendable, Hashable, Codable {
    /// The positive feedback percentage (sent as text, `"99.8"`).
    public var rating: Double?
    /// The rating in stars, 0…5.
    public var stars: Double?
    /// How many ratings there are.
    public var total: Int?

    /// Creates statistics.
    public init(rating: Double? = nil, stars: Double? = nil, total: Int? = nil) {
        self.rating = rating
        self.stars = stars
        self.total = total
    }

    /// Decodes statistics; every field is optional and may arrive as text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rating = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .rating)
        stars = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .stars)
        total = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .total)
    }

    enum CodingKeys: String, CodingKey {
        case rating, stars, total
    }
}
