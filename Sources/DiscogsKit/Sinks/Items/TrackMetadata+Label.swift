extension TrackMetadata {
    /// One label of a release with its catalogue number.
    ///
    /// Written as `{"catalog_number": "FIGURE X 12", "label_id": 31425, "name": "Figure"}`.
    ///
    /// ```swift
    /// let label = TrackMetadata.Label(name: "Figure", catalogNumber: "FIGURE X 12", labelID: 31_425)
    /// ```
    public struct Label: Sendable, Hashable, Codable {
        /// The label's name (`name`).
        public var name: String
        /// The catalogue number, or `nil` when the release has none (Discogs' `"none"`) (`catalog_number`).
        public var catalogNumber: String?
        /// The label's Discogs id (`label_id`).
        public var labelID: Int?

        /// Creates a release label.
        /// - Parameters:
        ///   - name: The label's name.
        ///   - catalogNumber: The catalogue number; pass `nil` for Discogs' `"none"`.
        ///   - labelID: The label's Discogs id.
        public init(name: String, catalogNumber: String? = nil, labelID: Int? = nil) {
            self.name = name
            self.catalogNumber = catalogNumber
            self.labelID = labelID
        }

        enum CodingKeys: String, CodingKey {
            case name
            case catalogNumber = "catalog_number"
            case labelID = "label_id"
        }
    }
}
