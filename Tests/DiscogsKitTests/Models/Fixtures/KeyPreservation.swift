import DiscogsKit
import Foundation

/// Compares an original answer with the model encoded back, listing every member that carried a
/// meaningful value in the original and is missing after re-encoding.
///
/// "Meaningful" leaves out what the tolerance policy deliberately reads as absent: `null`, `""`,
/// empty lists and objects, and `0` in the fields where Discogs uses it for "none" (a master id,
/// an unknown year). Values may change representation (`"2"` → `2`); only presence is compared.
enum KeyPreservation {
    /// Keys whose `0` means "none" and decode as nil.
    static let zeroMeansNone: Set<String> = ["master_id", "year", "main_release", "most_recent_release"]

    /// The paths (`tracklist[3].extraartists[0].role`) present in `original` but lost in `reencoded`.
    static func lostPaths(original: JSONValue, reencoded: JSONValue) -> [String] {
        var lost: [String] = []
        walk(original, reencoded, path: "", into: &lost)
        return lost
    }

    private static func walk(_ original: JSONValue, _ reencoded: JSONValue?, path: String, into lost: inout [String]) {
        switch original {
        case .object(let members):
            for (key, value) in members.sorted(by: { $0.key < $1.key }) where isMeaningful(value, key: key) {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                guard let counterpart = reencoded?[key] else {
                    lost.append(childPath)
                    continue
                }
                walk(value, counterpart, path: childPath, into: &lost)
            }
        case .array(let elements):
            guard let others = reencoded?.arrayValue, others.count == elements.count else {
                lost.append("\(path) (list length changed)")
                return
            }
            for (index, element) in elements.enumerated() {
                walk(element, others[index], path: "\(path)[\(index)]", into: &lost)
            }
        default:
            return
        }
    }

    private static func isMeaningful(_ value: JSONValue, key: String) -> Bool {
        switch value {
        case .null: return false
        case .string(let text): return !text.isEmpty
        case .array(let elements): return !elements.isEmpty
        case .object(let members): return !members.isEmpty
        case .number(let number): return !(number == 0 && zeroMeansNone.contains(key))
        case .bool: return true
        }
    }
}
