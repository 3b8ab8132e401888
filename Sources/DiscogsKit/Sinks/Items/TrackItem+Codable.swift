import Foundation

extension TrackItem: Codable {
    enum CodingKeys: String, ItemCodingKey {
        case itemType = "item_type"
        case title = "track_name"
        case artistName = "artist_name"
        case normalizedTitle = "normalized_title"
        case durationMilliseconds = "duration_ms"
        case releaseID = "discogs_id"
        case recordLabel = "record_label"
        case catalogNumber = "catalog_number"
        case genre, subgenre
        case releaseDate = "release_date"
        case isRemix = "is_remix"
        case isLive = "is_live"
        case remixType = "remix_type"
        case metadata
        case externalURLs = "external_urls"
        case dataSource = "data_source"
        case scrapeTimestamp = "scrape_timestamp"
    }

    /// Decodes a track item from SongNodes' field names.
    ///
    /// `item_type` may be absent but, when present, must be `"track"`; `metadata` and
    /// `external_urls` may be absent (read as empty).
    /// - Throws: `DecodingError` naming the field that is missing, mistyped or out of range.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let provenance = try ItemCoding.decodeProvenance(.track, from: c)
        title = try c.decode(String.self, forKey: .title)
        artistName = try c.decode(String.self, forKey: .artistName)
        normalizedTitle = try c.decode(String.self, forKey: .normalizedTitle)
        releaseID = try c.decode(Int.self, forKey: .releaseID)
        durationMilliseconds = try c.decodeIfPresent(Int.self, forKey: .durationMilliseconds)
        recordLabel = try c.decodeIfPresent(String.self, forKey: .recordLabel)
        catalogNumber = try c.decodeIfPresent(String.self, forKey: .catalogNumber)
        genre = try c.decodeIfPresent(String.self, forKey: .genre)
        subgenre = try c.decodeIfPresent(String.self, forKey: .subgenre)
        releaseDate = try c.decodeIfPresent(String.self, forKey: .releaseDate)
        isRemix = try c.decode(Bool.self, forKey: .isRemix)
        isLive = try c.decode(Bool.self, forKey: .isLive)
        remixType = try c.decodeIfPresent(String.self, forKey: .remixType)
        metadata = try c.decodeIfPresent(TrackMetadata.self, forKey: .metadata) ?? TrackMetadata()
        (externalURLs, dataSource, scrapeTimestamp) = (provenance.externalURLs, provenance.dataSource, provenance.scrapeTimestamp)
        try ItemCoding.check(problem, decoder: decoder)
    }

    /// Encodes the item with SongNodes' field names, `"item_type": "track"` and `null` for absent values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ItemKind.track, forKey: .itemType)
        try c.encode(title, forKey: .title)
        try c.encode(artistName, forKey: .artistName)
        try c.encode(normalizedTitle, forKey: .normalizedTitle)
        try c.encode(durationMilliseconds, forKey: .durationMilliseconds)
        try c.encode(releaseID, forKey: .releaseID)
        try c.encode(recordLabel, forKey: .recordLabel)
        try c.encode(catalogNumber, forKey: .catalogNumber)
        try c.encode(genre, forKey: .genre)
        try c.encode(subgenre, forKey: .subgenre)
        try c.encode(releaseDate, forKey: .releaseDate)
        try c.encode(isRemix, forKey: .isRemix)
        try c.encode(isLive, forKey: .isLive)
        try c.encode(remixType, forKey: .remixType)
        try c.encode(metadata, forKey: .metadata)
        try ItemCoding.encode(ItemProvenance(externalURLs: externalURLs, dataSource: dataSource, scrapeTimestamp: scrapeTimestamp), into: &c)
    }
}
