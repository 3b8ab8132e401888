import Foundation

/// Decoding a model out of raw JSON kept aside (e.g. ``Page/extra``).
extension JSONValue {
    /// Decodes this value as `type` (by way of its JSON text).
    func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: JSONEncoder().encode(self))
    }
}
