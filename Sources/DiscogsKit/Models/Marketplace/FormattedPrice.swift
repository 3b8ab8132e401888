/// An amount of money in a listing's own currency, with its display text (`original_price`'s
/// `converted` block, and the base of ``OriginalPrice``).
///
/// ```swift
/// print(listing.originalPrice?.converted?.formatted ?? "") // "$89.34"
/// ```
public struct FormattedPrice: Sendable, Hashable, Codable {
    /// The currency (`curr_abbr`).
    public var currency: Currency?
    /// Discogs' numeric currency id (`curr_id`).
    public var currencyID: Int?
    /// The amount formatted for display, e.g. `"€75.94"`.
    public var formatted: String?
    /// The amount.
    public var value: Double?

    /// Creates a formatted price.
    public init(currency: Currency? = nil, currencyID: Int? = nil, formatted: String? = nil, value: Double? = nil) {
        self.currency = currency
        self.currencyID = currencyID
        self.formatted = formatted
        self.value = value
    }

    /// Decodes a formatted price; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        currency = try c.decodeLossyEnumIfPresent(Currency.self, forKey: .currency)
        currencyID = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .currencyID)
        formatted = try c.decodeNonEmptyStringIfPresent(forKey: .formatted)
        value = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .value)
    }

    enum CodingKeys: String, CodingKey {
        case formatted, value
        case currency = "curr_abbr"
        case currencyID = "curr_id"
    }
}
