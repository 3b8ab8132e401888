/// One entry of an order's message log (`GET /marketplace/orders/{id}/messages`, list key
/// `messages`): a message between buyer and seller, or a status, shipping or refund event.
///
/// Which fields are present depends on ``type``: messages have ``from`` and ``message``; status
/// changes have ``actor`` and ``statusID``; shipping changes have ``originalAmount`` and
/// ``newAmount``; refunds have ``refund``.
///
/// ```swift
/// for entry in page.items where entry.type == .message { print(entry.from?.username ?? "", entry.message ?? "") }
/// ```
public struct OrderMessage: Sendable, Hashable, Codable, PageItem {
    /// The list key in an order messages page.
    public static let pageKey = "messages"

    /// The kind of log entry (`type`).
    public enum Kind: LossyEnum {
        /// `message`: a message between buyer and seller.
        case message
        /// `status`: the order's status changed.
        case status
        /// `shipping`: the shipping charge changed.
        case shipping
        /// `refund_sent`: the seller sent a refund.
        case refundSent
        /// `refund_received`: the buyer received a refund.
        case refundReceived
        /// A kind this version of DiscogsKit does not know, kept as sent.
        case unknown(String)

        /// Every case but ``unknown(_:)``.
        public static let knownCases: [Kind] = [.message, .status, .shipping, .refundSent, .refundReceived]

        /// The value as Discogs spells it.
        public var rawValue: String {
            switch self {
            case .message: "message"
            case .status: "status"
            case .shipping: "shipping"
            case .refundSent: "refund_sent"
            case .refundReceived: "refund_received"
            case .unknown(let value): value
            }
        }
    }

    /// The order an entry or a refund belongs to (`order`).
    public struct OrderLink: Sendable, Hashable, Codable {
        /// The order id, e.g. `"1-1"`.
        public var id: String?
        /// The order's API URL (`resource_url`).
        public var resourceURL: String?

        /// Creates a link.
        public init(id: String? = nil, resourceURL: String? = nil) {
            self.id = id
            self.resourceURL = resourceURL
        }

        /// Decodes a link; both fields are optional and `id` may arrive as a number.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeStringOrNumberIfPresent(forKey: .id)
            resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        }

        enum CodingKeys: String, CodingKey {
            case id
            case resourceURL = "resource_url"
        }
    }

    /// A refund (`refund`).
    public struct Refund: Sendable, Hashable, Codable {
        /// The amount refunded.
        public var amount: Double?
        /// The order refunded.
        public var order: OrderLink?

        /// Creates a refund.
        public init(amount: Double? = nil, order: OrderLink? = nil) {
            self.amount = amount
            self.order = order
        }

        /// Decodes a refund; both fields are optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            amount = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .amount)
            order = try c.decodeLossyIfPresent(OrderLink.self, forKey: .order)
        }

        enum CodingKeys: String, CodingKey {
            case amount, order
        }
    }

    /// The kind of entry.
    public var type: Kind?
    /// The subject line.
    public var subject: String?
    /// The message text.
    public var message: String?
    /// When the entry was made, as sent.
    public var timestamp: String?
    /// The order the entry belongs to.
    public var order: OrderLink?
    /// Who wrote a message (`from`).
    public var from: MarketplaceUser?
    /// Who changed the status (`actor`).
    public var actor: MarketplaceUser?
    /// The new status's numeric id (`status_id`).
    public var statusID: Int?
    /// The shipping charge before a change (`original`).
    public var originalAmount: Double?
    /// The shipping charge after a change (`new`).
    public var newAmount: Double?
    /// The refund of a refund entry.
    public var refund: Refund?

    /// Creates an entry.
    public init(type: Kind? = nil, subject: String? = nil, message: String? = nil, timestamp: String? = nil,
                order: OrderLink? = nil, from: MarketplaceUser? = nil, actor: MarketplaceUser? = nil,
                statusID: Int? = nil, originalAmount: Double? = nil, newAmount: Double? = nil, refund: Refund? = nil) {
        self.type = type
        self.subject = subject
        self.message = message
        self.timestamp = timestamp
        self.order = order
        self.from = from
        self.actor = actor
        self.statusID = statusID
        self.originalAmount = originalAmount
        self.newAmount = newAmount
        self.refund = refund
    }

    /// Decodes an entry; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decodeLossyEnumIfPresent(Kind.self, forKey: .type)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        message = try c.decodeIfPresent(String.self, forKey: .message)
        timestamp = try c.decodeNonEmptyStringIfPresent(forKey: .timestamp)
        order = try c.decodeLossyIfPresent(OrderLink.self, forKey: .order)
        from = try c.decodeLossyIfPresent(MarketplaceUser.self, forKey: .from)
        actor = try c.decodeLossyIfPresent(MarketplaceUser.self, forKey: .actor)
        statusID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .statusID)
        originalAmount = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .originalAmount)
        newAmount = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .newAmount)
        refund = try c.decodeLossyIfPresent(Refund.self, forKey: .refund)
    }

    enum CodingKeys: String, CodingKey {
        case type, subject, message, timestamp, order, from, actor, refund
        case statusID = "status_id"
        case originalAmount = "original"
        case newAmount = "new"
    }
}
