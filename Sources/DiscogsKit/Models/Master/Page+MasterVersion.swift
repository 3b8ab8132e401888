import Foundation

/// Typed access to the extra members of a master versions page (`filters`, `filter_facets`),
/// which ``Page`` keeps as raw JSON in ``Page/extra``.
extension Page where Item == MasterVersion {
    /// The `filters` block, or nil when the page has none (older answers).
    ///
    /// ```swift
    /// let counts = try page.filters?.available["format"]
    /// ```
    ///
    /// - Throws: `DecodingError` when the block is not shaped as documented.
    public var filters: MasterVersionFilters? {
        get throws { try extra["filters"].map { try $0.decoded(as: MasterVersionFilters.self) } }
    }

    /// The `filter_facets` list, or empty when the page has none; malformed facets are skipped
    /// and reported to the ``DecodingIssueCollector``.
    ///
    /// - Throws: `DecodingError` when `filter_facets` is present but not a list.
    public var filterFacets: [MasterVersionFilterFacet] {
        get throws {
            guard let raw = extra["filter_facets"], raw != .null else { return [] }
            return try raw.decoded(as: [LossyElement<MasterVersionFilterFacet>].self).compactMap(\.value)
        }
    }
}
