/// What a ``TrackItem`` knows beyond SongNodes' flat fields, written as its `metadata` object.
///
/// Every field is optional; absent ones are left out of the JSON object (not written as `null`),
/// so `metadata` carries only what the producer knew. Keys are snake_case:
///
/// ```json
/// {"country":"Germany","genres":["Electronic"],"match_confidence":0.97,"position":"A1",
///  "release_title":"Blind Faith","styles":["Techno"],"target_row":12}
/// ```
///
/// See `Docs/ItemSchema.md` for every key with an example.
public struct TrackMetadata: Sendable, Hashable, Codable {
    /// The release's title (`release_title`).
    public var releaseTitle: String?
    /// The track's position as Discogs writes it: `"A1"`, `"1-12"`, `"2.03"` (`position`).
    public var position: String?
    /// The title of the heading track this track sits under, such as `"Side A"` or a disc name (`section`).
    public var section: String?
    /// The release's country, free text such as `"UK"` or `"Europe"` (`country`).
    public var country: String?
    /// Every genre of the release, in Discogs' order (`genres`).
    public var genres: [String]?
    /// Every style of the release, in Discogs' order (`styles`).
    public var styles: [String]?
    /// The track's artists, in credit order; for most releases the release's main artists (`artists`).
    public var artists: [Artist]?
    /// The track's credits with their roles, track-level and release-level ones that apply to it (`credits`).
    public var credits: [CreditItem]?
    /// Every label of the release with its catalogue number (`labels`).
    public var labels: [Label]?
    /// The release's formats (`formats`).
    public var formats: [Format]?
    /// The id of the release's master, when it has one (`master_id`).
    public var masterID: Int?
    /// The title of the index track this track is a sub-track of (`index_title`).
    public var indexTitle: String?
    /// The disc number read from the position (`disc`).
    public var disc: Int?
    /// The track number read from the position (`track_number`).
    public var trackNumber: Int?
    /// The vinyl or cassette side read from the position (`side`).
    public var side: String?
    /// The version descriptors of the title as written, e.g. `["Dixon Edit"]` (`versions`).
    public var versions: [String]?
    /// The remixers, from the title and the track's Remix credits (`remixers`).
    public var remixers: [String]?
    /// The featured artists named in the title (`featuring`).
    public var featuring: [String]?
    /// The row number of the enrichment target this track was matched to (`target_row`).
    public var targetRow: Int?
    /// How sure the match is, in 0…1 (`match_confidence`).
    public var matchConfidence: Double?
    /// Why the match was made, one short phrase each (`match_reasons`).
    public var matchReasons: [String]?

    /// Creates metadata; every field defaults to absent.
    ///
    /// ```swift
    /// let metadata = TrackMetadata(releaseTitle: "Blind Faith", position: "A1", country: "Germany")
    /// ```
    public init(
        releaseTitle: String? = nil,
        position: String? = nil,
        section: String? = nil,
        country: String? = nil,
        genres: [String]? = nil,
        styles: [String]? = nil,
        artists: [Artist]? = nil,
        credits: [CreditItem]? = nil,
        labels: [Label]? = nil,
        formats: [Format]? = nil,
        masterID: Int? = nil,
        targetRow: Int? = nil,
        matchConfidence: Double? = nil,
        matchReasons: [String]? = nil
    ) {
        self.releaseTitle = releaseTitle
        self.position = position
        self.section = section
        self.country = country
        self.genres = genres
        self.styles = styles
        self.artists = artists
        self.credits = credits
        self.labels = labels
        self.formats = formats
        self.masterID = masterID
        self.targetRow = targetRow
        self.matchConfidence = matchConfidence
        self.matchReasons = matchReasons
    }

    enum CodingKeys: String, CodingKey {
        case releaseTitle = "release_title"
        case position, section, country, genres, styles, artists, credits, labels, formats
        case masterID = "master_id"
        case indexTitle = "index_title"
        case disc, side, versions, remixers, featuring
        case trackNumber = "track_number"
        case targetRow = "target_row"
        case matchConfidence = "match_confidence"
        case matchReasons = "match_reasons"
    }

    /// What is wrong with the values, or `nil` when they are in range.
    var problem: String? {
        if let masterID, masterID <= 0 { return "metadata.master_id must be positive, not \(masterID)" }
        if let targetRow, targetRow < 0 { return "metadata.target_row must not be negative, not \(targetRow)" }
        if let matchConfidence, !(matchConfidence.isFinite && (0...1).contains(matchConfidence)) {
            return "metadata.match_confidence must be within 0…1, not \(matchConfidence)"
        }
        return nil
    }
}
