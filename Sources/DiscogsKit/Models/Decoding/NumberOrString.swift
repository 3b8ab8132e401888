import Foundation

/// The number-or-string policy: Discogs sends some numbers as JSON numbers in one answer and as
/// strings in another (`formats[].qty` `"2"`, search `year` `"2005"`, a seller's `rating` `"99.8"`).
///
/// The rules, in one place:
/// - a JSON number is taken as is (`20.0` is the integer `20`; `20.5` is not an integer);
/// - a string is trimmed and read as a decimal number (`"2"`, `" 2005 "`, `"99.8"`, `"1e3"`);
/// - `""`, `null` and a missing key are *absent*;
/// - anything else (`"n/a"`, `"1-1"`, a Boolean, an object, a fraction where an integer belongs)
///   is *invalid*: the optional helpers report it to ``DecodingIssueCollector`` and treat the field
///   as absent; the required ones throw a `DecodingError` naming the key.
enum NumberOrString {
    /// What a field held, read as a number of type `Value`.
    enum Reading<Value> {
        case value(Value)
        case absent(FlexibleScalar?)
        case invalid(String)
    }

    /// Reads `scalar` (nil for a missing key) as an integer.
    static func integer(_ scalar: FlexibleScalar?) -> Reading<Int> {
        switch scalar {
        case nil, .null?: return .absent(scalar)
        case .integer(let value)?: return .value(value)
        case .fraction(let value)?: return wholeNumber(value, from: scalar!)
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace(newlines: true)
            if trimmed.isEmpty { return .absent(scalar) }
            if let value = Int(trimmed) { return .value(value) }
            if looksNumeric(trimmed), let value = Double(trimmed) { return wholeNumber(value, from: scalar!) }
            return .invalid("expected a number, found \(scalar!.kindDescription)")
        case .bool?, .object?, .array?:
            return .invalid("expected a number, found \(scalar!.kindDescription)")
        }
    }

    /// Reads `scalar` (nil for a missing key) as a floating-point number.
    static func double(_ scalar: FlexibleScalar?) -> Reading<Double> {
        switch scalar {
        case nil, .null?: return .absent(scalar)
        case .integer(let value)?: return .value(Double(value))
        case .fraction(let value)?: return .value(value)
        case .string(let text)?:
            let trimmed = text.trimmingWhitespace(newlines: true)
            if trimmed.isEmpty { return .absent(scalar) }
            if looksNumeric(trimmed), let value = Double(trimmed), value.isFinite { return .value(value) }
            return .invalid("expected a number, found \(scalar!.kindDescription)")
        case .bool?, .object?, .array?:
            return .invalid("expected a number, found \(scalar!.kindDescription)")
        }
    }

    private static func wholeNumber(_ value: Double, from scalar: FlexibleScalar) -> Reading<Int> {
        guard value.isFinite, value.rounded() == value, let integer = Int(exactly: value) else {
            return .invalid("expected a whole number, found \(scalar.kindDescription)")
        }
        return .value(integer)
    }

    /// Decimal notation only: digits, sign, point and exponent (so no `nan`, `inf` or hex floats).
    private static func looksNumeric(_ text: String) -> Bool {
        text.contains(where: \.isASCIIDigit) && text.allSatisfy { $0.isASCIIDigit || "+-.eE".contains($0) }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension KeyedDecodingContainer {
    /// Decodes an integer sent as a number or as a numeric string; `""`, `null` and a missing key
    /// give `nil`, and non-numeric text is reported to ``DecodingIssueCollector`` and gives `nil`.
    ///
    /// ```swift
    /// quantity = try container.decodeNumberOrStringIfPresent(Int.self, forKey: .quantity) // "2" → 2
    /// ```
    public func decodeNumberOrStringIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        optional(NumberOrString.integer(try decodeScalarIfPresent(forKey: key)), key: key)
    }

    /// Decodes a floating-point number sent as a number or as a numeric string; `""`, `null` and a
    /// missing key give `nil`, and non-numeric text is reported and gives `nil`.
    public func decodeNumberOrStringIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        optional(NumberOrString.double(try decodeScalarIfPresent(forKey: key)), key: key)
    }

    /// Decodes a required integer sent as a number or as a numeric string.
    ///
    /// - Throws: `DecodingError.keyNotFound` when the key is missing, `.valueNotFound` when it is
    ///   `null` or `""`, `.dataCorrupted` when it is not a number; each names the key's path.
    public func decodeNumberOrString(_ type: Int.Type, forKey key: Key) throws -> Int {
        try required(NumberOrString.integer(try decodeScalarIfPresent(forKey: key)), type: type, key: key)
    }

    /// Decodes a required floating-point number sent as a number or as a numeric string.
    ///
    /// - Throws: the errors of ``decodeNumberOrString(_:forKey:)-(Int.Type,_)``.
    public func decodeNumberOrString(_ type: Double.Type, forKey key: Key) throws -> Double {
        try required(NumberOrString.double(try decodeScalarIfPresent(forKey: key)), type: type, key: key)
    }

    private func optional<Value>(_ reading: NumberOrString.Reading<Value>, key: Key) -> Value? {
        switch reading {
        case .value(let value): return value
        case .absent: return nil
        case .invalid(let message):
            DecodingIssueCollector.report("\(message); treated as absent", at: codingPath + [key])
            return nil
        }
    }

    private func required<Value>(_ reading: NumberOrString.Reading<Value>, type: Value.Type, key: Key) throws -> Value {
        switch reading {
        case .value(let value):
            return value
        case .absent(nil):
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value for required key `\(key.stringValue)`."))
        case .absent(let scalar?):
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key],
                                                          debugDescription: "Expected a number, found \(scalar.kindDescription)."))
        case .invalid(let message):
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: message.prefix(1).uppercased() + message.dropFirst() + "."))
        }
    }
}
