/// Turns Discogs markup (artist and label profiles, release notes) into plain text.
///
/// | markup | text |
/// |---|---|
/// | `[a=Aphex Twin (2)]`, `[l=Warp Records]` | `Aphex Twin`, `Warp Records` (disambiguation suffix dropped) |
/// | `[a123]`, `[l45]`, `[r1]`, `[m7]`, `[r=1]` | the lookup's name, else `artist #123`, `label #45`, … |
/// | `[b]bold[/b]`, `[i]…[/i]`, `[u]…[/u]`, `[s]…[/s]` | the text inside |
/// | `[url=https://x.org]site[/url]` | `site` (the address when the text is empty) |
/// | `[url]https://x.org[/url]` | `https://x.org` |
/// | `&amp;`, `&#39;`, `&#x27;`, `&eacute;` | `&`, `'`, `'`, `é` |
/// | CRLF or CR line ends | LF |
///
/// Tags are matched case-insensitively. An opening tag without its closing tag (or the reverse),
/// and any tag the parser does not know (`[img=…]`, `[t=…]`, `[x]`), stay in the text as
/// written, so no words are ever lost; unknown or invalid character references stay too.
///
/// ### Use
/// ```swift
/// MarkupParser.plainText(from: "Founded by [a=Richard D. James (2)] &amp; friends.")
/// // "Founded by Richard D. James & friends."
/// MarkupParser.plainText(from: "See [r1].") { reference in reference == .release(1) ? "Stockholm" : nil }
/// // "See Stockholm."
/// ```
public enum MarkupParser: Sendable {
    /// The plain text of `markup`, with id references shown as placeholders (`artist #123`).
    ///
    /// ```swift
    /// MarkupParser.plainText(from: "[b]Bold[/b] move")  // "Bold move"
    /// ```
    public static func plainText(from markup: String) -> String {
        plainText(from: markup) { _ in nil }
    }

    /// The plain text of `markup`, resolving id references through `lookup`.
    ///
    /// ```swift
    /// MarkupParser.plainText(from: "Member of [a45].") { _ in "Orbital" }  // "Member of Orbital."
    /// ```
    /// - Parameters:
    ///   - markup: Discogs markup.
    ///   - lookup: Gives the name of a referenced artist, label, release or master, or `nil` to
    ///     show ``MarkupReference/placeholder``.
    /// - Returns: Plain text with LF line ends.
    public static func plainText(from markup: String, resolving lookup: (MarkupReference) -> String?) -> String {
        withoutActuallyEscaping(lookup) { lookup in
            var scanner = Scanner(bytes: Array(markup.utf8), lookup: lookup)
            return scanner.run()
        }
    }

    /// An opening tag waiting for its closing tag.
    private struct OpenTag {
        let name: String
        /// Where its literal text starts in the output, and how long it is.
        let start: Int
        let length: Int
        /// The address of `[url=…]`.
        let address: [UInt8]?
        /// Where the text inside starts in the output.
        let contentStart: Int
    }

    private struct Scanner {
        let bytes: [UInt8]
        let lookup: (MarkupReference) -> String?
        var out: [UInt8] = []
        var stack: [OpenTag] = []
        /// How many tags of each name are open, so a stray closing tag costs no search.
        var openCounts: [String: Int] = [:]
        /// Output ranges to replace when composing the result (matched tags' literals).
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []

        init(bytes: [UInt8], lookup: @escaping (MarkupReference) -> String?) {
            self.bytes = bytes
            self.lookup = lookup
            out.reserveCapacity(bytes.count)
        }

