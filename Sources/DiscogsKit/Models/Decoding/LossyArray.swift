/// Decodes one array element without letting a malformed element fail the whole array.
///
/// Used by ``KeyedDecodingContainer/decodeLossyArray(_:forKey:)``: a malformed element is skipped
/// and reported to the ``DecodingIssueCollector``.
struct LossyElement<Element: Decodable>: Decodable {
    let value: Element?

    init(from decoder: any Decoder) throws {
        do {
            value = try Element(from: decoder)
        } catch {
            DecodingIssueCollector.report("skipped a malformed \(Element.self): \(DecodingErrorText.describe(error))",
                                          at: decoder.codingPath)
            value = nil
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes an array, skipping (and reporting) elements that do not decode. A missing key or
    /// `null` gives an empty array; a value that is not an array is reported and gives an empty
    /// array.
    public func decodeLossyArray<Element: Decodable>(_ type: [Element].Type, forKey key: Key) throws -> [Element] {
        guard contains(key), try !decodeNil(forKey: key) else { return [] }
        do {
            return try decode([LossyElement<Element>].self, forKey: key).compactMap(\.value)
        } catch DecodingError.typeMismatch {
            DecodingIssueCollector.report("expected an array of \(Element.self); ignored the value",
                                          at: codingPath + [key])
            return []
        }
    }
}

extension UnkeyedDecodingContainer {
    /// Decodes the remaining elements, skipping (and reporting) the ones that do not decode.
    public mutating func decodeLossyElements<Element: Decodable>(_ type: Element.Type) throws -> [Element] {
        var out: [Element] = []
        while !isAtEnd {
            if let value = try decode(LossyElement<Element>.self).value { out.append(value) }
        }
        return out
    }
}

/// Short text for a `DecodingError`, with the coding path.
public enum DecodingErrorText {
    /// Describes `error` in one line.
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .typeMismatch(let type, let context):
            return "expected \(type) at \(pathOf(context)): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "missing \(type) value at \(pathOf(context))"
        case .keyNotFound(let key, let context):
            return "missing key `\(key.stringValue)` at \(pathOf(context))"
        case .dataCorrupted(let context):
            return "invalid data at \(pathOf(context)): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    /// The coding path of a decoding error, e.g. `tracklist[2].title`.
    public static func path(of error: any Error) -> String {
        guard let error = error as? DecodingError else { return "" }
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return c.codingPath.pathString
        case .keyNotFound(let key, let c):
            return (c.codingPath + [key]).pathString
        @unknown default:
            return ""
        }
    }

    private static func pathOf(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.pathString
        return path.isEmpty ? "the top level" : "`\(path)`"
    }
}
