/// A release: one particular edition of a recording (`GET /releases/{id}`).
///
/// Every documented field is here. Only ``id`` is required; a missing or null field decodes as
/// nil or an empty list, numbers sent as strings are read, and a malformed element of a list or a
/// malformed nested object is skipped and reported to the ``DecodingIssueCollector``. Encoding
/// gives back the API's snake_case keys.
///
/// ```swift
/// let release = try JSONDecoder().decode(Release.self, from: body)
/// print(release.artists.map(\.displayName), release.title, release.year ?? 0)
/// for track in release.tracklist { print(track.position ?? "", track.title) }
/// ```
public struct Release: Sendable, Hashable, Codable {
    /// The release id.
    public var id: Int
    /// The title, e.g. `"Never Gonna Give You Up"`; `""` when missing.
    public var title: String
    /// The moderation status (`"Accepted"`, `"Draft"`, …).
    public var status: ReleaseStatus?
    /// The release year; nil when unknown (Discogs sends `0`).
    public var year: Int?
    /// The release date as sent, zero-filled: `"1987"`, `"1987-07-00"`, `"2000-08-13"`; nil when absent.
    public var released: String?
    /// The release date for display, e.g. `"30 Sep 2002"`, `"Jul 1987"` (`released_formatted`).
    public var releasedFormatted: String?
    /// The country as free text, e.g. `"UK"`, `"Europe"`, `"UK & US"`; nil when blank.
    public var country: String?
    /// The main artists.
    public var artists: [ArtistCredit]
    /// The main artists as one sortable string (`artists_sort`), e.g. `"Rick Astley"`.
    public var artistsSort: String?
    /// Release-level credits with their ``ArtistCredit/role`` and ``ArtistCredit/tracks`` (`extraartists`).
    public var extraArtists: [ArtistCredit]
    /// The labels with their catalog numbers.
    public var labels: [CompanyCredit]
    /// The series the release belongs to (`catno` is the number in the series).
    public var series: [CompanyCredit]
    /// Companies involved, e.g. pressed by, mastered at, phonographic copyright.
    public var companies: [CompanyCredit]
    /// The formats, e.g. 2 × Vinyl LP.
    public var formats: [Format]
    /// The total number of items (`format_quantity`).
    public var formatQuantity: Int?
    /// Genres, e.g. `["Electronic"]`.
    public var genres: [String]
    /// Styles, e.g. `["Deep Techno"]`.
    public var styles: [String]
    /// The tracklist, headings and index tracks included.
    public var tracklist: [Track]
    /// Barcodes, matrix numbers and other codes.
    public var identifiers: [Identifier]
    /// Images; their URLs are nil on anonymous requests.
    public var images: [Image]
    /// The primary image's thumbnail URL; nil when blank (anonymous requests).
    public var thumb: String?
    /// Linked videos.
    public var videos: [Video]
    /// Free-text notes with Discogs markup and `\r\n` line breaks.
    public var notes: String?
    /// The data quality judged by the community (`data_quality`).
    public var dataQuality: DataQuality?
    /// Have/want counts, rating, submitter and contributors.
    public var community: Community?
    /// The master this release belongs to (`master_id`); nil when it has none.
    public var masterID: Int?
    /// The master's API URL (`master_url`); nil when it has none.
    public var masterURL: String?
    /// Whether this is its master's main release (`is_main_release`): the monthly dumps say so
    /// beside the master id; API answers do not (the master's `main_release` does), so it is nil.
    public var isMainRelease: Bool?
    /// How many copies are for sale (`num_for_sale`).
    public var numForSale: Int?
    /// The lowest marketplace price in the requested currency (`lowest_price`); nil when nothing is for sale.
    public var lowestPrice: Double?
    /// Whether the release may not be sold on the marketplace (`blocked_from_sale`).
    public var blockedFromSale: Bool?
    /// The estimated shipping weight in grams (`estimated_weight`).
    public var estimatedWeight: Int?
    /// When the release was added, ISO 8601 with offset (`date_added`), as sent.
    public var dateAdded: String?
    /// When the release was last changed, ISO 8601 with offset (`date_changed`), as sent.
    public var dateChanged: String?
    /// The release's web page URL.
    public var uri: String?
    /// The release's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a release.
    public init(id: Int, title: String = "", status: ReleaseStatus? = nil, year: Int? = nil, released: String? = nil,
                releasedFormatted: String? = nil, country: String? = nil, artists: [ArtistCredit] = [],
                artistsSort: String? = nil, extraArtists: [ArtistCredit] = [], labels: [CompanyCredit] = [],
                series: [CompanyCredit] = [], companies: [CompanyCredit] = [], formats: [Format] = [],
                formatQuantity: Int? = nil, genres: [String] = [], styles: [String] = [], tracklist: [Track] = [],
                identifiers: [Identifier] = [], images: [Image] = [], thumb: String? = nil, videos: [Video] = [],
                notes: String? = nil, dataQuality: DataQuality? = nil, community: Community? = nil,
                masterID: Int? = nil, masterURL: String? = nil, numForSale: Int? = nil, lowestPrice: Double? = nil,
                blockedFromSale: Bool? = nil, estimatedWeight: Int? = nil, dateAdded: String? = nil,
                dateChanged: String? = nil, uri: String? = nil, resourceURL: String? = nil,
                isMainRelease: Bool? = nil) {
        self.id = id
        self.title = title
        self.status = status
        self.year = year
        self.released = released
        self.releasedFormatted = releasedFormatted
        self.country = country
        self.artists = artists
        self.artistsSort = artistsSort
        self.extraArtists = extraArtists
        self.labels = labels
        self.series = series
        self.companies = companies
        self.formats = formats
        self.formatQuantity = formatQuantity
        self.genres = genres
        self.styles = styles
        self.tracklist = tracklist
        self.identifiers = identifiers
        self.images = images
        self.thumb = thumb
        self.videos = videos
        self.notes = notes
        self.dataQuality = dataQuality
        self.community = community
        self.masterID = masterID
        self.masterURL = masterURL
        self.isMainRelease = isMainRelease
        self.numForSale = numForSale
        self.lowestPrice = lowestPrice
        self.blockedFromSale = blockedFromSale
        self.estimatedWeight = estimatedWeight
        self.dateAdded = dateAdded
        self.dateChanged = dateChanged
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes a release; only `id` is required.
    ///
    /// - Throws: `DecodingError.keyNotFound` naming `id` when it is missing (`.valueNotFound` or
    ///   `.dataCorrupted` when it is null or not a number).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        status = try c.decodeLossyEnumIfPresent(ReleaseStatus.self, forKey: .status)
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        released = try c.decodeNonEmptyStringIfPresent(forKey: .released)
        releasedFormatted = try c.decodeNonEmptyStringIfPresent(forKey: .releasedFormatted)
        country = try c.decodeNonEmptyStringIfPresent(forKey: .country)
        artists = try c.decodeLossyArray([ArtistCredit].self, forKey: .artists)
        artistsSort = try c.decodeNonEmptyStringIfPresent(forKey: .artistsSort)
        extraArtists = try c.decodeLossyArray([ArtistCredit].self, forKey: .extraArtists)
        labels = try c.decodeLossyArray([CompanyCredit].self, forKey: .labels)
        series = try c.decodeLossyArray([CompanyCredit].self, forKey: .series)
        companies = try c.decodeLossyArray([CompanyCredit].self, forKey: .companies)
        formats = try c.decodeLossyArray([Format].self, forKey: .formats)
        formatQuantity = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .formatQuantity)
        genres = try c.decodeStringOrArray(forKey: .genres)
        styles = try c.decodeStringOrArray(forKey: .styles)
        tracklist = try c.decodeLossyArray([Track].self, forKey: .tracklist)
        identifiers = try c.decodeLossyArray([Identifier].self, forKey: .identifiers)
        images = try c.decodeLossyArray([Image].self, forKey: .images)
        thumb = try c.decodeNonEmptyStringIfPresent(forKey: .thumb)
        videos = try c.decodeLossyArray([Video].self, forKey: .videos)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        dataQuality = try c.decodeLossyEnumIfPresent(DataQuality.self, forKey: .dataQuality)
        community = try c.decodeLossyIfPresent(Community.self, forKey: .community)
        masterID = try c.decodeNonZeroIntIfPresent(forKey: .masterID)
        masterURL = try c.decodeNonEmptyStringIfPresent(forKey: .masterURL)
        isMainRelease = try c.decodeBoolOrStringIfPresent(forKey: .isMainRelease)
        numForSale = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numForSale)
        lowestPrice = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .lowestPrice)
        blockedFromSale = try c.decodeBoolOrStringIfPresent(forKey: .blockedFromSale)
        estimatedWeight = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .estimatedWeight)
        dateAdded = try c.decodeNonEmptyStringIfPresent(forKey: .dateAdded)
        dateChanged = try c.decodeNonEmptyStringIfPresent(forKey: .dateChanged)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, status, year, released, country, artists, labels, series, companies, formats, genres, styles
        case tracklist, identifiers, images, thumb, videos, notes, community, uri
        case releasedFormatted = "released_formatted"
        case artistsSort = "artists_sort"
        case extraArtists = "extraartists"
        case formatQuantity = "format_quantity"
        case dataQuality = "data_quality"
        case masterID = "master_id"
        case masterURL = "master_url"
        case isMainRelease = "is_main_release"
        case numForSale = "num_for_sale"
        case lowestPrice = "lowest_price"
        case blockedFromSale = "blocked_from_sale"
        case estimatedWeight = "estimated_weight"
        case dateAdded = "date_added"
        case dateChanged = "date_changed"
        case resourceURL = "resource_url"
    }
}
