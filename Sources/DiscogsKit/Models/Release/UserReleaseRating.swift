/// One user's rating of a release (`GET /releases/{id}/rating/{username}`).
///
/// ```swift
/// let mine = try JSONDecoder().decode(UserReleaseRating.self, from: body)
/// if mine.rating == 0 { print("not rated") }
/// ```
public struct UserReleaseRating: Sendable, Hashable, Codable {
    /// The release id (`release_id`).
    public var releaseID: Int
    /// The user's name.
    public var username: String?
    /// The rating, 1…5, or `0` when the user has not rated the release.
    public var rating: Int?

    /// Creates a user rating.
    public init(releaseID: Int, username: String? = nil, rating: Int? = nil) {
        self.releaseID = releaseID
        self.username = username
        self.rating = rating
    }

    /// Decodes a user rating; `release_id` is required.
    ///
    /// - Throws: `DecodingError` naming `release_id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        releaseID = try c.decodeNumberOrString(Int.self, forKey: .releaseID)
        username = try c.decodeNonEmptyStringIfPresent(forKey: .username)
        rating = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .rating)
    }

    enum CodingKeys: String, CodingKey {
        case username, rating
        case releaseID = "release_id"
    }
}
