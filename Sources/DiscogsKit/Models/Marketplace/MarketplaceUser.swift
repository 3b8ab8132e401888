/// A user as the marketplace shows them: a listing's `seller`, an order's `seller` and `buyer`,
/// an order message's `from` or `actor`.
///
/// ```swift
/// print(listing.seller?.username ?? "", listing.seller?.stats?.stars ?? 0)
/// ```
public struct MarketplaceUser: Sendable, Hashable, Codable {
    /// The user id.
    public var id: Int?
    /// The user's name.
    public var username: String?
    /// The user's API URL (`resource_url`).
    public var resourceURL: String?
    /// The avatar image URL (`avatar_url`).
    public var avatarURL: String?
    /// The profile's web page URL (`html_url`).
    public var htmlURL: String?
    /// The user's API URL as `url` (newer listings send both).
    public var url: String?
    /// The user id as `uid` (newer listings send both).
    public var uid: Int?
    /// Feedback figures (sellers).
    public var stats: SellerStats?
    /// The smallest order the seller accepts (`min_order_total`).
    public var minOrderTotal: Double?
    /// Payment methods accepted, as text.
    public var payment: String?
    /// Shipping policy, as text.
    public var shipping: String?

    /// Creates a user.
    public init(id: Int? = nil, username: String? = nil, resourceURL: String? = nil, avatarURL: String? = nil,
                htmlURL: String? = nil, url: String? = nil, uid: Int? = nil, stats: SellerStats? = nil,
                minOrderTotal: Double? = nil, payment: String? = nil, shipping: String? = nil) {
        self.id = id
        self.username = username
        self.resourceURL = resourceURL
        self.avatarURL = avatarURL
        self.htmlURL = htmlURL
        self.url = url
        self.uid = uid
        self.stats = stats
        self.minOrderTotal = minOrderTotal
        self.payment = payment
        self.shipping = shipping
    }

    /// Decodes a user; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        username = try c.decodeNonEmptyStringIfPresent(forKey: .username)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        avatarURL = try c.decodeNonEmptyStringIfPresent(forKey: .avatarURL)
        htmlURL = try c.decodeNonEmptyStringIfPresent(forKey: .htmlURL)
        url = try c.decodeNonEmptyStringIfPresent(forKey: .url)
        uid = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .uid)
        stats = try c.decodeLossyIfPresent(SellerStats.self, forKey: .stats)
        minOrderTotal = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .minOrderTotal)
        payment = try c.decodeNonEmptyStringIfPresent(forKey: .payment)
        shipping = try c.decodeNonEmptyStringIfPresent(forKey: .shipping)
    }

    enum CodingKeys: String, CodingKey {
        case id, username, url, uid, stats, payment, shipping
        case resourceURL = "resource_url"
        case avatarURL = "avatar_url"
        case htmlURL = "html_url"
        case minOrderTotal = "min_order_total"
    }
}
