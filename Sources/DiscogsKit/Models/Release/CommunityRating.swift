/// The community's average rating of a release (`community.rating`, `/releases/{id}/rating`).
///
/// ```swift
/// if let rating = release.community?.rating { print(rating.average ?? 0, rating.count ?? 0) }
/// ```
public struct CommunityRating: Sendable, Hashable, Codable {
    /// The mean rating, 0…5 (sent as an integer when whole, e.g. `5`).
    public var average: Double?
    /// How many users rated.
    public var count: Int?

    /// Creates a rating.
    public init(average: Double? = nil, count: Int? = nil) {
        self.average = average
        self.count = count
    }

    /// Decodes a rating; both fields are optional and may arrive as text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        average = try c.decodeNumberOrStringIfPresent(Double.self, forKey: .average)
        count = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .count)
    }

    enum CodingKeys: String, CodingKey {
        case average, count
    }
}
