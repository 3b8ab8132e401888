import DiscogsKit
import Foundation

/// The small fixtures written for the model tests (`Tests/DiscogsKitTests/Resources/Models`),
/// each built around one of the traps of the real data.
enum ModelFixtures {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "no fixture Resources/Models/\(name).json in the test bundle" }
    }

    /// The bytes of `Resources/Models/<name>.json`.
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources/Models") else {
            throw Missing(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// Decodes `Resources/Models/<name>.json` as `type`, with the issues tolerated on the way.
    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> (T, [DecodingIssue]) {
        try DecodingIssueCollector.decode(type, from: data(name))
    }

    /// `value` encoded and read back as raw JSON, to look at the keys the encoder wrote.
    static func encodedJSON<T: Encodable>(_ value: T) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }
}
