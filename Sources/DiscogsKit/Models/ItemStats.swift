/// How many users have and want an item in a list of releases (`stats` of master versions,
/// artist and label releases, and marketplace releases), overall and for the requesting user.
///
/// ```swift
/// let owners = version.stats?.community?.inCollection ?? 0
/// ```
public struct ItemStats: Sendable, Hashable, Codable {
    /// Collection and wantlist counts.
    public struct Counts: Sendable, Hashable, Codable {
        /// How many collections hold the item (`in_collection`).
        public var inCollection: Int?
        /// How many wantlists hold the item (`in_wantlist`).
        public var inWantlist: Int?

        /// Creates counts.
        public init(inCollection: Int? = nil, inWantlist: Int? = nil) {
            self.inCollection = inCollection
            self.inWantlist = inWantlist
        }

        /// Decodes counts; both are optional and may arrive as text.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            inCollection = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .inCollection)
            inWantlist = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .inWantlist)
        }

        enum CodingKeys: String, CodingKey {
            case inCollection = "in_collection"
            case inWantlist = "in_wantlist"
        }
    }

    /// Counts over all users.
    public var community: Counts?
    /// Counts for the authenticated user (sent only to authenticated requests).
    public var user: Counts?

    /// Creates statistics.
    public init(community: Counts? = nil, user: Counts? = nil) {
        self.community = community
        self.user = user
    }

    /// Decodes statistics; both blocks are optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        community = try c.decodeLossyIfPresent(Counts.self, forKey: .community)
        user = try c.decodeLossyIfPresent(Counts.self, forKey: .user)
    }

    enum CodingKeys: String, CodingKey {
        case community, user
    }
}
