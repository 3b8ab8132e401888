/// The string-or-array policy, for lists that older payloads sent as a single string (search hits
/// once had `"label": "Warp Records"` where they now send `["Warp Records"]`).
///
/// The rules: an array keeps its strings in order (a number element becomes its decimal text; any
/// other element is reported to ``DecodingIssueCollector`` and skipped); a single non-empty string
/// or number becomes a one-element array; `""`, `null` and a missing key give `[]`; an object or a
/// Boolean is reported and gives `[]`.
extension KeyedDecodingContainer {
    /// Decodes a list of strings that may arrive as one string.
    ///
    /// ```swift
    /// labels = try container.decodeStringOrArray(forKey: .label) // "Warp" → ["Warp"]
    /// ```
    public func decodeStringOrArray(forKey key: Key) throws -> [String] {
        let scalar = try decodeScalarIfPresent(forKey: key, expecting: .text)
        if case .array? = scalar {
            var elements = try nestedUnkeyedContainer(forKey: key)
            var out: [String] = []
            while !elements.isAtEnd {
                let element = try FlexibleScalar(from: elements.superDecoder(), expecting: .text)
                if case .string(let text) = element {
                    out.append(text)
                } else if let text = StringOrNumber.text(element).value {
                    out.append(text)
                } else {
                    DecodingIssueCollector.report("expected text in a list, found \(element.kindDescription); skipped it",
                                                  at: elements.codingPath + [ListIndex(elements.currentIndex - 1)])
                }
            }
            return out
        }
        let (text, problem) = StringOrNumber.text(scalar)
        if let problem { DecodingIssueCollector.report("\(problem) or a list; treated as empty", at: codingPath + [key]) }
        return text.map { [$0] } ?? []
    }
}

/// An array index as a coding key, for issue paths such as `label[2]`.
struct ListIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
