/// An enumeration of the string values Discogs documents, with an `unknown` case that keeps any
/// other value, so a new format name or a new track `type_` never fails a decode.
///
/// ### Implement a lossy enum
/// Declare the known cases plus `case unknown(String)`, list the known ones in ``knownCases`` and
/// spell their raw values in ``rawValue``; decoding, encoding and ``init(rawValue:)`` come from
/// the protocol.
///
/// ```swift
/// public enum Shape: LossyEnum {
///     case round, square, unknown(String)
///     public static let knownCases: [Shape] = [.round, .square]
///     public var rawValue: String {
///         switch self {
///         case .round: "round"
///         case .square: "square"
///         case .unknown(let value): value
///         }
///     }
/// }
/// Shape(rawValue: "hexagonal") // .unknown("hexagonal"), encodes back as "hexagonal"
/// ```
///
/// Matching is exact (case-sensitive), as Discogs spells its values consistently. Build values
/// from strings with ``init(rawValue:)``, which picks the known case when there is one:
/// `.unknown("round")` written by hand is not equal to `.round`.
public protocol LossyEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// The cases with a fixed raw value (every case but `unknown`).
    static var knownCases: [Self] { get }
    /// A value no known case matches, kept as sent.
    static func unknown(_ rawValue: String) -> Self
}

extension LossyEnum {
    /// The known case whose raw value is `rawValue`, or `unknown(rawValue)`; never fails.
    public init(rawValue: String) {
        self = Self.resolving(rawValue)
    }

    /// The known case spelled `rawValue`, or `unknown(rawValue)`.
    static func resolving(_ rawValue: String) -> Self {
        knownCases.first { $0.rawValue == rawValue } ?? unknown(rawValue)
    }

    /// Whether this is one of the ``knownCases``.
    public var isKnown: Bool { Self.knownCases.contains(self) }

    /// The raw value, as Discogs spells it.
    public var description: String { rawValue }

    /// Decodes any string (a number is taken as its decimal text).
    ///
    /// - Throws: `DecodingError.valueNotFound` for `null`, `.typeMismatch` when the value is not
    ///   a string or a number.
    public init(from decoder: any Decoder) throws {
        let scalar = try FlexibleScalar(from: decoder, expecting: .text)
        let (text, problem) = StringOrNumber.text(scalar)
        if let text {
            self = Self.resolving(text)
        } else if case .string(let empty) = scalar {
            self = Self.resolving(empty)
        } else if case .null = scalar {
            throw DecodingError.valueNotFound(Self.self, .init(
                codingPath: decoder.codingPath, debugDescription: "Expected a \(Self.self) string, found null."))
        } else {
            throw DecodingError.typeMismatch(String.self, .init(
                codingPath: decoder.codingPath,
                debugDescription: problem ?? "Expected a \(Self.self) string, found \(scalar.kindDescription)."))
        }
    }

    /// Encodes the raw value as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a lossy enum; `""`, `null` and a missing key give `nil`, an unknown string gives
    /// the `unknown` case, and a value that is not text (a Boolean, an object) is reported to
    /// ``DecodingIssueCollector`` and gives `nil`.
    ///
    /// ```swift
    /// type = try container.decodeLossyEnumIfPresent(TrackType.self, forKey: .type) ?? .track
    /// ```
    public func decodeLossyEnumIfPresent<Value: LossyEnum>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        let (text, problem) = StringOrNumber.text(try decodeScalarIfPresent(forKey: key, expecting: .text))
        if let problem {
            DecodingIssueCollector.report("\(problem) for \(Value.self); treated as absent", at: codingPath + [key])
        }
        return text.map(Value.resolving)
    }
}
