/// One JSON value as the tolerant helpers see it: a scalar, or the kind of a container.
///
/// The helpers in this folder decode a field as a `FlexibleScalar` first and then decide, in one
/// place per policy, what a string, a number or `null` means for that field. It is the only type
/// here that probes the decoder with several candidate types.
enum FlexibleScalar: Decodable, Sendable {
    /// `null`.
    case null
    /// A number that fits an `Int`.
    case integer(Int)
    /// Any other number.
    case fraction(Double)
    /// A string.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// An object.
    case object
    /// An array.
    case array

    /// Which kind of value a field usually holds, so the common case is probed first.
    enum Expectation: Sendable {
        /// Text first, then numbers.
        case text
        /// Numbers first, then text.
        case number
        /// An object first, then numbers.
        case object
        /// A Boolean first, then numbers.
        case bool
    }

    init(from decoder: any Decoder) throws {
        try self.init(from: decoder, expecting: .number)
    }

    /// Decodes the value, probing the `expected` kind first (the result is the same either way;
    /// only the number of failed probes differs).
    init(from decoder: any Decoder, expecting expected: Expectation) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
            return
        }
        if expected == .object, (try? decoder.container(keyedBy: AnyKey.self)) != nil {
            self = .object
        } else if expected == .bool, let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if expected == .text, let value = try? single.decode(String.self) {
            self = .string(value)
        } else if let value = try? single.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? single.decode(Double.self) {
            self = .fraction(value)
        } else if expected != .text, let value = try? single.decode(String.self) {
            self = .string(value)
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else {
            self = .object
        }
    }

    /// How the value reads in an issue message, e.g. `the text "n/a"` or `a Boolean`.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .integer(let value): return "the number \(value)"
        case .fraction(let value): return "the number \(value)"
        case .string(let value): return "the text \(Self.quoted(value))"
        case .bool: return "a Boolean"
        case .object: return "an object"
        case .array: return "an array"
        }
    }

    /// `value` in quotes, shortened to 40 characters so a message stays one readable line.
    static func quoted(_ value: String) -> String {
        value.count > 40 ? "\"\(value.prefix(40))…\"" : "\"\(value)\""
    }
}

extension KeyedDecodingContainer {
    /// The value at `key` as a ``FlexibleScalar``, or `nil` when the key is missing.
    func decodeScalarIfPresent(forKey key: Key, expecting expected: FlexibleScalar.Expectation = .number) throws
        -> FlexibleScalar? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return try FlexibleScalar(from: superDecoder(forKey: key), expecting: expected)
    }
}
