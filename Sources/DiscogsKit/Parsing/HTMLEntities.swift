/// Decodes the HTML character references found in Discogs text (`&amp;`, `&#39;`, `&#x27;`,
/// `&eacute;`). Unknown or invalid references are left as written.
enum HTMLEntities {
    /// The bytes `bytes[start...]` begins with, if it is a reference: its UTF-8 and its length.
    static func decode(_ bytes: [UInt8], at start: Int) -> (value: [UInt8], length: Int)? {
        var end = start + 1
        let limit = min(bytes.count, start + 12)
        while end < limit, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit, end > start + 1 else { return nil }
        let body = start + 1..<end
        let length = end + 1 - start
        if bytes[body.lowerBound] == UInt8(ascii: "#") {
            guard let scalar = numeric(bytes, body.lowerBound + 1..<end) else { return nil }
            return (Array(String(Character(scalar)).utf8), length)
        }
        guard body.allSatisfy({ ASCII.isLetter(bytes[$0]) || ASCII.isDigit(bytes[$0]) }),
              let value = named[ASCII.string(bytes, body)] else { return nil }
        return (Array(value.utf8), length)
    }

    /// `text` with every reference decoded.
    static func decodeAll(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let (value, length) = decode(bytes, at: index) {
                out += value
                index += length
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    private static func numeric(_ bytes: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        guard !range.isEmpty else { return nil }
        var value: UInt32 = 0
        if ASCII.lowercased(bytes[range.lowerBound]) == UInt8(ascii: "x") {
            let digits = range.lowerBound + 1..<range.upperBound
            guard !digits.isEmpty, digits.count <= 6 else { return nil }
            for index in digits {
                let byte = ASCII.lowercased(bytes[index])
                let digit: UInt32
                if ASCII.isDigit(byte) {
                    digit = UInt32(byte - ASCII.zero)
                } else if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "f") {
                    digit = UInt32(byte - UInt8(ascii: "a") + 10)
                } else {
                    return nil
                }
                value = value * 16 + digit
            }
        } else {
            guard let decimal = ASCII.integer(bytes, range, maxDigits: 7) else { return nil }
            value = UInt32(decimal)
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™",
        "deg": "°", "middot": "·", "bull": "•", "times": "×", "euro": "€", "pound": "£",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "aring": "å", "atilde": "ã",
        "aelig": "æ", "ccedil": "ç", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "oacute": "ó",
        "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø", "uacute": "ú",
        "ugrave": "ù", "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ", "szlig": "ß",
        "Aacute": "Á", "Agrave": "À", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Eacute": "É", "Egrave": "È", "Iacute": "Í", "Ntilde": "Ñ", "Oacute": "Ó", "Ouml": "Ö",
        "Oslash": "Ø", "Uacute": "Ú", "Uuml": "Ü",
    ]
}