        mutating func run() -> String {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case ASCII.carriageReturn:
                    out.append(ASCII.newline)
                    index += index + 1 < bytes.count && bytes[index + 1] == ASCII.newline ? 2 : 1
                case UInt8(ascii: "&"):
                    if let (value, length) = HTMLEntities.decode(bytes, at: index) {
                        out += value
                        index += length
                    } else {
                        out.append(byte)
                        index += 1
                    }
                case UInt8(ascii: "["):
                    index = tag(at: index)
                default:
                    out.append(byte)
                    index += 1
                }
            }
            return compose()
        }

        /// Handles a `[` at `start`; returns where scanning goes on.
        mutating func tag(at start: Int) -> Int {
            var end = start + 1
            let limit = min(bytes.count, start + 2048)
            while end < limit, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "["),
                  bytes[end] != ASCII.newline, bytes[end] != ASCII.carriageReturn { end += 1 }
            guard end < limit, bytes[end] == UInt8(ascii: "]") else {
                out.append(UInt8(ascii: "["))
                return start + 1
            }
            let body = start + 1..<end
            let next = end + 1
            if handle(body: body, literal: start..<next) { return next }
            out.append(UInt8(ascii: "["))
            return start + 1
        }

        /// Applies a tag; `false` when the tag is unknown (the caller keeps it as text).
        mutating func handle(body: Range<Int>, literal: Range<Int>) -> Bool {
            guard !body.isEmpty else { return false }
            if bytes[body.lowerBound] == UInt8(ascii: "/") {
                let name = ASCII.lowercasedString(bytes, body.lowerBound + 1..<body.upperBound)
                guard ["b", "i", "u", "s", "url"].contains(name) else { return false }
                close(name, literal: literal)
                return true
            }
            var nameEnd = body.lowerBound
            while nameEnd < body.upperBound, ASCII.isLetter(bytes[nameEnd]) { nameEnd += 1 }
            let name = ASCII.lowercasedString(bytes, body.lowerBound..<nameEnd)
            let rest = nameEnd..<body.upperBound
            if rest.isEmpty, ["b", "i", "u", "s", "url"].contains(name) {
                open(name, literal: literal, address: nil)
                return true
            }
            let hasValue = !rest.isEmpty && bytes[rest.lowerBound] == UInt8(ascii: "=")
            let value = hasValue ? rest.lowerBound + 1..<rest.upperBound : rest
            if name == "url", hasValue {
                open(name, literal: literal, address: HTMLEntities.decodeAll(Array(bytes[value])))
                return true
            }
            if let id = ASCII.integer(bytes, value, maxDigits: 12) {
                let reference: MarkupReference?
                switch (name, hasValue) {
                case ("a", false): reference = .artist(id)
                case ("l", false): reference = .label(id)
                case ("r", _): reference = .release(id)
                case ("m", _): reference = .master(id)
                default: reference = nil
                }
                if let reference {
                    out += Array((lookup(reference) ?? reference.placeholder).utf8)
                    return true
                }
            }
            if hasValue, name == "a" || name == "l", !value.isEmpty {
                let text = String(decoding: HTMLEntities.decodeAll(Array(bytes[value])), as: UTF8.self)
                out += Array(ArtistCreditFormatter.strippingDisambiguation(text).utf8)
                return true
            }
            return false
        }

        mutating func open(_ name: String, literal: Range<Int>, address: [UInt8]?) {
            let start = out.count
            out += bytes[literal]
            openCounts[name, default: 0] += 1
            stack.append(OpenTag(name: name, start: start, length: literal.count, address: address,
                                 contentStart: out.count))
        }

        mutating func close(_ name: String, literal: Range<Int>) {
            guard openCounts[name, default: 0] > 0, let depth = stack.lastIndex(where: { $0.name == name }) else {
                out += bytes[literal]
                return
            }
            let tag = stack[depth]
            // Tags opened inside it and never closed stay as text. The search above is paid for
            // by the tags removed here, so closing stays linear overall.
            for removed in stack[depth...] { openCounts[removed.name, default: 1] -= 1 }
            stack.removeSubrange(depth...)
            var replacement: [UInt8] = []
            if let address = tag.address, out.count == tag.contentStart { replacement = address }
            edits.append((tag.start..<tag.start + tag.length, replacement))
        }

        func compose() -> String {
            guard !edits.isEmpty else { return String(decoding: out, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(out.count)
            var cursor = 0
            for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                result += out[cursor..<edit.range.lowerBound]
                result += edit.replacement
                cursor = edit.range.upperBound
            }
            result += out[cursor...]
            return String(decoding: result, as: UTF8.self)
        }
    }
}
