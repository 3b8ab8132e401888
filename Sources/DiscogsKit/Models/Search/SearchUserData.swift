/// Whether a search hit is in the requesting user's collection or wantlist (`user_data`).
///
/// ```swift
/// let owned = page.items.filter { $0.userData?.inCollection == true }
/// ```
public struct SearchUserData: Sendable, Hashable, Codable {
    /// Whether it is in the user's wantlist (`in_wantlist`).
    public var inWantlist: Bool?
    /// Whether it is in the user's collection (`in_collection`).
    public var inCollection: Bool?

    /// Creates user data.
    public init(inWantlist: Bool? = nil, inCollection: Bool? = nil) {
        self.inWantlist = inWantlist
        self.inCollection = inCollection
    }

    /// Decodes user data; both flags are optional and may arrive as text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        inWantlist = try c.decodeBoolOrStringIfPresent(forKey: .inWantlist)
        inCollection = try c.decodeBoolOrStringIfPresent(forKey: .inCollection)
    }

    enum CodingKeys: String, CodingKey {
        case inWantlist = "in_wantlist"
        case inCollection = "in_collection"
    }
}
