import Foundation

/// One artist seen on a release (main, track or credited), in the shape SongNodes' pipeline reads.
///
/// Encoded as `artist_name`, `normalized_name`, `discogs_id`, `bio`, `metadata`, `external_urls`,
/// `data_source`, `scrape_timestamp` plus `"item_type": "artist"`; absent values are `null`.
///
/// ```swift
/// let artist = ArtistItem(name: "Rødhåd", normalizedName: "rodhad", discogsID: 2_108_297)
/// artist.itemKey // "2108297"
/// ```
public struct ArtistItem: Sendable, Hashable {
    /// The artist's Discogs name (`artist_name`).
    public var name: String
    /// The name normalised for matching, as the producer computed it (`normalized_name`).
    public var normalizedName: String
    /// The artist's Discogs id, when known (`discogs_id`).
    public var discogsID: Int?
    /// The artist's profile as plain text (`bio`).
    public var bio: String?
    /// Real name, name variations, aliases, roles (`metadata`).
    public var metadata: ArtistMetadata
    /// Links to the artist by site; see ``DiscogsURLs`` (`external_urls`).
    public var externalURLs: [String: String]
    /// Where the data came from; `"discogs"` (`data_source`).
    public var dataSource: String
    /// When the data was fetched, written in ISO 8601 (`scrape_timestamp`).
    public var scrapeTimestamp: Date

    /// Creates an artist item.
    /// - Parameters:
    ///   - name: The artist's Discogs name.
    ///   - normalizedName: The name normalised for matching (stored as given).
    ///   - discogsID: The artist's Discogs id.
    ///   - bio: The artist's profile as plain text.
    ///   - metadata: Everything else; see ``ArtistMetadata``.
    ///   - externalURLs: Links by site; `nil` (the default) means the artist's Discogs links
    ///     when `discogsID` is known, none otherwise.
    ///   - dataSource: Where the data came from; defaults to `"discogs"`.
    ///   - scrapeTimestamp: When the data was fetched; defaults to now.
    public init(
        name: String,
        normalizedName: String,
        discogsID: Int? = nil,
        bio: String? = nil,
        metadata: ArtistMetadata = ArtistMetadata(),
        externalURLs: [String: String]? = nil,
        dataSource: String = "discogs",
        scrapeTimestamp: Date = Date()
    ) {
        self.name = name
        self.normalizedName = normalizedName
        self.discogsID = discogsID
        self.bio = bio
        self.metadata = metadata
        self.externalURLs = externalURLs ?? discogsID.map(DiscogsURLs.artist) ?? [:]
        self.dataSource = dataSource
        self.scrapeTimestamp = scrapeTimestamp
    }

    /// The artist's stable key within its kind: the Discogs id (`"2108297"`), or `"~"` and the
    /// normalised name for an artist without one.
    public var itemKey: String {
        ItemCoding.entityKey(discogsID: discogsID, normalizedName: normalizedName)
    }

    /// What is wrong with the values, or `nil` when the item can be written.
    var problem: String? {
        ItemCoding.entityProblem(discogsID: discogsID, kind: .artist, scrapeTimestamp: scrapeTimestamp)
    }
}

extension ArtistItem: Codable {
    enum CodingKeys: String, ItemCodingKey {
        case itemType = "item_type"
        case name = "artist_name"
        case normalizedName = "normalized_name"
        case discogsID = "discogs_id"
        case bio, metadata
        case externalURLs = "external_urls"
        case dataSource = "data_source"
        case scrapeTimestamp = "scrape_timestamp"
    }

    /// Decodes an artist item from SongNodes' field names.
    ///
    /// `item_type` may be absent but, when present, must be `"artist"`.
    /// - Throws: `DecodingError` naming the field that is missing, mistyped or out of range.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let provenance = try ItemCoding.decodeProvenance(.artist, from: c)
        name = try c.decode(String.self, forKey: .name)
        normalizedName = try c.decode(String.self, forKey: .normalizedName)
        discogsID = try c.decodeIfPresent(Int.self, forKey: .discogsID)
        bio = try c.decodeIfPresent(String.self, forKey: .bio)
        metadata = try c.decodeIfPresent(ArtistMetadata.self, forKey: .metadata) ?? ArtistMetadata()
        (externalURLs, dataSource, scrapeTimestamp) = (provenance.externalURLs, provenance.dataSource, provenance.scrapeTimestamp)
        try ItemCoding.check(problem, decoder: decoder)
    }

    /// Encodes the item with SongNodes' field names, `"item_type": "artist"` and `null` for absent values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ItemKind.artist, forKey: .itemType)
        try c.encode(name, forKey: .name)
        try c.encode(normalizedName, forKey: .normalizedName)
        try c.encode(discogsID, forKey: .discogsID)
        try c.encode(bio, forKey: .bio)
        try c.encode(metadata, forKey: .metadata)
        try ItemCoding.encode(ItemProvenance(externalURLs: externalURLs, dataSource: dataSource, scrapeTimestamp: scrapeTimestamp), into: &c)
    }
}
