import Foundation

/// One facet of a master versions page's `filter_facets`: a filter the versions list can be
/// narrowed by, with its possible values.
///
/// ```swift
/// for facet in try page.filterFacets {
///     print(facet.title ?? "", facet.values.map { "\($0.title ?? "") (\($0.count ?? 0))" })
/// }
/// ```
public struct MasterVersionFilterFacet: Sendable, Hashable, Codable {
    /// One possible value of a facet.
    public struct Value: Sendable, Hashable, Codable {
        /// The value for display, e.g. `"Test Pressing"`.
        public var title: String?
        /// The value as the API wants it back in a query, form-encoded as sent (`"Test+Pressing"`).
        public var value: String?
        /// How many versions match.
        public var count: Int?

        /// ``value`` with its form encoding undone (`"33+%E2%85%93+RPM"` → `"33 ⅓ RPM"`).
        public var decodedValue: String? {
            value.map { $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? $0 }
        }

        /// Creates a value.
        public init(title: String? = nil, value: String? = nil, count: Int? = nil) {
            self.title = title
            self.value = value
            self.count = count
        }

        /// Decodes a value; every field is optional.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = try c.decodeStringOrNumberIfPresent(forKey: .title)
            value = try c.decodeStringOrNumberIfPresent(forKey: .value)
            count = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .count)
        }

        enum CodingKeys: String, CodingKey {
            case title, value, count
        }
    }

    /// The facet's query parameter name, e.g. `"format"`, `"label"`, `"country"`, `"released"`.
    public var id: String?
    /// The facet for display, e.g. `"Format"`.
    public var title: String?
    /// The possible values.
    public var values: [Value]
    /// Whether several values may be combined (`allows_multiple_values`).
    public var allowsMultipleValues: Bool?

    /// Creates a facet.
    public init(id: String? = nil, title: String? = nil, values: [Value] = [], allowsMultipleValues: Bool? = nil) {
        self.id = id
        self.title = title
        self.values = values
        self.allowsMultipleValues = allowsMultipleValues
    }

    /// Decodes a facet; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeStringOrNumberIfPresent(forKey: .id)
        title = try c.decodeStringOrNumberIfPresent(forKey: .title)
        values = try c.decodeLossyArray([Value].self, forKey: .values)
        allowsMultipleValues = try c.decodeBoolOrStringIfPresent(forKey: .allowsMultipleValues)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, values
        case allowsMultipleValues = "allows_multiple_values"
    }
}
