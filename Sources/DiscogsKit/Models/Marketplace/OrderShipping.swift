/// The shipping charge of a marketplace order (`shipping`).
///
/// ```swift
/// print(order.shipping?.method ?? "", order.shipping?.value ?? 0)
/// ```
public struct OrderShipping: Sendable, Hashable, Codable {
    /// The amount.
    public var value: Double?
    /// The currency.
    public var currency: Currency?
    /// The shipping method, as text.
    public var method: String?

    /// Creates a shipping charge.
    public init(value: Double? = nil, currency: Currency? = nil, method: String? = nil) {
        self.value = value
        self.currency = currency
        self.method = method
    }

    /// Decodes a shipping charge; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .value)
        currency = try c.decodeLossyEnumIfPresent(Currency.self, forKey: .currency)
        method = try c.decodeNonEmptyStringIfPresent(forKey: .method)
    }

    enum CodingKeys: String, CodingKey {
        case value, currency, method
    }
}
