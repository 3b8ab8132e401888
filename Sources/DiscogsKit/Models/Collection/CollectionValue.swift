/// The estimated value of a user's collection (`GET /users/{u}/collection/value`, owner only).
///
/// Discogs sends formatted money strings in the user's currency (`"$250.00"`, `"A$1,597.46"`,
/// `"£5"`); they are kept as sent.
///
/// ```swift
/// let value = try JSONDecoder().decode(CollectionValue.self, from: body)
/// print(value.minimum ?? "", "–", value.maximum ?? "")
/// ```
public struct CollectionValue: Sendable, Hashable, Codable {
    /// The low estimate, formatted.
    public var minimum: String?
    /// The median estimate, formatted.
    public var median: String?
    /// The high estimate, formatted.
    public var maximum: String?

    /// Creates a value.
    public init(minimum: String? = nil, median: String? = nil, maximum: String? = nil) {
        self.minimum = minimum
        self.median = median
        self.maximum = maximum
    }

    /// Decodes a value; every field is optional and a bare number is kept as its text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        minimum = try c.decodeStringOrNumberIfPresent(forKey: .minimum)
        median = try c.decodeStringOrNumberIfPresent(forKey: .median)
        maximum = try c.decodeStringOrNumberIfPresent(forKey: .maximum)
    }

    enum CodingKeys: String, CodingKey {
        case minimum, median, maximum
    }
}
