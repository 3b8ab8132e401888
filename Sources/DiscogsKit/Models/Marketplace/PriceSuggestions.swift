/// Suggested prices for a release by condition (`GET /marketplace/price_suggestions/{release_id}`):
/// `{"Mint (M)": {"currency": "EUR", "value": 16.625}, …}`, or `{}` when there are none.
///
/// ```swift
/// let suggestions = try JSONDecoder().decode(PriceSuggestions.self, from: body)
/// print(suggestions[.veryGoodPlus]?.value ?? 0)
/// ```
public struct PriceSuggestions: Sendable, Hashable, Codable {
    /// The suggested price for each condition; a condition name Discogs adds later is kept as
    /// ``Condition/unknown(_:)``.
    public var prices: [Condition: Price]

    /// Creates suggestions.
    public init(prices: [Condition: Price] = [:]) {
        self.prices = prices
    }

    /// The suggested price for `condition`, if any.
    public subscript(condition: Condition) -> Price? {
        prices[condition]
    }

    /// Decodes the condition → price object; a null price is skipped, a malformed one is
    /// reported and skipped.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        var prices: [Condition: Price] = [:]
        for key in c.allKeys where try !c.decodeNil(forKey: key) {
            prices[Condition(rawValue: key.stringValue)] = try c.decode(LossyElement<Price>.self, forKey: key).value
        }
        self.prices = prices
    }

    /// Encodes the object keyed by condition names, as Discogs sends it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        for (condition, price) in prices { try c.encode(price, forKey: AnyKey(condition.rawValue)) }
    }
}
