/// One credit on a track: who did what (`Producer`, `Remix`, `Written-By`, `Mixed By`, …).
///
/// Written inside ``TrackMetadata/credits`` as `{"artist_id": 12345, "name": "Dax J", "role": "Remix"}`
/// and, by ``SQLSink``, as one row of the `credits` table.
///
/// ```swift
/// let credit = CreditItem(name: "Rødhåd", role: "Producer", artistID: 2_108_297)
/// ```
public struct CreditItem: Sendable, Hashable, Codable {
    /// The credited name as shown on the release (the name variation when there is one).
    public var name: String
    /// The role, one per credit, as Discogs spells it (`"Remix"`, `"Written-By"`, `"Mixed By"`).
    public var role: String
    /// The credited artist's Discogs id, when the credit links to an artist.
    public var artistID: Int?

    /// Creates a credit.
    /// - Parameters:
    ///   - name: The credited name as shown on the release.
    ///   - role: One role (`"Producer"`); split Discogs' comma lists into one credit per role.
    ///   - artistID: The artist's Discogs id, or `nil` when the credit does not link to one.
    public init(name: String, role: String, artistID: Int? = nil) {
        self.name = name
        self.role = role
        self.artistID = artistID
    }

    enum CodingKeys: String, CodingKey {
        case name, role
        case artistID = "artist_id"
    }
}
