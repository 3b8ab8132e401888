/// A video linked to a release or master (`videos[]`), usually on YouTube.
///
/// ```swift
/// let links = master.videos.compactMap(\.uri)
/// ```
public struct Video: Sendable, Hashable, Codable {
    /// The video URL.
    public var uri: String?
    /// The video's title.
    public var title: String?
    /// The video's description, as sent.
    public var description: String?
    /// The length in seconds.
    public var duration: Int?
    /// Whether the video may be embedded.
    public var embed: Bool?

    /// Creates a video.
    public init(uri: String? = nil, title: String? = nil, description: String? = nil, duration: Int? = nil,
                embed: Bool? = nil) {
        self.uri = uri
        self.title = title
        self.description = description
        self.duration = duration
        self.embed = embed
    }

    /// Decodes a video; every field is optional and `duration` may arrive as text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        duration = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .duration)
        embed = try c.decodeBoolOrStringIfPresent(forKey: .embed)
    }

    enum CodingKeys: String, CodingKey {
        case uri, title, description, duration, embed
    }
}
