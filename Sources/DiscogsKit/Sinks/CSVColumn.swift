import Foundation

/// The columns of ``CSVSink``'s output, in order, and how each kind of item fills them.
enum CSVColumn: String, CaseIterable {
    case itemType = "item_type"
    case itemKey = "item_key"
    case discogsID = "discogs_id"
    case trackName = "track_name"
    case artistName = "artist_name"
    case labelName = "label_name"
    case normalizedTitle = "normalized_title"
    case normalizedName = "normalized_name"
    case position
    case releaseTitle = "release_title"
    case durationMilliseconds = "duration_ms"
    case recordLabel = "record_label"
    case catalogNumber = "catalog_number"
    case catalogNumbers = "catalog_numbers"
    case genre, subgenre
    case releaseDate = "release_date"
    case country
    case isRemix = "is_remix"
    case isLive = "is_live"
    case remixType = "remix_type"
    case bio, metadata
    case externalURLs = "external_urls"
    case dataSource = "data_source"
    case scrapeTimestamp = "scrape_timestamp"

    /// The unquoted cell text of each column `item` fills; missing columns are empty cells.
    static func cells(of item: ExtractedItem, using encoder: JSONEncoder) throws -> [CSVColumn: String] {
        let key = item.key
        func json(_ value: some Encodable) throws -> String { try ItemJSON.text(of: value, key: key, using: encoder) }
        var cells: [CSVColumn: String] = [.itemType: item.kind.rawValue, .itemKey: item.itemKey]
        switch item {
        case .track(let track):
            cells[.discogsID] = String(track.releaseID)
            cells[.trackName] = track.title
            cells[.artistName] = track.artistName
            cells[.normalizedTitle] = track.normalizedTitle
            cells[.position] = track.metadata.position
            cells[.releaseTitle] = track.metadata.releaseTitle
            cells[.durationMilliseconds] = track.durationMilliseconds.map(String.init)
            cells[.recordLabel] = track.recordLabel
            cells[.catalogNumber] = track.catalogNumber
            cells[.genre] = track.genre
            cells[.subgenre] = track.subgenre
            cells[.releaseDate] = track.releaseDate
            cells[.country] = track.metadata.country
            cells[.isRemix] = String(track.isRemix)
            cells[.isLive] = String(track.isLive)
            cells[.remixType] = track.remixType
            cells[.metadata] = try json(track.metadata)
            cells[.externalURLs] = try json(track.externalURLs)
            cells[.dataSource] = track.dataSource
            cells[.scrapeTimestamp] = ISO8601Timestamp.string(from: track.scrapeTimestamp)
        case .artist(let artist):
            cells[.discogsID] = artist.discogsID.map(String.init)
            cells[.artistName] = artist.name
            cells[.normalizedName] = artist.normalizedName
            cells[.bio] = artist.bio
            cells[.metadata] = try json(artist.metadata)
            cells[.externalURLs] = try json(artist.externalURLs)
            cells[.dataSource] = artist.dataSource
            cells[.scrapeTimestamp] = ISO8601Timestamp.string(from: artist.scrapeTimestamp)
        case .label(let label):
            cells[.discogsID] = label.discogsID.map(String.init)
            cells[.labelName] = label.name
            cells[.normalizedName] = label.normalizedName
            cells[.catalogNumbers] = try json(label.catalogNumbers)
            cells[.metadata] = try json(label.metadata)
            cells[.externalURLs] = try json(label.externalURLs)
            cells[.dataSource] = label.dataSource
            cells[.scrapeTimestamp] = ISO8601Timestamp.string(from: label.scrapeTimestamp)
        }
        return cells
    }
}
