/// What an ``ArtistItem`` knows beyond its flat fields, written as its `metadata` object.
///
/// Every field is optional; absent ones are left out of the JSON object.
///
/// ```swift
/// let metadata = ArtistMetadata(nameVariations: ["Rødhåd"], roles: ["Producer"], sourceReleaseID: 1_234_567)
/// ```
public struct ArtistMetadata: Sendable, Hashable, Codable {
    /// The artist's real name, when Discogs has it (`real_name`).
    public var realName: String?
    /// The name variations the artist was credited under (`name_variations`).
    public var nameVariations: [String]?
    /// The artist's other names (`aliases`).
    public var aliases: [String]?
    /// The roles the artist was credited with, such as `"Main"`, `"Producer"` or `"Remix"` (`roles`).
    public var roles: [String]?
    /// The release the artist was first seen on in this run (`source_release_id`).
    public var sourceReleaseID: Int?

    /// Creates metadata; every field defaults to absent.
    /// - Parameters:
    ///   - realName: The artist's real name.
    ///   - nameVariations: The name variations the artist was credited under.
    ///   - aliases: The artist's other names.
    ///   - roles: The roles the artist was credited with.
    ///   - sourceReleaseID: The release the artist was first seen on.
    public init(
        realName: String? = nil,
        nameVariations: [String]? = nil,
        aliases: [String]? = nil,
        roles: [String]? = nil,
        sourceReleaseID: Int? = nil
    ) {
        self.realName = realName
        self.nameVariations = nameVariations
        self.aliases = aliases
        self.roles = roles
        self.sourceReleaseID = sourceReleaseID
    }

    enum CodingKeys: String, CodingKey {
        case realName = "real_name"
        case nameVariations = "name_variations"
        case aliases, roles
        case sourceReleaseID = "source_release_id"
    }
}
