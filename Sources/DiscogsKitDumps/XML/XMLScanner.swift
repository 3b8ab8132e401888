/// A streaming XML scanner for the dumps: start tags with attributes, end tags and text, with
/// entities and character references decoded. It holds one bounded buffer (it grows only to fit a
/// single tag or text run), skips the declaration, comments, processing instructions and a
/// DOCTYPE, and reads CDATA as text. It does not check that end tags match: ``DumpElementReader``
/// does, where it knows the record.
struct XMLScanner {
    /// One thing the XML says.
    enum Event: Equatable {
        /// `<name a="1">` (or `<name/>`, then `selfClosing`), at `offset`.
        case start(name: String, attributes: [XMLAttribute], selfClosing: Bool, offset: Int)
        /// `</name>`, at `offset`.
        case end(name: String, offset: Int)
        /// Character data between tags (entities decoded).
        case text(String)
    }

    private let source: any DumpByteStream
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var base = 0
    private var sourceEnded = false
    private let chunk: Int

    /// Scans `source`, reading `chunk` bytes at a time.
    init(_ source: any DumpByteStream, chunk: Int = 1 << 18) {
        self.source = source
        self.chunk = chunk
        buffer = [UInt8](repeating: 0, count: chunk)
    }

    /// The byte offset of the next unread byte.
    var offset: Int { base + start }

