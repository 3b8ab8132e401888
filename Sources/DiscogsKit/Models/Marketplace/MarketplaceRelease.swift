/// The release summary a listing or an order item carries (`release`).
///
/// ```swift
/// print(listing.release?.description ?? "") // "Medieval Steel - Dark Castle (LP, Album)"
/// ```
public struct MarketplaceRelease: Sendable, Hashable, Codable {
    /// The release id.
    public var id: Int?
    /// `"Artist - Title (Format)"` for display.
    public var description: String?
    /// The credited artists as one string.
    public var artist: String?
    /// The title.
    public var title: String?
    /// The format summary, e.g. `"LP, Album"`.
    public var format: String?
    /// The label name(s).
    public var label: String?
    /// The catalog number(s) (`catalog_number`).
    public var catalogNumber: String?
    /// The year; nil when unknown (`0`).
    public var year: Int?
    /// The master id (`master_id`); nil when none (inventories send null).
    public var masterID: Int?
    /// The thumbnail URL; nil when blank.
    public var thumbnail: String?
    /// Images.
    public var images: [Image]
    /// Have/want counts.
    public var stats: ItemStats?
    /// The release's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a summary.
    public init(id: Int? = nil, description: String? = nil, artist: String? = nil, title: String? = nil,
                format: String? = nil, label: String? = nil, catalogNumber: String? = nil, year: Int? = nil,
                masterID: Int? = nil, thumbnail: String? = nil, images: [Image] = [], stats: ItemStats? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.description = description
        self.artist = artist
        self.title = title
        self.format = format
        self.label = label
        self.catalogNumber = catalogNumber
        self.year = year
        self.masterID = masterID
        self.thumbnail = thumbnail
        self.images = images
        self.stats = stats
        self.resourceURL = resourceURL
    }

    /// Decodes a summary; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        artist = try c.decodeNonEmptyStringIfPresent(forKey: .artist)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        format = try c.decodeNonEmptyStringIfPresent(forKey: .format)
        label = try c.decodeNonEmptyStringIfPresent(forKey: .label)
        catalogNumber = try c.decodeStringOrNumberIfPresent(forKey: .catalogNumber)
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        masterID = try c.decodeNonZeroIntIfPresent(forKey: .masterID)
        thumbnail = try c.decodeNonEmptyStringIfPresent(forKey: .thumbnail)
        images = try c.decodeLossyArray([Image].self, forKey: .images)
        stats = try c.decodeLossyIfPresent(ItemStats.self, forKey: .stats)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, description, artist, title, format, label, year, thumbnail, images, stats
        case catalogNumber = "catalog_number"
        case masterID = "master_id"
        case resourceURL = "resource_url"
    }
}
