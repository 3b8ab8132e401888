/// The community rating of a release (`GET /releases/{id}/rating`).
///
/// ```swift
/// let rating = try JSONDecoder().decode(ReleaseCommunityRating.self, from: body)
/// print(rating.rating?.average ?? 0) // 3.65
/// ```
public struct ReleaseCommunityRating: Sendable, Hashable, Codable {
    /// The release id (`release_id`).
    public var releaseID: Int
    /// The average and the number of ratings.
    public var rating: CommunityRating?

    /// Creates a community rating.
    public init(releaseID: Int, rating: CommunityRating? = nil) {
        self.releaseID = releaseID
        self.rating = rating
    }

    /// Decodes a community rating; `release_id` is required.
    ///
    /// - Throws: `DecodingError` naming `release_id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        releaseID = try c.decodeNumberOrString(Int.self, forKey: .releaseID)
        rating = try c.decodeLossyIfPresent(CommunityRating.self, forKey: .rating)
    }

    enum CodingKeys: String, CodingKey {
        case rating
        case releaseID = "release_id"
    }
}
