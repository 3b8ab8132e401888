import Foundation

/// Reads a list of Discogs IDs, one per line: blank lines and `#` comments are skipped, a
/// trailing comment is allowed, and a malformed line is reported with its number instead of
/// stopping the list.
///
/// ```swift
/// let entries = IDListReader.entries(in: "249504\n# favourites\n1 # The Persuader\nabc\n")
/// // [.id(249504, line: 1), .id(1, line: 3), .malformed(line: 4, text: "abc")]
/// ```
public enum IDListReader {
    /// One meaningful line of the list.
    public enum Entry: Sendable, Hashable {
        /// A valid ID and its line.
        case id(Int, line: Int)
        /// A line that is not an ID, with its number and text.
        case malformed(line: Int, text: String)
    }

    /// The entries of `text`, in order.
    public static func entries(in text: String) -> [Entry] {
        var out: [Entry] = []
        var number = 0
        for line in TextLines.split(text) {
            number += 1
            if let entry = entry(String(line), number: number) { out.append(entry) }
        }
        return out
    }

    /// The entry for one line, or `nil` when it is blank or a comment.
    public static func entry(_ line: String, number: Int) -> Entry? {
        var text = Substring(line)
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty { return nil }
        guard let id = parseID(trimmed) else { return .malformed(line: number, text: String(line)) }
        return .id(id, line: number)
    }

    /// A positive ID from text such as `249504`, `r249504` or `[r249504]`; `nil` otherwise.
    public static func parseID(_ text: String) -> Int? {
        var digits = Substring(text.trimmingWhitespace())
        if digits.hasPrefix("[") && digits.hasSuffix("]") { digits = digits.dropFirst().dropLast() }
        if let first = digits.first, "rmal".contains(first) { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int(digits), id > 0 else {
            return nil
        }
        return id
    }
}
