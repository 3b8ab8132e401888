extension TrackMetadata {
    /// One artist of a track's artist credit, in order, with the phrase joining it to the next.
    ///
    /// Written as `{"anv": "Rødhåd", "artist_id": 2108297, "join": "&", "name": "Rodhad"}`; the
    /// display credit is each artist's ``displayName`` followed by its ``joinPhrase``.
    ///
    /// ```swift
    /// let artist = TrackMetadata.Artist(name: "Dax J", artistID: 1_234_567, joinPhrase: "&")
    /// ```
    public struct Artist: Sendable, Hashable, Codable {
        /// The artist's Discogs name (`name`).
        public var name: String
        /// The artist's Discogs id, when the credit links to one (`artist_id`).
        public var artistID: Int?
        /// The name variation printed on this release, when it differs (`anv`).
        public var nameVariation: String?
        /// The phrase joining this artist to the next one: `"&"`, `","`, `"Feat."` (`join`).
        public var joinPhrase: String?

        /// Creates a track artist.
        /// - Parameters:
        ///   - name: The artist's Discogs name.
        ///   - artistID: The artist's Discogs id.
        ///   - nameVariation: The name as printed on the release, when it differs.
        ///   - joinPhrase: The phrase joining this artist to the next.
        public init(name: String, artistID: Int? = nil, nameVariation: String? = nil, joinPhrase: String? = nil) {
            self.name = name
            self.artistID = artistID
            self.nameVariation = nameVariation
            self.joinPhrase = joinPhrase
        }

        /// The name as credited: the name variation when there is one, else the name.
        public var displayName: String { nameVariation.flatMap { $0.isEmpty ? nil : $0 } ?? name }

        enum CodingKeys: String, CodingKey {
            case name
            case artistID = "artist_id"
            case nameVariation = "anv"
            case joinPhrase = "join"
        }
    }
}
