/// Builds one JSON object as a line of text, fast: no `JSONEncoder`, strings escaped by hand.
///
/// Strings keep non-ASCII characters as UTF-8 and escape `"`, `\` and every control character
/// (`\n`, `\r`, `\t`, `\b`, `\f`, others as `\u00XX`).
///
/// ```swift
/// var json = JSONLineBuilder()
/// json.field("input", "3:32")
/// json.field("milliseconds", 212_000)
/// json.line  // {"input":"3:32","milliseconds":212000}\n
/// ```
struct JSONLineBuilder {
    private var bytes: [UInt8]
    private var needsComma = false

    init() {
        bytes = [UInt8(ascii: "{")]
        bytes.reserveCapacity(256)
    }

    /// The finished object followed by a newline.
    var line: String {
        String(decoding: bytes + [UInt8(ascii: "}"), UInt8(ascii: "\n")], as: UTF8.self)
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        if let value { Self.appendString(value, to: &bytes) } else { appendNull() }
    }

    mutating func field(_ key: String, _ value: Int?) {
        self.key(key)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { appendNull() }
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func field(_ key: String, _ values: [String]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A nested object, or `null` when `build` is `nil`.
    mutating func object(_ key: String, _ build: ((inout JSONLineBuilder) -> Void)?) {
        self.key(key)
        guard let build else { return appendNull() }
        var nested = JSONLineBuilder()
        build(&nested)
        bytes += nested.bytes
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func key(_ key: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
        Self.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func appendNull() { bytes.append(contentsOf: "null".utf8) }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` as a JSON string literal.
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var plain = true
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                plain = false
                break
            }
            if plain {
                bytes.append(contentsOf: utf8)
            } else {
                for byte in utf8 { appendEscaped(byte, to: &bytes) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""): bytes.append(backslash); bytes.append(byte)
        case backslash: bytes.append(backslash); bytes.append(byte)
        case 0x0A: bytes.append(backslash); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(backslash); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(backslash); bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(backslash); bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(backslash); bytes.append(UInt8(ascii: "f"))
        case 0x00..<0x20:
            bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        default: bytes.append(byte)
        }
    }
}