    /// The next event, or `nil` at the end of the input.
    mutating func next() throws(DumpError) -> Event? {
        while true {
            guard try available(1) else { return nil }
            if buffer[start] != UInt8(ascii: "<") { return .text(try text()) }
            guard try available(2) else { throw malformed("the input ends after “<”") }
            switch buffer[start + 1] {
            case UInt8(ascii: "/"):
                let at = offset
                let name = try endTag()
                return .end(name: name, offset: at)
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8), what: "a processing instruction")
            case UInt8(ascii: "!"):
                if try hasPrefix("<!--") {
                    try skip(past: Array("-->".utf8), what: "a comment")
                } else if try hasPrefix("<![CDATA[") {
                    start += 9
                    let bytes = try take(until: Array("]]>".utf8), what: "a CDATA section")
                    return .text(String(decoding: bytes, as: UTF8.self))
                } else {
                    try skip(past: [UInt8(ascii: ">")], what: "a declaration")
                }
            default:
                return try startTag()
            }
        }
    }

    // MARK: - Tags

    private mutating func startTag() throws(DumpError) -> Event {
        let at = offset
        start += 1
        let name = try self.name()
        var attributes: [XMLAttribute] = []
        while true {
            try skipSpace()
            guard try available(1) else { throw malformed("the input ends inside the tag <\(name)>", at: at) }
            switch buffer[start] {
            case UInt8(ascii: ">"):
                start += 1
                return .start(name: name, attributes: attributes, selfClosing: false, offset: at)
            case UInt8(ascii: "/"):
                guard try available(2), buffer[start + 1] == UInt8(ascii: ">") else {
                    throw malformed("“/” inside the tag <\(name)> is not followed by “>”")
                }
                start += 2
                return .start(name: name, attributes: attributes, selfClosing: true, offset: at)
            default:
                let attribute = try self.name()
                try skipSpace()
                guard try available(1) else { throw malformed("the input ends inside the tag <\(name)>", at: at) }
                guard buffer[start] == UInt8(ascii: "=") else {
                    throw malformed("the attribute \(attribute) of <\(name)> has no value")
                }
                start += 1
                try skipSpace()
                guard try available(1) else { throw malformed("the input ends inside the tag <\(name)>", at: at) }
                guard buffer[start] == UInt8(ascii: "\"") || buffer[start] == UInt8(ascii: "'") else {
                    throw malformed("the value of \(attribute) in <\(name)> is not quoted")
                }
                let quote = buffer[start]
                start += 1
                let raw = try take(until: [quote], what: "the value of \(attribute)")
                attributes.append(XMLAttribute(name: attribute, value: try XMLEntities.decode(raw, at: offset)))
            }
        }
    }

    private mutating func endTag() throws(DumpError) -> String {
        start += 2
        let name = try self.name()
        try skipSpace()
        guard try available(1), buffer[start] == UInt8(ascii: ">") else {
            throw malformed("the end tag </\(name) is not closed by “>”")
        }
        start += 1
        return name
    }

    private mutating func name() throws(DumpError) -> String {
        var length = 0
        while true {
            guard try available(length + 1) else { break }
            let byte = buffer[start + length]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || Self.isSpace(byte) { break }
            length += 1
        }
        guard length > 0 else { throw malformed("a tag or attribute has no name") }
        let name = String(decoding: buffer[start..<start + length], as: UTF8.self)
        start += length
        return name
    }

    private mutating func text() throws(DumpError) -> String {
        let at = offset
        let raw = try take(untilByte: UInt8(ascii: "<"))
        return try XMLEntities.decode(raw, at: at)
    }

    // MARK: - Buffer

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private mutating func skipSpace() throws(DumpError) {
        while try available(1), Self.isSpace(buffer[start]) { start += 1 }
    }

    private mutating func hasPrefix(_ text: String) throws(DumpError) -> Bool {
        let bytes = Array(text.utf8)
        guard try available(bytes.count) else { return false }
        return buffer[start..<start + bytes.count].elementsEqual(bytes)
    }

    private mutating func skip(past terminator: [UInt8], what: String) throws(DumpError) {
        _ = try take(until: terminator, what: what)
    }

    /// The bytes up to `byte` (not consumed), or to the end of the input.
    private mutating func take(untilByte byte: UInt8) throws(DumpError) -> ArraySlice<UInt8> {
        var scanned = 0
        while true {
            if let index = buffer[(start + scanned)..<end].firstIndex(of: byte) {
                let bytes = buffer[start..<index]
                start = index
                return bytes
            }
            scanned = end - start
            guard try available(scanned + 1) else {
                let bytes = buffer[start..<end]
                start = end
                return bytes
            }
        }
    }

    /// The bytes up to `terminator`, which is consumed.
    private mutating func take(until terminator: [UInt8], what: String) throws(DumpError) -> ArraySlice<UInt8> {
        let at = offset
        var scanned = 0
        while true {
            if let index = buffer[(start + scanned)..<end].firstIndex(of: terminator[0]) {
                if try available(index - start + terminator.count) {
                    if buffer[index..<index + terminator.count].elementsEqual(terminator) {
                        let bytes = buffer[start..<index]
                        start = index + terminator.count
                        return bytes
                    }
                    scanned = index - start + 1
                    continue
                }
                throw malformed("the input ends inside \(what)", at: at)
            }
            scanned = end - start
            guard try available(scanned + 1) else { throw malformed("the input ends inside \(what)", at: at) }
        }
    }

    /// Whether `count` bytes are buffered from `start`, reading (and compacting or growing the
    /// buffer) as needed; `false` only at the end of the input.
    private mutating func available(_ count: Int) throws(DumpError) -> Bool {
        while end - start < count {
            if sourceEnded { return false }
            if start > 0 {
                buffer.withUnsafeMutableBytes { bytes in
                    bytes.baseAddress!.copyMemory(from: bytes.baseAddress! + start, byteCount: end - start)
                }
                base += start
                end -= start
                start = 0
            }
            if buffer.count - end < chunk / 2 { buffer += [UInt8](repeating: 0, count: max(chunk, buffer.count)) }
            let read = try source.read(into: &buffer, from: end)
            if read == 0 { sourceEnded = true } else { end += read }
        }
        return true
    }

    private func malformed(_ message: String, at: Int? = nil) -> DumpError {
        DumpError(.malformedXML, message, byteOffset: at ?? offset)
    }
}

/// One attribute of a start tag.
struct XMLAttribute: Equatable {
    let name: String
    let value: String
}
