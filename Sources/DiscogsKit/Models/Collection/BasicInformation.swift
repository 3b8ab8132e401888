/// The release summary inside a collection item or want (`basic_information`).
///
/// ```swift
/// let info = item.basicInformation
/// print(info?.artists.first?.displayName ?? "", "–", info?.title ?? "")
/// ```
public struct BasicInformation: Sendable, Hashable, Codable {
    /// The release id.
    public var id: Int?
    /// The title; `""` when missing.
    public var title: String
    /// The year; nil when unknown (`0`).
    public var year: Int?
    /// The main artists.
    public var artists: [ArtistCredit]
    /// The labels with catalog numbers.
    public var labels: [CompanyCredit]
    /// The formats.
    public var formats: [Format]
    /// Genres.
    public var genres: [String]
    /// Styles.
    public var styles: [String]
    /// The release's master (`master_id`); nil when it has none (Discogs sends `0`).
    public var masterID: Int?
    /// The master's API URL (`master_url`); nil when it has none (Discogs sends null).
    public var masterURL: String?
    /// The thumbnail URL; nil when blank.
    public var thumb: String?
    /// The cover image URL (`cover_image`); nil when blank.
    public var coverImage: String?
    /// The release's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a summary.
    public init(id: Int? = nil, title: String = "", year: Int? = nil, artists: [ArtistCredit] = [],
                labels: [CompanyCredit] = [], formats: [Format] = [], genres: [String] = [], styles: [String] = [],
                masterID: Int? = nil, masterURL: String? = nil, thumb: String? = nil, coverImage: String? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.title = title
        self.year = year
        self.artists = artists
        self.labels = labels
        self.formats = formats
        self.genres = genres
        self.styles = styles
        self.masterID = masterID
        self.masterURL = masterURL
        self.thumb = thumb
        self.coverImage = coverImage
        self.resourceURL = resourceURL
    }

    /// Decodes a summary; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        artists = try c.decodeLossyArray([ArtistCredit].self, forKey: .artists)
        labels = try c.decodeLossyArray([CompanyCredit].self, forKey: .labels)
        formats = try c.decodeLossyArray([Format].self, forKey: .formats)
        genres = try c.decodeStringOrArray(forKey: .genres)
        styles = try c.decodeStringOrArray(forKey: .styles)
        masterID = try c.decodeNonZeroIntIfPresent(forKey: .masterID)
        masterURL = try c.decodeNonEmptyStringIfPresent(forKey: .masterURL)
        thumb = try c.decodeNonEmptyStringIfPresent(forKey: .thumb)
        coverImage = try c.decodeNonEmptyStringIfPresent(forKey: .coverImage)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, year, artists, labels, formats, genres, styles, thumb
        case masterID = "master_id"
        case masterURL = "master_url"
        case coverImage = "cover_image"
        case resourceURL = "resource_url"
    }
}
