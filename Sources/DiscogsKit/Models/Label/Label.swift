/// A label, company or series (`GET /labels/{id}`).
///
/// Only ``id`` is required; a label without a parent, sublabels, profile or links decodes with
/// nil and empty lists.
///
/// ```swift
/// let label = try JSONDecoder().decode(Label.self, from: body)
/// print(label.name, label.parentLabel?.name ?? "", label.sublabels.count)
/// ```
public struct Label: Sendable, Hashable, Codable {
    /// The label id.
    public var id: Int
    /// The label's name; `""` when missing.
    public var name: String
    /// The label's history, with Discogs markup.
    public var profile: String?
    /// The contact details, with `\r\n` line breaks (`contact_info`).
    public var contactInfo: String?
    /// Web links.
    public var urls: [String]
    /// The labels it owns.
    public var sublabels: [LabelReference]
    /// The label that owns it (`parent_label`); nil when none.
    public var parentLabel: LabelReference?
    /// Images; their URLs are nil on anonymous requests.
    public var images: [Image]
    /// The data quality judged by the community (`data_quality`).
    public var dataQuality: DataQuality?
    /// The API URL of the label's releases (`releases_url`).
    public var releasesURL: String?
    /// The label's web page URL.
    public var uri: String?
    /// The label's API URL (`resource_url`).
    public var resourceURL: String?

    /// Creates a label.
    public init(id: Int, name: String = "", profile: String? = nil, contactInfo: String? = nil, urls: [String] = [],
                sublabels: [LabelReference] = [], parentLabel: LabelReference? = nil, images: [Image] = [],
                dataQuality: DataQuality? = nil, releasesURL: String? = nil, uri: String? = nil,
                resourceURL: String? = nil) {
        self.id = id
        self.name = name
        self.profile = profile
        self.contactInfo = contactInfo
        self.urls = urls
        self.sublabels = sublabels
        self.parentLabel = parentLabel
        self.images = images
        self.dataQuality = dataQuality
        self.releasesURL = releasesURL
        self.uri = uri
        self.resourceURL = resourceURL
    }

    /// Decodes a label; only `id` is required.
    ///
    /// - Throws: `DecodingError` naming `id` when it is missing or not a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeNumberOrString(Int.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        profile = try c.decodeIfPresent(String.self, forKey: .profile)
        contactInfo = try c.decodeIfPresent(String.self, forKey: .contactInfo)
        urls = try c.decodeStringOrArray(forKey: .urls)
        sublabels = try c.decodeLossyArray([LabelReference].self, forKey: .sublabels)
        parentLabel = try c.decodeLossyIfPresent(LabelReference.self, forKey: .parentLabel)
        images = try c.decodeLossyArray([Image].self, forKey: .images)
        dataQuality = try c.decodeLossyEnumIfPresent(DataQuality.self, forKey: .dataQuality)
        releasesURL = try c.decodeNonEmptyStringIfPresent(forKey: .releasesURL)
        uri = try c.decodeNonEmptyStringIfPresent(forKey: .uri)
        resourceURL = try c.decodeNonEmptyStringIfPresent(forKey: .resourceURL)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, profile, urls, sublabels, images, uri
        case contactInfo = "contact_info"
        case parentLabel = "parent_label"
        case dataQuality = "data_quality"
        case releasesURL = "releases_url"
        case resourceURL = "resource_url"
    }
}
