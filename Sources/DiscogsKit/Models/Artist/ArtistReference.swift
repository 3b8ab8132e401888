/// Another artist named by an artist document: one of its `aliases`, `members` (of a group) or
/// `groups` (of a person).
///
/// ```swift
/// let current = artist.members.filter { $0.active == true }.map(\.name)
/// ```
public struct ArtistReference: Sendable, Hashable, Codable {
    /// The artist id.
    public var id: Int?
    /// The artist's name.
    public var name: String
    /// Whether the membership is current (`members` and `groups` only).
    public var active: Bool?
    /// The artist's API URL (`resource_url`).
    public var resourceURL: String?
    /// The artist's thumbnail URL (`thumbnail_url`, newer answers); nil when absent or blank.
    public var thumbnailURL: String?

    /// Creates a reference.
    public init(id: Int? = nil, name: String, active: Bool? = nil, resourceURL: String? = nil,
                thumbnailURL: String? = nil) {
        self.id = id
        self.name = name
        self.active = active
        self.resourceURL = resourceURL
        self.thumbnailURL = thumbnailURL
    }

    /// Decodes a reference; only `name` is required.
    ///
    /// - Throws: `DecodingError` when `name` is missing or not text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        active = try c.decodeBoolOrStringIfPresent(forKey: .active)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        thumbnailURL = try c.decodeNonEmptyStringIfPresent(forKey: .thumbnailURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, active
        case resourceURL = "resource_url"
        case thumbnailURL = "thumbnail_url"
    }
}
