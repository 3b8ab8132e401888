/// A master release: the group of all versions of one recording (`GET /masters/{id}`).
///
/// Only ``id`` is required; everything else is optional or an empty list when absent.
///
/// ```swift
/// let master = try JSONDecoder().decode(Master.self, from: body)
/// print(master.title, master.year ?? 0, "main release", master.mainRelease ?? 0)
/// ```
public struct Master: Sendable, Hashable, Codable {
    /// The master id.
    public var id: Int
    /// The title; `""` when missing.
    public var title: String
    /// The year of the earliest version; nil when unknown (Discogs sends `0`).
    public var year: Int?
    /// The main artists.
    public var artists: [ArtistCredit]
    /// Genres.
    public var genres: [String]
    /// Styles.
    public var styles: [String]
    /// The tracklist of the main release.
    public var tracklist: [Track]
    /// Images; their URLs are nil on anonymous requests.
    public var images: [Image]
    /// Linked videos.
    public var videos: [Video]
    /// Free-text notes with Discogs markup.
    public var notes: String?
    /// The id of the version chosen as the main release (`main_release`).
    public var mainRelease: Int?
    /// The API URL of the main release (`main_release_url`).
    public var mainReleaseURL: String?
    /// The id of the most recently added version (`most_recent_release`).
    public var mostRecentRelease: Int?
    /// The API URL of the most recently added version (`most_recent_release_url`).
    public var mostRecentReleaseURL: String?
    /// The API URL of the versions list (`versions_url`).
    public var versionsURL: String?
    /// How many copies of all versions are for sale (`num_for_sale`).
    public var numForSale: Int?
    /// The lowest marketplace price over all versions (`lowest_price`); nil when nothing is for sale.
    public var lowestPrice: Double?
    /// The data quality judged by the community (`data_quality`).
    public var dataQuality: DataQuality?
    /// The master's web page URL.
    public var uri: String?
    /// The master's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a master.
    public init(id: Int, title: String = "", year: Int? = nil, artists: [ArtistCredit] = [], genres: [String] = [],
                styles: [String] = [], tracklist: [Track] = [], images: [Image] = [], videos: [Video] = [],
                notes: String? = nil, mainRelease: Int? = nil, mainReleaseURL: String? = nil,
                mostRecentRelease: Int? = nil, mostRecentReleaseURL: String? = nil, versionsURL: String? = nil,
                numForSale: Int? = nil, lowestPrice: Double? = nil, dataQuality: DataQuality? = nil,
                uri: String? = nil, resourceURL: String? = nil) {
        self.id = id
        self.title = title
        self.year = year
        self.artists = artists
        self.genres = genres
        self.styles = styles
        self.tracklist = tracklist
        self.images = images
        self.videos = videos
        self.notes = notes
        self.mainRelease = mainRelease
        self.mainReleaseURL = mainReleaseURL
        self.mostRecentRelease = mostRecentRelease
        self.mostRecentReleaseURL = mostRecentReleaseURL
        self.versionsURL = versionsURL
        self.numForSale = numForSale
        self.lowestPrice = lowestPrice
        self.dataQuality = dataQuality
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes a master; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        artists = try c.decodeLossyArray([ArtistCredit].self, forKey: .artists)
        genres = try c.decodeStringOrArray(forKey: .genres)
        styles = try c.decodeStringOrArray(forKey: .styles)
        tracklist = try c.decodeLossyArray([Track].self, forKey: .tracklist)
        images = try c.decodeLossyArray([Image].self, forKey: .images)
        videos = try c.decodeLossyArray([Video].self, forKey: .videos)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        mainRelease = try c.decodeNonZeroIntIfPresent(forKey: .mainRelease)
        mainReleaseURL = try c.decodeNonEmptyStringIfPresent(forKey: .mainReleaseURL)
        mostRecentRelease = try c.decodeNonZeroIntIfPresent(forKey: .mostRecentRelease)
        mostRecentReleaseURL = try c.decodeNonEmptyStringIfPresent(forKey: .mostRecentReleaseURL)
        versionsURL = try c.decodeNonEmptyStringIfPresent(forKey: .versionsURL)
        numForSale = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numForSale)
        lowestPrice = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .lowestPrice)
        dataQuality = try c.decodeLossyEnumIfPresent(DataQuality.self, forKey: .dataQuality)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, year, artists, genres, styles, tracklist, images, videos, notes, uri
        case mainRelease = "main_release"
        case mainReleaseURL = "main_release_url"
        case mostRecentRelease = "most_recent_release"
        case mostRecentReleaseURL = "most_recent_release_url"
        case versionsURL = "versions_url"
        case numForSale = "num_for_sale"
        case lowestPrice = "lowest_price"
        case dataQuality = "data_quality"
        case resourceURL = "resource_url"
    }
}
