/// One version of a master in `GET /masters/{id}/versions` (list key `versions`).
///
/// The format and label are summary strings here, not the release document's structures.
///
/// ```swift
/// for version in page.items { print(version.released ?? "", version.country ?? "", version.format ?? "") }
/// ```
public struct MasterVersion: Sendable, Hashable, Codable, PageItem {
    /// The list key in a versions page.
    public static let pageKey = "versions"

    /// The release id of this version.
    public var id: Int
    /// The title; `""` when missing.
    public var title: String
    /// The label name(s) as one string.
    public var label: String?
    /// The catalog number (`catno`).
    public var catalogNumber: String?
    /// The country.
    public var country: String?
    /// The format summary, comma-joined, e.g. `"CD, Album, RE"`.
    public var format: String?
    /// The main format names, e.g. `["CD"]` (`major_formats`).
    public var majorFormats: [String]
    /// The release date as sent, zero-filled (`"1998-12-00"`).
    public var released: String?
    /// The moderation status.
    public var status: ReleaseStatus?
    /// The thumbnail URL; nil when blank.
    public var thumb: String?
    /// Have/want counts.
    public var stats: ItemStats?
    /// The release's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a version.
    public init(id: Int, title: String = "", label: String? = nil, catalogNumber: String? = nil, country: String? = nil,
                format: String? = nil, majorFormats: [String] = [], released: String? = nil,
                status: ReleaseStatus? = nil, thumb: String? = nil, stats: ItemStats? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.title = title
        self.label = label
        self.catalogNumber = catalogNumber
        self.country = country
        self.format = format
        self.majorFormats = majorFormats
        self.released = released
        self.status = status
        self.thumb = thumb
        self.stats = stats
        self.resourceURL = resourceURL
    }

    /// Decodes a version; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        label = try c.decodeNonEmptyStringIfPresent(forKey: .label)
        catalogNumber = try c.decodeStringOrNumberIfPresent(forKey: .catalogNumber)
        country = try c.decodeNonEmptyStringIfPresent(forKey: .country)
        format = try c.decodeNonEmptyStringIfPresent(forKey: .format)
        majorFormats = try c.decodeStringOrArray(forKey: .majorFormats)
        released = try c.decodeStringOrNumberIfPresent(forKey: .released)
        status = try c.decodeLossyEnumIfPresent(ReleaseStatus.self, forKey: .status)
        thumb = try c.decodeNonEmptyStringIfPresent(forKey: .thumb)
        stats = try c.decodeLossyIfPresent(ItemStats.self, forKey: .stats)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, label, country, format, released, status, thumb, stats
        case catalogNumber = "catno"
        case majorFormats = "major_formats"
        case resourceURL = "resource_url"
    }
}
