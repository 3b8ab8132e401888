/// One row of `GET /artists/{id}/releases` (list key `releases`): a release or a master the
/// artist appears on, with the artist's role.
///
/// ```swift
/// for row in page.items where row.role == "Main" { print(row.year ?? 0, row.title, row.type ?? .release) }
/// ```
public struct ArtistRelease: Sendable, Hashable, Codable, PageItem {
    /// The list key in an artist releases page.
    public static let pageKey = "releases"

    /// The release or master id (see ``type``).
    public var id: Int
    /// Whether the row is a release or a master.
    public var type: ArtistReleaseType?
    /// The title; `""` when missing.
    public var title: String
    /// The credited artists as one display string; an ANV is marked with `*` (`"Stephan-G* & The Persuader"`).
    public var artist: String?
    /// The artist's role on it: `"Main"`, `"Appearance"`, `"TrackAppearance"`, `"Remix"`, `"Producer"`, …
    public var role: String?
    /// The title of the track the artist appears on (`trackinfo`, TrackAppearance and similar rows).
    public var trackInfo: String?
    /// The year; nil when missing or `0`.
    public var year: Int?
    /// The abbreviated format summary, e.g. `"CD, Comp, RM"` (releases).
    public var format: String?
    /// The label name(s) (releases).
    public var label: String?
    /// The moderation status (releases).
    public var status: ReleaseStatus?
    /// The master's main release id (`main_release`, masters).
    public var mainRelease: Int?
    /// The thumbnail URL; nil when blank.
    public var thumb: String?
    /// Have/want counts.
    public var stats: ItemStats?
    /// The API URL of the release or master (`resource_url`).
    public var resourceURL: String?

    /// Creates a row.
    public init(id: Int, type: ArtistReleaseType? = nil, title: String = "", artist: String? = nil, role: String? = nil,
                trackInfo: String? = nil, year: Int? = nil, format: String? = nil, label: String? = nil,
                status: ReleaseStatus? = nil, mainRelease: Int? = nil, thumb: String? = nil, stats: ItemStats? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.type = type
        self.title = title
        self.artist = artist
        self.role = role
        self.trackInfo = trackInfo
        self.year = year
        self.format = format
        self.label = label
        self.status = status
        self.mainRelease = mainRelease
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
        type = try c.decodeLossyEnumIfPresent(ArtistReleaseType.self, forKey: .type)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        artist = try c.decodeNonEmptyStringIfPresent(forKey: .artist)
        role = try c.decodeNonEmptyStringIfPresent(forKey: .role)
        trackInfo = try c.decodeNonEmptyStringIfPresent(forKey: .trackInfo)
        year = try c.decodeNonZeroIntIfPresent(forKey: .year)
        format = try c.decodeNonEmptyStringIfPresent(forKey: .format)
        label = try c.decodeNonEmptyStringIfPresent(forKey: .label)
        status = try c.decodeLossyEnumIfPresent(ReleaseStatus.self, forKey: .status)
        mainRelease = try c.decodeNonZeroIntIfPresent(forKey: .mainRelease)
        thumb = try c.decodeNonEmptyStringIfPresent(forKey: .thumb)
        stats = try c.decodeLossyIfPresent(ItemStats.self, forKey: .stats)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, type, title, artist, role, year, format, label, status, thumb, stats
        case trackInfo = "trackinfo"
        case mainRelease = "main_release"
        case resourceURL = "resource_url"
    }
}
