extension TrackMetadata {
    /// One format of a release: what it is, how many, and its descriptions.
    ///
    /// Written as `{"descriptions": ["12\"", "EP"], "name": "Vinyl", "qty": 2, "text": "Clear"}`.
    ///
    /// ```swift
    /// let format = TrackMetadata.Format(name: "CD", quantity: 2, descriptions: ["Album"])
    /// ```
    public struct Format: Sendable, Hashable, Codable {
        /// The format's name: `"Vinyl"`, `"CD"`, `"File"` (`name`).
        public var name: String
        /// How many of it the release holds, such as 2 for a double CD (`qty`).
        public var quantity: Int?
        /// Its descriptions: `"LP"`, `"Album"`, `"12\""` (`descriptions`).
        public var descriptions: [String]
        /// Free text such as `"320 kbps"` or `"Digipak"` (`text`).
        public var text: String?

        /// Creates a format.
        /// - Parameters:
        ///   - name: The format's name.
        ///   - quantity: How many of it the release holds.
        ///   - descriptions: Its descriptions.
        ///   - text: Its free text.
        public init(name: String, quantity: Int? = nil, descriptions: [String] = [], text: String? = nil) {
            self.name = name
            self.quantity = quantity
            self.descriptions = descriptions
            self.text = text
        }

        enum CodingKeys: String, CodingKey {
            case name
            case quantity = "qty"
            case descriptions, text
        }

        /// Decodes a format; absent `descriptions` read as none.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            quantity = try container.decodeIfPresent(Int.self, forKey: .quantity)
            descriptions = try container.decodeIfPresent([String].self, forKey: .descriptions) ?? []
            text = try container.decodeIfPresent(String.self, forKey: .text)
        }
    }
}
