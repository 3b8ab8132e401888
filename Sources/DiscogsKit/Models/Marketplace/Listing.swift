/// A marketplace listing (`GET /marketplace/listings/{id}`, and `GET /users/{u}/inventory` with
/// list key `listings`).
///
/// ``price`` is converted to the viewer's currency; ``originalPrice`` is the seller's figure.
/// Price objects may arrive empty (`{}`); they decode with nil fields.
///
/// ```swift
/// for listing in page.items where listing.status == .forSale {
///     print(listing.release?.description ?? "", listing.condition?.rawValue ?? "", listing.price?.value ?? 0)
/// }
/// ```
public struct Listing: Sendable, Hashable, Codable, PageItem {
    /// The list key in an inventory page.
    public static let pageKey = "listings"

    /// The listing id.
    public var id: Int
    /// The listing's state.
    public var status: ListingStatus?
    /// The price in the viewer's currency.
    public var price: Price?
    /// The price in the seller's currency (`original_price`).
    public var originalPrice: OriginalPrice?
    /// The shipping price in the viewer's currency (`shipping_price`).
    public var shippingPrice: Price?
    /// The shipping price in the seller's currency (`original_shipping_price`).
    public var originalShippingPrice: OriginalPrice?
    /// Whether the seller accepts offers (`allow_offers`).
    public var allowOffers: Bool?
    /// Whether the viewer has made an offer (`offer_submitted`).
    public var offerSubmitted: Bool?
    /// The media condition.
    public var condition: Condition?
    /// The sleeve condition (`sleeve_condition`).
    public var sleeveCondition: Condition?
    /// The seller's comments, as typed.
    public var comments: String?
    /// Where the item ships from (`ships_from`).
    public var shipsFrom: String?
    /// When the item was listed, as sent (older answers carry no time zone).
    public var posted: String?
    /// Whether audio is available.
    public var audio: Bool?
    /// The seller.
    public var seller: MarketplaceUser?
    /// The release for sale.
    public var release: MarketplaceRelease?
    /// The weight in grams (owner only).
    public var weight: Double?
    /// The number of items for shipping purposes (`format_quantity`, owner only).
    public var formatQuantity: Int?
    /// The seller's own reference (`external_id`, owner only).
    public var externalID: String?
    /// The seller's storage location (owner only).
    public var location: String?
    /// How many copies are listed (owner only).
    public var quantity: Int?
    /// Whether the item is in the viewer's cart (`in_cart`, authenticated requests).
    public var inCart: Bool?
    /// The listing's web page URL.
    public var uri: String?
    /// The listing's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a listing.
    public init(id: Int, status: ListingStatus? = nil, price: Price? = nil, originalPrice: OriginalPrice? = nil,
                shippingPrice: Price? = nil, originalShippingPrice: OriginalPrice? = nil, allowOffers: Bool? = nil,
                offerSubmitted: Bool? = nil, condition: Condition? = nil, sleeveCondition: Condition? = nil,
                comments: String? = nil, shipsFrom: String? = nil, posted: String? = nil, audio: Bool? = nil,
                seller: MarketplaceUser? = nil, release: MarketplaceRelease? = nil, weight: Double? = nil,
                formatQuantity: Int? = nil, externalID: String? = nil, location: String? = nil, quantity: Int? = nil,
                inCart: Bool? = nil, uri: String? = nil, resourceURL: String? = nil) {
        self.id = id
        self.status = status
        self.price = price
        self.originalPrice = originalPrice
        self.shippingPrice = shippingPrice
        self.originalShippingPrice = originalShippingPrice
        self.allowOffers = allowOffers
        self.offerSubmitted = offerSubmitted
        self.condition = condition
        self.sleeveCondition = sleeveCondition
        self.comments = comments
        self.shipsFrom = shipsFrom
        self.posted = posted
        self.audio = audio
        self.seller = seller
        self.release = release
        self.weight = weight
        self.formatQuantity = formatQuantity
        self.externalID = externalID
        self.location = location
        self.quantity = quantity
        self.inCart = inCart
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes a listing; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        status = try c.decodeLossyEnumIfPresent(ListingStatus.self, forKey: .status)
        price = try c.decodeLossyIfPresent(Price.self, forKey: .price)
        originalPrice = try c.decodeLossyIfPresent(OriginalPrice.self, forKey: .originalPrice)
        shippingPrice = try c.decodeLossyIfPresent(Price.self, forKey: .shippingPrice)
        originalShippingPrice = try c.decodeLossyIfPresent(OriginalPrice.self, forKey: .originalShippingPrice)
        allowOffers = try c.decodeBoolOrStringIfPresent(forKey: .allowOffers)
        offerSubmitted = try c.decodeBoolOrStringIfPresent(forKey: .offerSubmitted)
        condition = try c.decodeLossyEnumIfPresent(Condition.self, forKey: .condition)
        sleeveCondition = try c.decodeLossyEnumIfPresent(Condition.self, forKey: .sleeveCondition)
        comments = try c.decodeIfPresent(String.self, forKey: .comments)
        shipsFrom = try c.decodeNonEmptyStringIfPresent(forKey: .shipsFrom)
        posted = try c.decodeNonEmptyStringIfPresent(forKey: .posted)
        audio = try c.decodeBoolOrStringIfPresent(forKey: .audio)
        seller = try c.decodeLossyIfPresent(MarketplaceUser.self, forKey: .seller)
        release = try c.decodeLossyIfPresent(MarketplaceRelease.self, forKey: .release)
        weight = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .weight)
        formatQuantity = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .formatQuantity)
        externalID = try c.decodeStringOrNumberIfPresent(forKey: .externalID)
        location = try c.decodeNonEmptyStringIfPresent(forKey: .location)
        quantity = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .quantity)
        inCart = try c.decodeBoolOrStringIfPresent(forKey: .inCart)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, status, price, condition, comments, posted, audio, seller, release, weight, location, quantity, uri
        case originalPrice = "original_price"
        case shippingPrice = "shipping_price"
        case originalShippingPrice = "original_shipping_price"
        case allowOffers = "allow_offers"
        case offerSubmitted = "offer_submitted"
        case sleeveCondition = "sleeve_condition"
        case shipsFrom = "ships_from"
        case formatQuantity = "format_quantity"
        case externalID = "external_id"
        case inCart = "in_cart"
        case resourceURL = "resource_url"
    }
}
