/// Resolves the `tracks` field of release-level credits (`"A1 to A3, B2"`) against a release's
/// real positions.
///
/// The parser is built once per release from its positions in tracklist order (sub-tracks
/// included), then resolves any number of specs. Understood forms:
///
/// | spec | meaning |
/// |---|---|
/// | `""` | the whole release |
/// | `A1, B2` (also `;` or `&` between parts) | those positions |
/// | `A1 to A3`, `A1-A3`, `A1 – A3` | a range, inclusive, in tracklist order (so `A2 to B1` crosses sides) |
/// | `A` | the position `A` if there is one, else every track of side A |
/// | `1` when the tracklist has `1a`…`1f` | every sub-track of 1 (also index parts `3.1`…) |
/// | `1-1 to 1-3`, `1-01 to 1-28`, `1a to 1f`, `5-34 to 5-39, 7-7 to 7-48` | ranges of those forms |
///
/// Positions match ignoring case, white space and a trailing dot, and by meaning when the text
/// differs (`1-1` finds `1-01`). Doubled spaces are fine. Anything that names no position is
/// reported in ``CreditRange/issues``.
///
/// ### Use
/// ```swift
/// let parser = CreditRangeParser(positions: ["1a", "1b", "1c", "2", "3"])
/// parser.resolve("1 to 2").positions  // ["1a", "1b", "1c", "2"]
/// parser.resolve("9").issues.first?.reason  // .unknownPosition
/// ```
public struct CreditRangeParser: Sendable {
    /// The release's positions in tracklist order, as given.
    public let positions: [String]
    private let exact: [String: Int]
    private let structural: [String: Int]
    private let descendants: [String: [Int]]

    /// Indexes `positions` (the release's positions in tracklist order, sub-tracks included).
    /// Empty positions (headings, index rows) are kept in ``positions`` but never matched.
    ///
    /// ```swift
    /// let parser = CreditRangeParser(positions: ["A1", "A2", "B1"])
    /// ```
    public init(positions: [String]) {
        self.positions = positions
        var exact: [String: Int] = [:]
        var structural: [String: Int] = [:]
        var descendants: [String: [Int]] = [:]
        for (index, raw) in positions.enumerated() {
            let normal = Self.normalized(raw)
            guard !normal.isEmpty else { continue }
            if exact[normal] == nil { exact[normal] = index }
            let parsed = PositionParser.parse(raw)
            if let key = Self.key(parsed), structural[key] == nil { structural[key] = index }
            for ancestor in Self.ancestors(parsed) { descendants[ancestor, default: []].append(index) }
        }
        self.exact = exact
        self.structural = structural
        self.descendants = descendants
    }

    /// Resolves `spec` against `positions` in one call.
    ///
    /// ```swift
    /// CreditRangeParser.resolve("A2 to B1", against: ["A1", "A2", "B1", "B2"]).positions  // ["A2", "B1"]
    /// ```
    /// - Parameters:
    ///   - spec: A credit's `tracks` value.
    ///   - positions: The release's positions in tracklist order.
    /// - Returns: The resolved range with any issues.
    public static func resolve(_ spec: String, against positions: [String]) -> CreditRange {
        CreditRangeParser(positions: positions).resolve(spec)
    }

    /// Resolves `spec` against this release's positions.
    ///
    /// ```swift
    /// CreditRangeParser(positions: ["A1", "A2", "B1"]).resolve("A").positions  // ["A1", "A2"]
    /// ```
    /// - Parameter spec: A credit's `tracks` value; blank means the whole release.
    /// - Returns: The positions named, in tracklist order, and an issue for each part that
    ///   named none.
    public func resolve(_ spec: String) -> CreditRange {
        if spec.allSatisfy(\.isWhitespace) {
            return CreditRange(spec: spec, positions: positions.filter { !Self.normalized($0).isEmpty },
                               appliesToWholeRelease: true, issues: [])
        }
        let (spans, issues) = spans(of: spec)
        var selected = [Bool](repeating: false, count: positions.count)
        for span in spans { for index in span { selected[index] = true } }
        let chosen = positions.indices.filter { selected[$0] }.map { positions[$0] }
        return CreditRange(spec: spec, positions: chosen, appliesToWholeRelease: false, issues: issues)
    }

