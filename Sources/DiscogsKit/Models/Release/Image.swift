/// An image of a release, master, artist or label (`images[]`).
///
/// Anonymous requests get the image objects with their URLs blanked (`""`); those decode as nil
/// while ``width`` and ``height`` remain. URLs are signed: treat them as opaque.
///
/// ```swift
/// let cover = release.images.first { $0.type == .primary }?.uri
/// ```
public struct Image: Sendable, Hashable, Codable {
    /// Whether this is the primary image.
    public var type: ImageType?
    /// The full-size image URL (up to about 600 px); nil when blanked.
    public var uri: String?
    /// The 150 px thumbnail URL; nil when blanked.
    public var uri150: String?
    /// The image's resource URL (`resource_url`, the same as ``uri``); nil when blanked.
    public var resourceURL: String?
    /// Width of ``uri`` in pixels.
    public var width: Int?
    /// Height of ``uri`` in pixels.
    public var height: Int?

    /// Creates an image.
    public init(type: ImageType? = nil, uri: String? = nil, uri150: String? = nil, resourceURL: String? = nil,
                width: Int? = nil, height: Int? = nil) {
        self.type = type
        self.uri = uri
        self.uri150 = uri150
        self.resourceURL = resourceURL
        self.width = width
        self.height = height
    }

    /// Decodes an image; every field is optional and blank URLs are nil.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decodeLossyEnumIfPresent(ImageType.self, forKey: .type)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        uri150 = try c.decodeNonEmptyStringIfPresent(forKey: .uri150)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
        width = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .width)
        height = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .height)
    }

    enum CodingKeys: String, CodingKey {
        case type, uri, uri150, width, height
        case resourceURL = "resource_url"
    }
}
