import Foundation

/// One playable track of a Discogs release, in the shape SongNodes' pipeline reads.
///
/// Encoded with SongNodes' field names (`track_name`, `artist_name`, `discogs_id`, …) plus
/// `"item_type": "track"`; absent values are written as `null`. See `Docs/ItemSchema.md`.
///
/// ```swift
/// let track = TrackItem(
///     title: "Blind Faith (Dax J Remix)", artistName: "Rødhåd", normalizedTitle: "blind faith",
///     releaseID: 1_234_567, durationMilliseconds: 391_000, recordLabel: "Figure",
///     catalogNumber: "FIGURE X 12", genre: "Electronic", subgenre: "Techno", releaseDate: "2019-03",
///     isRemix: true, remixType: "Dax J Remix",
///     metadata: TrackMetadata(releaseTitle: "Blind Faith", position: "A1"))
/// track.itemKey // "1234567:A1"
/// ```
public struct TrackItem: Sendable, Hashable {
    /// The track's title as Discogs writes it, version included (`track_name`).
    public var title: String
    /// The track's artist credit as displayed, joins included: `"Rødhåd & Dax J"` (`artist_name`).
    public var artistName: String
    /// The title normalised for matching, as the producer computed it (`normalized_title`).
    public var normalizedTitle: String
    /// The id of the release the track is on (`discogs_id`).
    public var releaseID: Int
    /// The duration in milliseconds, when Discogs gives one (`duration_ms`).
    public var durationMilliseconds: Int?
    /// The primary label's name (`record_label`).
    public var recordLabel: String?
    /// The primary label's catalogue number; `nil` for Discogs' `"none"` (`catalog_number`).
    public var catalogNumber: String?
    /// The primary genre: the release's first genre (`genre`).
    public var genre: String?
    /// The primary style: the release's first style (`subgenre`).
    public var subgenre: String?
    /// The release date as far as it is known: `"2019"`, `"2019-03"` or `"2019-03-15"` (`release_date`).
    public var releaseDate: String?
    /// Whether the track is a remix (`is_remix`).
    public var isRemix: Bool
    /// Whether the track is a live recording (`is_live`).
    public var isLive: Bool
    /// The version named in the title: `"Dax J Remix"`, `"Original Mix"`, `"Radio Edit"` (`remix_type`).
    public var remixType: String?
    /// Release title, position, credits, formats, match details and the rest (`metadata`).
    public var metadata: TrackMetadata
    /// Links to the track's release by site; see ``DiscogsURLs`` (`external_urls`).
    public var externalURLs: [String: String]
    /// Where the data came from; `"discogs"` (`data_source`).
    public var dataSource: String
    /// When the data was fetched, written in ISO 8601 (`scrape_timestamp`).
    public var scrapeTimestamp: Date

    /// Creates a track item.
    /// - Parameters:
    ///   - title: The track's title.
    ///   - artistName: The track's artist credit as displayed.
    ///   - normalizedTitle: The title normalised for matching (stored as given).
    ///   - releaseID: The id of the release the track is on.
    ///   - durationMilliseconds: The duration in milliseconds.
    ///   - recordLabel: The primary label's name.
    ///   - catalogNumber: The primary label's catalogue number.
    ///   - genre: The primary genre.
    ///   - subgenre: The primary style.
    ///   - releaseDate: The partial release date (`"2019"`, `"2019-03"`, `"2019-03-15"`).
    ///   - isRemix: Whether the track is a remix.
    ///   - isLive: Whether the track is a live recording.
    ///   - remixType: The version named in the title.
    ///   - metadata: Everything else; see ``TrackMetadata``.
    ///   - externalURLs: Links by site; `nil` (the default) means the release's Discogs links
    ///     from ``DiscogsURLs/release(_:masterID:)``, with its master's when `metadata` names one.
    ///   - dataSource: Where the data came from; defaults to `"discogs"`.
    ///   - scrapeTimestamp: When the data was fetched; defaults to now.
    public init(
        title: String,
        artistName: String,
        normalizedTitle: String,
        releaseID: Int,
        durationMilliseconds: Int? = nil,
        recordLabel: String? = nil,
        catalogNumber: String? = nil,
        genre: String? = nil,
        subgenre: String? = nil,
        releaseDate: String? = nil,
        isRemix: Bool = false,
        isLive: Bool = false,
        remixType: String? = nil,
        metadata: TrackMetadata = TrackMetadata(),
        externalURLs: [String: String]? = nil,
        dataSource: String = "discogs",
        scrapeTimestamp: Date = Date()
    ) {
        self.title = title
        self.artistName = artistName
        self.normalizedTitle = normalizedTitle
        self.releaseID = releaseID
        self.durationMilliseconds = durationMilliseconds
        self.recordLabel = recordLabel
        self.catalogNumber = catalogNumber
        self.genre = genre
        self.subgenre = subgenre
        self.releaseDate = releaseDate
        self.isRemix = isRemix
        self.isLive = isLive
        self.remixType = remixType
        self.metadata = metadata
        self.externalURLs = externalURLs ?? DiscogsURLs.release(releaseID, masterID: metadata.masterID)
        self.dataSource = dataSource
        self.scrapeTimestamp = scrapeTimestamp
    }

    /// The track's stable key within its kind, for de-duplication and SQL upserts.
    ///
    /// The release id and the position (`"1234567:A1"`). A track without a position is keyed by
    /// its title instead (`"1234567:~Untitled"`), which cannot clash with a position key. Two
    /// tracks of one release sharing a position share the key, so the later one replaces the
    /// earlier in an upsert.
    public var itemKey: String {
        if let position = metadata.position, !position.isEmpty { return "\(releaseID):\(position)" }
        return "\(releaseID):~\(title)"
    }

    /// What is wrong with the values, or `nil` when the item can be written.
    var problem: String? {
        if releaseID <= 0 { return "discogs_id must be a positive release id, not \(releaseID)" }
        if let durationMilliseconds, durationMilliseconds < 0 {
            return "duration_ms must not be negative, not \(durationMilliseconds)"
        }
        return ItemCoding.timestampProblem(scrapeTimestamp) ?? metadata.problem
    }
}
