/// One row of `GET /labels/{id}/releases` (list key `releases`): a release on the label.
///
/// ```swift
/// for row in page.items { print(row.catalogNumber ?? "", row.artist ?? "", "–", row.title) }
/// ```
public struct LabelRelease: Sendable, Hashable, Codable, PageItem {
    /// The list key in a label releases page.
    public static let pageKey = "releases"

    /// The release id.
    public var id: Int
    /// The title; `""` when missing.
    public var title: String
    /// The credited artists as one display string.
    public var artist: String?
    /// The catalog number on this label (`catno`).
    public var catalogNumber: String?
    /// The abbreviated format summary, e.g. `"12\", EP"`.
    public var format: String?
    /// The year; nil when missing or `0`.
    public var year: Int?
    /// The moderation status.
    public var status: ReleaseStatus?
    /// The thumbnail URL; nil when blank.
    public var thumb: String?
    /// Have/want counts.
    public var stats: ItemStats?
    /// The release's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a row.
    public init(id: Int, title: String = "", artist: String? = nil, catalogNumber: String? = nil, format: String? = nil,
                year: Int? = nil, status: ReleaseStatus? = nil, thumb: String? = nil, stats: ItemStats? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.title = title
        self.artist = artist
        self.catalogNumber = catalogNumber
        self.format = format
        self.year = year
        self.status = status
        self.thumb = thumb
        self.stats = stats
        self.resourceURL = resourceURL
    }

    /// Decodes a row; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        artist = try c.decodeNonEmptyStringIfPresent(forKey: .artist)
        catalogNumber = try c.decodeStringOrNumberIfPresent(forKey: .catalogNumber)
        format = try c.decodeNonEmptyStringIfPresent(forKey: .format)
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        status = try c.decodeLossyEnumIfPresent(ReleaseStatus.self, forKey: .status)
        thumb = try c.decodeNonEmptyStringIfPresent(forKey: .thumb)
        stats = try c.decodeLossyIfPresent(ItemStats.self, forKey: .stats)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, artist, format, year, status, thumb, stats
        case catalogNumber = "catno"
        case resourceURL = "resource_url"
    }
}
