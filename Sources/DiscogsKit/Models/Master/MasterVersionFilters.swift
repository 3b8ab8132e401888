/// The `filters` block of a master versions page: which filter values exist (with how many
/// versions each matches) and which ones the request applied.
///
/// ```swift
/// let filters = try page.filters
/// print(filters?.available["country"] ?? [:]) // ["UK": 5, "US": 3, …]
/// ```
public struct MasterVersionFilters: Sendable, Hashable, Codable {
    /// For each facet (`format`, `label`, `country`, `released`): value → number of versions.
    public var available: [String: [String: Int]]
    /// For each facet the request filtered on: the values applied (a single value arrives as a
    /// one-element list).
    public var applied: [String: [String]]

    /// Creates a filters block.
    public init(available: [String: [String: Int]] = [:], applied: [String: [String]] = [:]) {
        self.available = available
        self.applied = applied
    }

    /// Decodes the block; counts may arrive as text, unreadable ones are reported and dropped.
    ///
    /// - Throws: `DecodingError.typeMismatch` when `available` or `applied`, or a facet inside
    ///   `available`, is not an object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        available = try c.decodeIfPresent([String: FacetCounts].self, forKey: .available)?.mapValues(\.counts) ?? [:]
        applied = try c.decodeIfPresent(AppliedFilters.self, forKey: .applied)?.values ?? [:]
    }

    enum CodingKeys: String, CodingKey {
        case available, applied
    }

    /// One facet's value → count table.
    private struct FacetCounts: Decodable {
        var counts: [String: Int] = [:]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            for key in c.allKeys {
                if let count = try c.decodeNumberOrStringIfPresent(Int.self, forKey: key) { counts[key.stringValue] = count }
            }
        }
    }

    /// Facet → applied values, each sent as a string or a list.
    private struct AppliedFilters: Decodable {
        var values: [String: [String]] = [:]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            for key in c.allKeys { values[key.stringValue] = try c.decodeStringOrArray(forKey: key) }
        }
    }
}
