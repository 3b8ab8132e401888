/// Who the credentials belong to (`GET /oauth/identity`).
///
/// ```swift
/// let me = try JSONDecoder().decode(Identity.self, from: body)
/// print(me.username) // use it in /users/{username}/… paths
/// ```
public struct Identity: Sendable, Hashable, Codable {
    /// The user id.
    public var id: Int
    /// The user's name; `""` when missing.
    public var username: String
    /// The user's API URL (`resource_url`).
    public var resourceURL: String?
    /// The name of the application the credentials were issued to (`consumer_name`).
    public var consumerName: String?

    /// Creates an identity.
    public init(id: Int, username: String = "", resourceURL: String? = nil, consumerName: String? = nil) {
        self.id = id
        self.username = username
        self.resourceURL = resourceURL
        self.consumerName = consumerName
    }

    /// Decodes an identity; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        username = try c.decodeIfPresent(String.self, forKey: .username) ?? ""
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        consumerName = try c.decodeNonEmptyStringIfPresent(forKey: .consumerName)
    }

    enum CodingKeys: String, CodingKey {
        case id, username
        case resourceURL = "resource_url"
        case consumerName = "consumer_name"
    }
}
