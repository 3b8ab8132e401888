/// An ordered list of HTTP header fields whose names compare case-insensitively.
///
/// Discogs sends its rate-limit headers in varying case (`X-Discogs-Ratelimit-Remaining`,
/// `x-discogs-ratelimit-remaining`), so lookups ignore case while the original spelling is kept.
///
/// ```swift
/// var headers = HTTPHeaders()
/// headers["User-Agent"] = "SongNodes/1.0 +https://songnodes.example"
/// headers["user-agent"] // "SongNodes/1.0 +https://songnodes.example"
/// ```
public struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header field.
    public struct Field: Sendable, Hashable {
        /// The name as it was written.
        public var name: String
        /// The value.
        public var value: String

        /// Creates a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in the order they were added.
    public private(set) var fields: [Field]

    /// Creates headers from fields.
    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// Creates headers from a dictionary literal.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value for `name` (case-insensitive); setting replaces every field of that name,
    /// and setting `nil` removes them.
    public subscript(name: String) -> String? {
        get {
            let key = name.lowercased()
            return fields.first { $0.name.lowercased() == key }?.value
        }
        set {
            let key = name.lowercased()
            fields.removeAll { $0.name.lowercased() == key }
            if let newValue { fields.append(Field(name: name, value: newValue)) }
        }
    }

    /// Whether a field named `name` exists (case-insensitive).
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}
