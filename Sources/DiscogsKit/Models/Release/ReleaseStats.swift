/// Statistics of a release (`GET /releases/{id}/stats`).
///
/// The documentation promises `num_have` / `num_want`; live answers have been seen to carry only
/// `is_offensive`. All three are optional, so either shape decodes.
///
/// ```swift
/// let stats = try JSONDecoder().decode(ReleaseStats.self, from: body)
/// print(stats.numHave ?? 0, stats.isOffensive ?? false)
/// ```
public struct ReleaseStats: Sendable, Hashable, Codable {
    /// How many users have the release (`num_have`).
    public var numHave: Int?
    /// How many users want the release (`num_want`).
    public var numWant: Int?
    /// Whether the release is flagged as offensive (`is_offensive`).
    public var isOffensive: Bool?

    /// Creates statistics.
    public init(numHave: Int? = nil, numWant: Int? = nil, isOffensive: Bool? = nil) {
        self.numHave = numHave
        self.numWant = numWant
        self.isOffensive = isOffensive
    }

    /// Decodes statistics; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        numHave = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numHave)
        numWant = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .numWant)
        isOffensive = try c.decodeBoolOrStringIfPresent(forKey: .isOffensive)
    }

    enum CodingKeys: String, CodingKey {
        case numHave = "num_have"
        case numWant = "num_want"
        case isOffensive = "is_offensive"
    }
}
