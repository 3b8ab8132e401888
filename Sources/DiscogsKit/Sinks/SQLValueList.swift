import Foundation

/// Builds the literals of one SQL `VALUES` row, naming the item and field when a value cannot
/// be written.
///
/// Strings become standard SQL literals: `'` around, `'` doubled, everything else (backslashes
/// included) as is; the script sets `standard_conforming_strings = on`, so no `E''` form is ever
/// needed. Absent values are `NULL`. PostgreSQL cannot store U+0000 in text or JSONB, so a value
/// holding it is an error rather than something silently altered.
struct SQLValueList {
    private let key: String
    private(set) var literals: [String] = []

    init(key: String) { self.key = key }

    /// The row as `(a, b, c)`.
    var tuple: String { "(" + literals.joined(separator: ", ") + ")" }

    /// The standard SQL string literal of `value`, or `nil` when it holds U+0000.
    static func literal(_ value: String) -> String? {
        if value.utf8.contains(0) { return nil }
        return SinkText.doubling("'", in: value)
    }

    mutating func text(_ value: String?, field: String) throws {
        guard let value else { literals.append("NULL"); return }
        guard let literal = Self.literal(value) else { throw nulError(field) }
        literals.append(literal)
    }

    mutating func integer(_ value: Int?) {
        literals.append(value.map(String.init) ?? "NULL")
    }

    mutating func boolean(_ value: Bool) {
        literals.append(value ? "TRUE" : "FALSE")
    }

    mutating func timestamp(_ value: Date) {
        literals.append("'" + ISO8601Timestamp.string(from: value) + "'")
    }

    mutating func json(_ value: some Encodable, field: String, encoder: JSONEncoder) throws {
        let text = try ItemJSON.text(of: value, key: key, using: encoder)
        guard !Self.containsEscapedNUL(text), let literal = Self.literal(text) else { throw nulError(field) }
        literals.append(literal + "::jsonb")
    }

    mutating func textArray(_ values: [String], field: String) throws {
        guard !values.isEmpty else { literals.append("'{}'::text[]"); return }
        var elements: [String] = []
        for value in values {
            guard let literal = Self.literal(value) else { throw nulError(field) }
            elements.append(literal)
        }
        literals.append("ARRAY[" + elements.joined(separator: ", ") + "]::text[]")
    }

    private func nulError(_ field: String) -> SinkError {
        .invalidItem(key: key, reason: "\(field) contains U+0000 (NUL), which PostgreSQL cannot store")
    }

    /// Whether JSON text holds the escape `\u0000` (not merely an escaped backslash before `u0000`).
    static func containsEscapedNUL(_ json: String) -> Bool {
        var bytes = json.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "\\"), let escaped = bytes.next() else { continue }
            guard escaped == UInt8(ascii: "u") else { continue }
            var hex: [UInt8] = []
            while hex.count < 4, let digit = bytes.next() { hex.append(digit) }
            if hex == Array("0000".utf8) { return true }
        }
        return false
    }
}
