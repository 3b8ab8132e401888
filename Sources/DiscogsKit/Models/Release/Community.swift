/// What the Discogs community says about a release (`community`): how many have and want it,
/// its rating and who entered it. Search hits carry only ``have`` and ``want``.
///
/// ```swift
/// print(release.community?.have ?? 0, "have,", release.community?.want ?? 0, "want")
/// ```
public struct Community: Sendable, Hashable, Codable {
    /// How many users have it in their collection.
    public var have: Int?
    /// How many users have it in their wantlist.
    public var want: Int?
    /// The community rating.
    public var rating: CommunityRating?
    /// The entry's moderation status.
    public var status: ReleaseStatus?
    /// The entry's data quality.
    public var dataQuality: DataQuality?
    /// The user who submitted the entry.
    public var submitter: CommunityMember?
    /// The users who contributed to the entry; empty when absent.
    public var contributors: [CommunityMember]

    /// Creates a community block.
    public init(have: Int? = nil, want: Int? = nil, rating: CommunityRating? = nil, status: ReleaseStatus? = nil,
                dataQuality: DataQuality? = nil, submitter: CommunityMember? = nil, contributors: [CommunityMember] = []) {
        self.have = have
        self.want = want
        self.rating = rating
        self.status = status
        self.dataQuality = dataQuality
        self.submitter = submitter
        self.contributors = contributors
    }

    /// Decodes a community block; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        have = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .have)
        want = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .want)
        rating = try c.decodeLossyIfPresent(CommunityRating.self, forKey: .rating)
        status = try c.decodeLossyEnumIfPresent(ReleaseStatus.self, forKey: .status)
        dataQuality = try c.decodeLossyEnumIfPresent(DataQuality.self, forKey: .dataQuality)
        submitter = try c.decodeLossyIfPresent(CommunityMember.self, forKey: .submitter)
        contributors = try c.decodeLossyArray([CommunityMember].self, forKey: .contributors)
    }

    enum CodingKeys: String, CodingKey {
        case have, want, rating, status, submitter, contributors
        case dataQuality = "data_quality"
    }
}
