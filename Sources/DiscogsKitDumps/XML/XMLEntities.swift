/// Decodes XML text: the five predefined entities and decimal or hexadecimal character
/// references (`&#228;`, `&#xE4;` → `ä`). Anything else after `&` is an error, not left as is.
enum XMLEntities {
    /// `raw` with its references decoded; `offset` is where `raw` starts, for errors.
    /// - Throws: ``DumpError`` `malformedXML` for an unknown entity or an invalid reference.
    static func decode(_ raw: ArraySlice<UInt8>, at offset: Int) throws(DumpError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw DumpError(.malformedXML, "“&” that starts no entity", byteOffset: offset + index - raw.startIndex)
            }
            let name = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let value: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    value = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    value = UInt32(name.dropFirst(), radix: 10)
                } else {
                    value = nil
                }
                guard let value, let scalar = Unicode.Scalar(value), value != 0 else {
                    throw DumpError(.malformedXML, "unknown entity “&\(name);”", byteOffset: offset + index - raw.startIndex)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
