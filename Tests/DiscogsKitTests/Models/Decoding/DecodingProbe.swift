import DiscogsKit
import Foundation

/// Decodes `{"v": <fragment>}` (or `{}` when `fragment` is nil, i.e. the key is missing) with a
/// ``DecodingIssueCollector`` installed, so a helper's table test sees both the value and the
/// issues reported on the way.
enum DecodingProbe {
    enum Key: String, CodingKey { case v }

    static func decode<T: Decodable>(_ type: T.Type, _ fragment: String?) throws -> (T, [DecodingIssue]) {
        let json = fragment.map { #"{"v": \#($0)}"# } ?? "{}"
        return try DecodingIssueCollector.decode(type, from: Data(json.utf8))
    }
}
