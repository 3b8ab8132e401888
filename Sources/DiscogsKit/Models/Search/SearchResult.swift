/// One hit of `GET /database/search` (list key `results`): a release, master, artist or label.
///
/// A search hit is not a release document: it has its own, smaller key set (lists of strings
/// for labels, formats, genres and styles; `year` as text). Fetch the release for the full data.
/// ``masterID`` is nil when Discogs sends `0`; ``year`` is read from its string.
///
/// ```swift
/// for hit in page.items where hit.type == .release {
///     print(hit.id, hit.title, hit.year ?? 0, hit.label.first ?? "")
/// }
/// ```
public struct SearchResult: Sendable, Hashable, Codable, PageItem {
    /// The list key in a search page.
    public static let pageKey = "results"

    /// The id of the release, master, artist or label.
    public var id: Int
    /// What the hit is.
    public var type: SearchResultType?
    /// `"Artist - Title"` for releases and masters, the name for artists and labels; `""` when missing.
    public var title: String
    /// The year (sent as text, e.g. `"2005"`); nil when missing or blank.
    public var year: Int?
    /// The country; nil when blank.
    public var country: String?
    /// Format names and descriptions, flattened, e.g. `["Vinyl", "12\"", "33 ⅓ RPM"]`.
    public var format: [String]
    /// The structured formats (release hits).
    public var formats: [Format]
    /// The total number of items (`format_quantity`, release hits).
    public var formatQuantity: Int?
    /// Label names (older answers sent a single string; it becomes a one-element list).
    public var label: [String]
    /// The catalog number (`catno`).
    public var catalogNumber: String?
    /// Genres.
    public var genre: [String]
    /// Styles.
    public var style: [String]
    /// Barcodes and other printed codes, as sent.
    public var barcode: [String]
    /// Have/want counts.
    public var community: Community?
    /// Whether the hit is in the user's collection or wantlist (`user_data`).
    public var userData: SearchUserData?
    /// The master of a release hit (`master_id`); nil when it has none (Discogs sends `0`).
    public var masterID: Int?
    /// The master's API URL (`master_url`); nil when it has none.
    public var masterURL: String?
    /// The thumbnail URL; nil when blank or null.
    public var thumb: String?
    /// The cover image URL (`cover_image`); nil when blank.
    public var coverImage: String?
    /// The web path, relative (`/Nirvana-Nevermind/release/2028757`).
    public var uri: String?
    /// The API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a hit.
    public init(id: Int, type: SearchResultType? = nil, title: String = "", year: Int? = nil, country: String? = nil,
                format: [String] = [], formats: [Format] = [], formatQuantity: Int? = nil, label: [String] = [],
                catalogNumber: String? = nil, genre: [String] = [], style: [String] = [], barcode: [String] = [],
                community: Community? = nil, userData: SearchUserData? = nil, masterID: Int? = nil,
                masterURL: String? = nil, thumb: String? = nil, coverImage: String? = nil, uri: String? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.type = type
        self.title = title
        self.year = year
        self.country = country
        self.format = format
        self.formats = formats
        self.formatQuantity = formatQuantity
        self.label = label
        self.catalogNumber = catalogNumber
        self.genre = genre
        self.style = style
        self.barcode = barcode
        self.community = community
        self.userData = userData
        self.masterID = masterID
        self.masterURL = masterURL
        self.thumb = thumb
        self.coverImage = coverImage
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes a hit; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        type = try c.decodeLossyEnumIfPresent(SearchResultType.self, forKey: .type)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        country = try c.decodeNonEmptyStringIfPresent(forKey: .country)
        format = try c.decodeStringOrArray(forKey: .format)
        formats = try c.decodeLossyArray([Format].self, forKey: .formats)
        formatQuantity = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .formatQuantity)
        label = try c.decodeStringOrArray(forKey: .label)
        catalogNumber = try c.decodeStringOrNumberIfPresent(forKey: .catalogNumber)
        genre = try c.decodeStringOrArray(forKey: .genre)
        style = try c.decodeStringOrArray(forKey: .style)
        barcode = try c.decodeStringOrArray(forKey: .barcode)
        community = try c.decodeLossyIfPresent(Community.self, forKey: .community)
        userData = try c.decodeLossyIfPresent(SearchUserData.self, forKey: .userData)
        masterID = try c.decodeNonZeroIntIfPresent(forKey: .masterID)
        masterURL = try c.decodeNonEmptyStringIfPresent(forKey: .masterURL)
        thumb = try c.decodeNonEmptyStringIfPresent(forKey: .thumb)
        coverImage = try c.decodeNonEmptyStringIfPresent(forKey: .coverImage)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, type, title, year, country, format, formats, label, genre, style, barcode, community, thumb, uri
        case formatQuantity = "format_quantity"
        case catalogNumber = "catno"
        case userData = "user_data"
        case masterID = "master_id"
        case masterURL = "master_url"
        case coverImage = "cover_image"
        case resourceURL = "resource_url"
    }
}
