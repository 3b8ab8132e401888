/// An amount of money with its currency (`{"value": 18.07, "currency": "USD"}`): listing and
/// order prices, fees, totals, price suggestions, marketplace statistics.
///
/// Discogs sends `{}` for an unset price (a listing's `shipping_price`); it decodes with both
/// fields nil and encodes back as `{}`. A bare number is read as a value without a currency.
///
/// ```swift
/// if let price = listing.price { print(price.value ?? 0, price.currency?.rawValue ?? "") }
/// ```
public struct Price: Sendable, Hashable, Codable {
    /// The amount (may carry float noise such as `14.875000000000002`, kept as sent).
    public var value: Double?
    /// The currency.
    public var currency: Currency?

    /// Creates a price.
    public init(value: Double? = nil, currency: Currency? = nil) {
        self.value = value
        self.currency = currency
    }

    /// Decodes a price object, `{}`, or a bare number.
    ///
    /// - Throws: `DecodingError.typeMismatch` when the value is text that is not a number, a
    ///   Boolean or an array.
    public init(from decoder: any Decoder) throws {
        let scalar = try FlexibleScalar(from: decoder, expecting: .object)
        guard case .object = scalar else {
            guard case .value(let amount) = NumberOrString.double(scalar) else {
                throw DecodingError.typeMismatch(Price.self, .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "Expected a price object or a number, found \(scalar.kindDescription)."))
            }
            self.init(value: amount)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(value: try c.decodeNumberOrStringIfPresent(Double.self, forKey: .value),
                  currency: try c.decodeLossyEnumIfPresent(Currency.self, forKey: .currency))
    }

    enum CodingKeys: String, CodingKey {
        case value, currency
    }
}
