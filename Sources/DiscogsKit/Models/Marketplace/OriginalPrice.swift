/// A listing's price in the seller's own currency (`original_price`, `original_shipping_price`),
/// plus its conversion into the viewer's currency when Discogs sends one.
///
/// ``Listing/price`` is converted to the viewer's currency; use this for the seller's figure.
///
/// ```swift
/// print(listing.originalPrice?.formatted ?? "") // "€75.94"
/// ```
public struct OriginalPrice: Sendable, Hashable, Codable {
    /// The seller's currency (`curr_abbr`).
    public var currency: Currency?
    /// Discogs' numeric currency id (`curr_id`).
    public var currencyID: Int?
    /// The amount formatted for display, e.g. `"€75.94"`.
    public var formatted: String?
    /// The amount.
    public var value: Double?
    /// The amount converted into the viewer's currency.
    public var converted: FormattedPrice?

    /// Creates an original price.
    public init(currency: Currency? = nil, currencyID: Int? = nil, formatted: String? = nil, value: Double? = nil,
                converted: FormattedPrice? = nil) {
        self.currency = currency
        self.currencyID = currencyID
        self.formatted = formatted
        self.value = value
        self.converted = converted
    }

    /// Decodes an original price; every field is optional (`{}` decodes).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        currency = try c.decodeLossyEnumIfPresent(Currency.self, forKey: .currency)
        currencyID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .currencyID)
        formatted = try c.decodeNonEmptyStringIfPresent(forKey: .formatted)
        value = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .value)
        converted = try c.decodeLossyIfPresent(FormattedPrice.self, forKey: .converted)
    }

    enum CodingKeys: String, CodingKey {
        case formatted, value, converted
        case currency = "curr_abbr"
        case currencyID = "curr_id"
    }
}