    /// The spans of tracklist indices a non-blank `spec` names, one per part that resolved, in
    /// the spec's order (they may overlap), and an issue for each part that named none. Costs
    /// the spec's length and the spans' sizes, not the tracklist's: extraction resolves every
    /// credit of a 4,000-track box set with it.
    func spans(of spec: String) -> (spans: [ClosedRange<Int>], issues: [CreditRangeIssue]) {
        var spans: [ClosedRange<Int>] = []
        var issues: [CreditRangeIssue] = []
        var sawPart = false
        for rawPart in spec.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "&" }) {
            let written = rawPart.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !written.isEmpty else { continue }
            sawPart = true
            // En and em dashes read as hyphens; issues quote the part as written.
            let part = written.replacingDashes()
            switch resolvePart(part, words: part.split(separator: " ")) {
            case .success(let span):
                spans.append(span)
            case .failure(let issue):
                let unknown = issue.unknownPosition == part ? written : issue.unknownPosition
                issues.append(CreditRangeIssue(part: written, reason: issue.reason, unknownPosition: unknown))
            }
        }
        if !sawPart { issues.append(CreditRangeIssue(part: spec, reason: .malformed)) }
        return (spans, issues)
    }

    // MARK: - Parts

    private func resolvePart(_ part: String, words: [Substring]) -> Result<ClosedRange<Int>, CreditRangeIssue> {
        let toIndices = words.indices.filter { words[$0].lowercased() == "to" }
        if toIndices.count > 1 || toIndices.first.map({ $0 == 0 || $0 == words.count - 1 }) == true {
            return .failure(CreditRangeIssue(part: part, reason: .malformed))
        }
        if let to = toIndices.first {
            let start = words[..<to].joined(separator: " ")
            let end = words[(to + 1)...].joined(separator: " ")
            return range(part: part, from: start, to: end)
        }
        if let span = endpoint(part) { return .success(span) }
        // `A1-A3`: a hyphen that splits the part into two known positions (positions are short,
        // so long parts are not tried).
        guard part.utf8.count <= 64 else {
            return .failure(CreditRangeIssue(part: part, reason: .unknownPosition, unknownPosition: part))
        }
        let characters = Array(part)
        for (offset, character) in characters.enumerated() where character == "-" {
            let start = String(characters[..<offset]).trimmingSpaces()
            let end = String(characters[(offset + 1)...]).trimmingSpaces()
            guard !start.isEmpty, !end.isEmpty, endpoint(start) != nil, endpoint(end) != nil else { continue }
            return range(part: part, from: start, to: end)
        }
        // `A1-A9` where one end is missing: name the end that matched nothing.
        if !PositionParser.parse(part).isRecognized {
            for (offset, character) in characters.enumerated() where character == "-" {
                let start = String(characters[..<offset]).trimmingSpaces()
                let end = String(characters[(offset + 1)...]).trimmingSpaces()
                if PositionParser.parse(start).isRecognized, PositionParser.parse(end).isRecognized {
                    return range(part: part, from: start, to: end)
                }
            }
        }
        return .failure(CreditRangeIssue(part: part, reason: .unknownPosition, unknownPosition: part))
    }

    private func range(part: String, from start: String, to end: String) -> Result<ClosedRange<Int>, CreditRangeIssue> {
        guard let first = endpoint(start) else {
            return .failure(CreditRangeIssue(part: part, reason: .unknownPosition, unknownPosition: start))
        }
        guard let last = endpoint(end) else {
            return .failure(CreditRangeIssue(part: part, reason: .unknownPosition, unknownPosition: end))
        }
        guard first.lowerBound <= last.upperBound else {
            return .failure(CreditRangeIssue(part: part, reason: .reversedRange))
        }
        return .success(first.lowerBound...last.upperBound)
    }

    /// The span of tracklist indices one position text covers: itself, or all its sub-tracks,
    /// or a whole side or disc.
    private func endpoint(_ text: String) -> ClosedRange<Int>? {
        let normal = Self.normalized(text)
        guard !normal.isEmpty else { return nil }
        if let index = exact[normal] { return index...index }
        let parsed = PositionParser.parse(text)
        guard let key = Self.key(parsed) else { return nil }
        if let index = structural[key] { return index...index }
        if let children = descendants[key], let first = children.first, let last = children.last {
            return first...last
        }
        if parsed.form == .number, parsed.subtrack == nil, let track = parsed.track,
           let children = descendants["d\(track)"], let first = children.first, let last = children.last {
            return first...last
        }
        return nil
    }

    // MARK: - Keys

    /// Lower case, without white space or one trailing dot.
    static func normalized(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every position): the same folding, byte by byte.
            var bytes = text.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case 0x09...0x0D, 0x20: return nil
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
                default: return byte
                }
            }
            if bytes.count > 1, bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        return normalizedReference(text)
    }

    /// ``normalized(_:)`` by Characters, with no fast path (the tests compare the two).
    static func normalizedReference(_ text: String) -> String {
        var result = String(text.lowercased().filter { !$0.isWhitespace })
        if result.count > 1, result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// A key saying what a position means, so that `1-1` and `1-01` meet.
    static func key(_ position: TrackPosition) -> String? {
        let sub = position.subtrack.map { "p" + $0.lowercased() } ?? ""
        switch position.form {
        case .side:
            return "s" + (position.side ?? "") + (position.track.map { "t\($0)" } ?? "") + sub
        case .number:
            return (position.track.map { "t\($0)" } ?? "") + sub
        case .discTrack:
            let side = position.side.map { "s" + $0 } ?? ""
            return "d\(position.disc ?? 0)" + side + (position.track.map { "t\($0)" } ?? "") + sub
        case .dotted:
            guard let dotted = position.dotted else { return nil }
            return "x\(dotted.major).\(dotted.minor)" + (dotted.suffix?.lowercased() ?? "")
        case .empty, .unrecognized:
            return nil
        }
    }

    /// The keys of the groups a position belongs to: its track (for a sub-track), its side,
    /// its disc.
    static func ancestors(_ position: TrackPosition) -> [String] {
        var keys: [String] = []
        switch position.form {
        case .side:
            let side = "s" + (position.side ?? "")
            if position.subtrack != nil, let track = position.track { keys.append(side + "t\(track)") }
            if position.track != nil { keys.append(side) }
        case .number:
            if position.subtrack != nil, let track = position.track { keys.append("t\(track)") }
        case .discTrack:
            let disc = "d\(position.disc ?? 0)"
            let side = position.side.map { "s" + $0 } ?? ""
            if position.subtrack != nil, let track = position.track { keys.append(disc + side + "t\(track)") }
            if !side.isEmpty { keys.append(disc + side) }
            keys.append(disc)
        case .dotted:
            if let major = position.dotted?.major { keys += ["t\(major)", "d\(major)"] }
        case .empty, .unrecognized:
            break
        }
        return keys
    }
}

extension String {
    /// The text with en and em dashes (and the minus sign) written as ASCII hyphens.
    fileprivate func replacingDashes() -> String {
        guard contains(where: { $0 == "–" || $0 == "—" || $0 == "−" }) else { return self }
        return String(map { $0 == "–" || $0 == "—" || $0 == "−" ? "-" : $0 })
    }

    fileprivate func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
