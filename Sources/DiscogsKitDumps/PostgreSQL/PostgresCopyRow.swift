/// One line of a PostgreSQL COPY stream in its text format: fields separated by tabs, `\N` for
/// NULL, and backslash, tab, newline and carriage return escaped, so that any title or profile
/// loads unchanged. NUL, which PostgreSQL cannot store in text, is dropped.
///
/// ```swift
/// var row = PostgresCopyRow()
/// row.append(249504); row.append("Never\tGonna"); row.append(nil as String?)
/// row.bytes   // "249504\tNever\\tGonna\t\\N\n"
/// ```
public struct PostgresCopyRow: Sendable {
    /// The line's bytes so far, without its final newline until ``finish()``.
    public private(set) var bytes: [UInt8] = []
    private var fields = 0

    /// An empty row.
    public init() {}

    private mutating func separate() {
        if fields > 0 { bytes.append(0x09) }
        fields += 1
    }

    /// Appends a text field (NULL when `nil`).
    public mutating func append(_ text: String?) {
        separate()
        guard let text else { return bytes.append(contentsOf: [0x5C, 0x4E]) }
        Self.escape(text.utf8, into: &bytes)
    }

    /// Appends an integer field (NULL when `nil`).
    public mutating func append(_ number: Int?) {
        separate()
        guard let number else { return bytes.append(contentsOf: [0x5C, 0x4E]) }
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Appends a boolean field (NULL when `nil`).
    public mutating func append(_ flag: Bool?) {
        separate()
        guard let flag else { return bytes.append(contentsOf: [0x5C, 0x4E]) }
        bytes.append(flag ? 0x74 : 0x66)
    }

    /// Appends a `text[]` field: an array literal with every element quoted.
    public mutating func append(_ texts: [String]) {
        separate()
        var literal: [UInt8] = [0x7B]
        for (index, text) in texts.enumerated() {
            if index > 0 { literal.append(0x2C) }
            literal.append(0x22)
            for byte in text.utf8 {
                if byte == 0x22 || byte == 0x5C { literal.append(0x5C) }
                literal.append(byte)
            }
            literal.append(0x22)
        }
        literal.append(0x7D)
        Self.escape(literal, into: &bytes)
    }

    /// Ends the line.
    public mutating func finish() {
        bytes.append(0x0A)
    }

    /// COPY text escaping of `text` onto `out`.
    static func escape(_ text: some Sequence<UInt8>, into out: inout [UInt8]) {
        for byte in text {
            switch byte {
            case 0x00: continue
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            default: out.append(byte)
            }
        }
    }
}
