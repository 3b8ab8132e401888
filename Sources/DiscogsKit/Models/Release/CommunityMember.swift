/// A Discogs user named in a release's community block (`submitter`, `contributors[]`).
///
/// ```swift
/// release.community?.contributors.compactMap(\.username)
/// ```
public struct CommunityMember: Sendable, Hashable, Codable {
    /// The user's name.
    public var username: String?
    /// The user's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a member.
    public init(username: String? = nil, resourceURL: String? = nil) {
        self.username = username
        self.resourceURL = resourceURL
    }

    /// Decodes a member; both fields are optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        username = try c.decodeNonEmptyStringIfPresent(forKey: .username)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case username
        case resourceURL = "resource_url"
    }
}
