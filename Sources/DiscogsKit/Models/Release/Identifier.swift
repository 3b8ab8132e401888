/// A code printed on or assigned to a release (`identifiers[]`): barcode, matrix/runout, label
/// code, rights society, …
///
/// ```swift
/// let barcode = release.identifiers.first { $0.type == "Barcode" }?.value
/// ```
public struct Identifier: Sendable, Hashable, Codable {
    /// The kind of code, e.g. `"Barcode"`, `"Matrix / Runout"`, `"Label Code"`, `"Price Code"`.
    public var type: String?
    /// The code as printed (text even when all digits; stray spaces are kept).
    public var value: String?
    /// Which item or side the code belongs to, e.g. `"Side A"`, `"Text"`.
    public var description: String?

    /// Creates an identifier.
    public init(type: String? = nil, value: String? = nil, description: String? = nil) {
        self.type = type
        self.value = value
        self.description = description
    }

    /// Decodes an identifier; every field is optional and `value` may arrive as a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decodeNonEmptyStringIfPresent(forKey: .type)
        value = try c.decodeStringOrNumberIfPresent(forKey: .value)
        description = try c.decodeNonEmptyStringIfPresent(forKey: .description)
    }

    enum CodingKeys: String, CodingKey {
        case type, value, description
    }
}
