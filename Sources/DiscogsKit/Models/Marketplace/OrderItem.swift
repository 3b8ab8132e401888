/// One item of a marketplace order (`items[]`).
///
/// ```swift
/// for item in order.items { print(item.release?.description ?? "", item.price?.value ?? 0) }
/// ```
public struct OrderItem: Sendable, Hashable, Codable {
    /// The listing id of the item.
    public var id: Int?
    /// The release sold.
    public var release: MarketplaceRelease?
    /// The price.
    public var price: Price?
    /// The media condition (`media_condition`).
    public var mediaCondition: Condition?
    /// The sleeve condition (`sleeve_condition`).
    public var sleeveCondition: Condition?

    /// Creates an item.
    public init(id: Int? = nil, release: MarketplaceRelease? = nil, price: Price? = nil,
                mediaCondition: Condition? = nil, sleeveCondition: Condition? = nil) {
        self.id = id
        self.release = release
        self.price = price
        self.mediaCondition = mediaCondition
        self.sleeveCondition = sleeveCondition
    }

    /// Decodes an item; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        release = try c.decodeLossyIfPresent(MarketplaceRelease.self, forKey: .release)
        price = try c.decodeLossyIfPresent(Price.self, forKey: .price)
        mediaCondition = try c.decodeLossyEnumIfPresent(Condition.self, forKey: .mediaCondition)
        sleeveCondition = try c.decodeLossyEnumIfPresent(Condition.self, forKey: .sleeveCondition)
    }

    enum CodingKeys: String, CodingKey {
        case id, release, price
        case mediaCondition = "media_condition"
        case sleeveCondition = "sleeve_condition"
    }
}
