/// An artist: a person, group or alias (`GET /artists/{id}`).
///
/// Only ``id`` is required. ``name`` may end in a disambiguator (`"Aphex Twin (2)"`) or be
/// inverted (`"Persuader, The"`); it is kept as sent.
///
/// ```swift
/// let artist = try JSONDecoder().decode(Artist.self, from: body)
/// print(artist.name, artist.realName ?? "", artist.members.map(\.name))
/// ```
public struct Artist: Sendable, Hashable, Codable {
    /// The artist id.
    public var id: Int
    /// The database name; `""` when missing.
    public var name: String
    /// The person's real name (`realname`).
    public var realName: String?
    /// The biography, with Discogs markup.
    public var profile: String?
    /// Web links.
    public var urls: [String]
    /// Other spellings the artist is credited under (`namevariations`).
    public var nameVariations: [String]
    /// Other names the same artist records under.
    public var aliases: [ArtistReference]
    /// The members of a group, each with ``ArtistReference/active``.
    public var members: [ArtistReference]
    /// The groups a person belongs to, each with ``ArtistReference/active``.
    public var groups: [ArtistReference]
    /// Images; their URLs are nil on anonymous requests.
    public var images: [Image]
    /// The data quality judged by the community (`data_quality`).
    public var dataQuality: DataQuality?
    /// The API URL of the artist's releases (`releases_url`).
    public var releasesURL: String?
    /// The artist's web page URL.
    public var uri: String?
    /// The artist's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates an artist.
    public init(id: Int, name: String = "", realName: String? = nil, profile: String? = nil, urls: [String] = [],
                nameVariations: [String] = [], aliases: [ArtistReference] = [], members: [ArtistReference] = [],
                groups: [ArtistReference] = [], images: [Image] = [], dataQuality: DataQuality? = nil,
                releasesURL: String? = nil, uri: String? = nil, resourceURL: String? = nil) {
        self.id = id
        self.name = name
        self.realName = realName
        self.profile = profile
        self.urls = urls
        self.nameVariations = nameVariations
        self.aliases = aliases
        self.members = members
        self.groups = groups
        self.images = images
        self.dataQuality = dataQuality
        self.releasesURL = releasesURL
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes an artist; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        realName = try c.decodeNonEmptyStringIfPresent(forKey: .realName)
        profile = try c.decodeIfPresent(String.self, forKey: .profile)
        urls = try c.decodeStringOrArray(forKey: .urls)
        nameVariations = try c.decodeStringOrArray(forKey: .nameVariations)
        aliases = try c.decodeLossyArray([ArtistReference].self, forKey: .aliases)
        members = try c.decodeLossyArray([ArtistReference].self, forKey: .members)
        groups = try c.decodeLossyArray([ArtistReference].self, forKey: .groups)
        images = try c.decodeLossyArray([Image].self, forKey: .images)
        dataQuality = try c.decodeLossyEnumIfPresent(DataQuality.self, forKey: .dataQuality)
        releasesURL = try c.decodeNonEmptyStringIfPresent(forKey: .releasesURL)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, profile, urls, aliases, members, groups, images, uri
        case realName = "realname"
        case nameVariations = "namevariations"
        case dataQuality = "data_quality"
        case releasesURL = "releases_url"
        case resourceURL = "resource_url"
    }
}
