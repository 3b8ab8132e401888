/// One format of a release (`formats[]`), e.g. 2 × Vinyl, LP, Album, "Purple".
///
/// ```swift
/// release.formats.map { "\($0.quantity ?? 1)×\($0.name?.rawValue ?? "?")" } // ["2×Vinyl"]
/// ```
public struct Format: Sendable, Hashable, Codable {
    /// The format name, e.g. ``FormatName/vinyl``; an unknown name is kept as ``FormatName/unknown(_:)``.
    public var name: FormatName?
    /// How many items of this format the release has (`qty`, sent as a string such as `"2"`).
    public var quantity: Int?
    /// Format descriptions such as `"LP"`, `"Album"`, `"12\""`, `"33 ⅓ RPM"`; empty when absent.
    public var descriptions: [String]
    /// Free text about the format, e.g. `"320 kbps"`, `"Digipak"`, `"Purple"`.
    public var text: String?

    /// Creates a format.
    public init(name: FormatName? = nil, quantity: Int? = nil, descriptions: [String] = [], text: String? = nil) {
        self.name = name
        self.quantity = quantity
        self.descriptions = descriptions
        self.text = text
    }

    /// Decodes a format; every field is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeLossyEnumIfPresent(FormatName.self, forKey: .name)
        quantity = try c.decodeNumberOrStringIfPresent(Int.self, forKey: .quantity)
        descriptions = try c.decodeStringOrArray(forKey: .descriptions)
        text = try c.decodeNonEmptyStringIfPresent(forKey: .text)
    }

    enum CodingKeys: String, CodingKey {
        case name, descriptions, text
        case quantity = "qty"
    }
}
