/// A marketplace order (`GET /marketplace/orders/{id}`, and `GET /marketplace/orders` with list
/// key `orders`).
///
/// The order id is text such as `"1-1"` (seller id, order number), not a number.
///
/// ```swift
/// let order = try JSONDecoder().decode(Order.self, from: body)
/// print(order.id, order.status ?? "", order.total?.value ?? 0, order.nextStatus)
/// ```
public struct Order: Sendable, Hashable, Codable, PageItem {
    /// The list key in an orders page.
    public static let pageKey = "orders"

    /// The order id, e.g. `"1-1"`.
    public var id: String
    /// The order's state, e.g. `"New Order"`, `"Payment Received"`, `"Shipped"`.
    public var status: String?
    /// The states the order may move to next (`next_status`).
    public var nextStatus: [String]
    /// The items ordered.
    public var items: [OrderItem]
    /// The Discogs fee.
    public var fee: Price?
    /// The shipping charge.
    public var shipping: OrderShipping?
    /// The total.
    public var total: Price?
    /// The buyer's address, as text (`shipping_address`).
    public var shippingAddress: String?
    /// The buyer's instructions (`additional_instructions`).
    public var additionalInstructions: String?
    /// Whether the order is archived.
    public var archived: Bool?
    /// The seller.
    public var seller: MarketplaceUser?
    /// The buyer.
    public var buyer: MarketplaceUser?
    /// When the order was placed, as sent.
    public var created: String?
    /// When the order last changed (`last_activity`), as sent.
    public var lastActivity: String?
    /// The API URL of the order's messages (`messages_url`).
    public var messagesURL: String?
    /// The order's web page URL.
    public var uri: String?
    /// The order's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates an order.
    public init(id: String, status: String? = nil, nextStatus: [String] = [], items: [OrderItem] = [], fee: Price? = nil,
                shipping: OrderShipping? = nil, total: Price? = nil, shippingAddress: String? = nil,
                additionalInstructions: String? = nil, archived: Bool? = nil, seller: MarketplaceUser? = nil,
                buyer: MarketplaceUser? = nil, created: String? = nil, lastActivity: String? = nil,
                messagesURL: String? = nil, uri: String? = nil, resourceURL: String? = nil) {
        self.id = id
        self.status = status
        self.nextStatus = nextStatus
        self.items = items
        self.fee = fee
        self.shipping = shipping
        self.total = total
        self.shippingAddress = shippingAddress
        self.additionalInstructions = additionalInstructions
        self.archived = archived
        self.seller = seller
        self.buyer = buyer
        self.created = created
        self.lastActivity = lastActivity
        self.messagesURL = messagesURL
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes an order; only `id` (text or a number) is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing, null, blank or not text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeStringOrNumber(forKey: .id)
        status = try c.decodeNonEmptyStringIfPresent(forKey: .status)
        nextStatus = try c.decodeStringOrArray(forKey: .nextStatus)
        items = try c.decodeLossyArray([OrderItem].self, forKey: .items)
        fee = try c.decodeLossyIfPresent(Price.self, forKey: .fee)
        shipping = try c.decodeLossyIfPresent(OrderShipping.self, forKey: .shipping)
        total = try c.decodeLossyIfPresent(Price.self, forKey: .total)
        shippingAddress = try c.decodeIfPresent(String.self, forKey: .shippingAddress)
        additionalInstructions = try c.decodeIfPresent(String.self, forKey: .additionalInstructions)
        archived = try c.decodeBoolOrStringIfPresent(forKey: .archived)
        seller = try c.decodeLossyIfPresent(MarketplaceUser.self, forKey: .seller)
        buyer = try c.decodeLossyIfPresent(MarketplaceUser.self, forKey: .buyer)
        created = try c.decodeNonEmptyStringIfPresent(forKey: .created)
        lastActivity = try c.decodeNonEmptyStringIfPresent(forKey: .lastActivity)
        messagesURL = try c.decodeNonEmptyStringIfPresent(forKey: .messagesURL)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, status, items, fee, shipping, total, archived, seller, buyer, created, uri
        case nextStatus = "next_status"
        case shippingAddress = "shipping_address"
        case additionalInstructions = "additional_instructions"
        case lastActivity = "last_activity"
        case messagesURL = "messages_url"
        case resourceURL = "resource_url"
    }
}
