/// Reads Discogs track positions (`A1`, `1-03`, `CD2-4`, `5a`, `12.`, `1.01`) into a ``TrackPosition``.
///
/// Accepted forms (letters in any case; surrounding white space and one trailing dot ignored):
/// - sides: `A`, `A1`, `AA`, `AA1`, with a sub-track `A1a` or an index part `B4.1`;
/// - numbers: `7`, `12.`, with a sub-track `5a`;
/// - disc–track: `1-3`, `1-01`, `CD2-4`, `DVD1-1`, `2-A1`, `1-3a` (a medium prefix has two to six
///   letters, so `A4-A9` is not disc 4 of medium "A");
/// - dotted: `1.01`, `3.1`, `2.12A` — reported as ``TrackPosition/Form/dotted`` for the caller to
///   resolve (see ``resolveDotted(_:formatQuantity:)``).
///
/// Anything else (`Video`, `Bonus`, `CD`, `1/2`) is ``TrackPosition/Form/unrecognized`` with the
/// raw text kept and every part `nil`.
///
/// ### Use
/// ```swift
/// let position = PositionParser.parse("B2")
/// position.side   // "B"
/// position.track  // 2
/// ```
public enum PositionParser: Sendable {
    /// The parts of `text`.
    ///
    /// ```swift
    /// PositionParser.parse("CD2-4").disc  // 2
    /// ```
    /// - Parameter text: A Discogs `position` value.
    /// - Returns: The position; never fails (see ``TrackPosition/Form/unrecognized``).
    public static func parse(_ text: String) -> TrackPosition {
        let bytes = Array(text.utf8)
        var range = ASCII.trimmed(bytes)
        if range.isEmpty { return TrackPosition(raw: text, form: .empty) }
        if range.count > 24 { return TrackPosition(raw: text, form: .unrecognized) }
        if range.count > 1, bytes[range.upperBound - 1] == ASCII.dot,
           let before = Optional(bytes[range.upperBound - 2]), ASCII.isDigit(before) || ASCII.isLetter(before) {
            range = range.lowerBound..<range.upperBound - 1
        }
        if let hyphen = range.firstIndex(where: { bytes[$0] == ASCII.hyphen }) {
            return discTrack(text, bytes, range, hyphen: hyphen)
        }
        return local(text, bytes, range) ?? TrackPosition(raw: text, form: .unrecognized)
    }

    /// Resolves every dotted position of one tracklist the same way: as disc.track when the
    /// release has several discs and every dotted major number is one of them, as track.part
    /// otherwise. Other positions are returned unchanged.
    ///
    /// ```swift
    /// let positions = ["1.01", "1.02", "6", "35.03"].map(PositionParser.parse)
    /// PositionParser.resolveDotted(positions, formatQuantity: 1)[3].subtrack  // "03"
    /// ```
    /// - Parameters:
    ///   - positions: The parsed positions of one release, in tracklist order.
    ///   - formatQuantity: The release's number of discs (`format_quantity`).
    /// - Returns: The positions with dotted forms read one way.
    public static func resolveDotted(_ positions: [TrackPosition], formatQuantity: Int) -> [TrackPosition] {
        let majors = positions.compactMap { $0.dotted?.major }
        guard !majors.isEmpty else { return positions }
        let asDiscs = formatQuantity > 1 && majors.allSatisfy { $0 >= 1 && $0 <= formatQuantity }
        return positions.map { $0.reading(asDiscs ? .discTrack : .trackPart) }
    }

    // MARK: - Forms

    /// `[medium]disc-rest`, where rest is a number or a side form.
    private static func discTrack(_ text: String, _ bytes: [UInt8], _ range: Range<Int>, hyphen: Int) -> TrackPosition {
        var digitsStart = hyphen
        while digitsStart > range.lowerBound, ASCII.isDigit(bytes[digitsStart - 1]) { digitsStart -= 1 }
        let prefix = range.lowerBound..<digitsStart
        guard prefix.isEmpty || (2...6).contains(prefix.count), prefix.allSatisfy({ ASCII.isLetter(bytes[$0]) }),
              let disc = ASCII.integer(bytes, digitsStart..<hyphen, maxDigits: 3),
              let rest = local(text, bytes, hyphen + 1..<range.upperBound)
        else { return TrackPosition(raw: text, form: .unrecognized) }
        let medium = prefix.isEmpty ? nil : ASCII.string(bytes, prefix)
        switch rest.form {
        case .number, .side:
            return TrackPosition(raw: text, form: .discTrack, medium: medium, side: rest.side, disc: disc,
                                 track: rest.track, subtrack: rest.subtrack)
        case .dotted:
            // `1-3.1`: the disc is known, so the dot marks an index part.
            let part = rest.reading(.trackPart)
            return TrackPosition(raw: text, form: .discTrack, medium: medium, disc: disc,
                                 track: part.track, subtrack: part.subtrack)
        default:
            return TrackPosition(raw: text, form: .unrecognized)
        }
    }

    /// A position without a disc: a side form, a number or a dotted form.
    private static func local(_ text: String, _ bytes: [UInt8], _ range: Range<Int>) -> TrackPosition? {
        guard !range.isEmpty else { return nil }
        var index = range.lowerBound
        var side: String?
        if ASCII.isLetter(bytes[index]) {
            let first = ASCII.uppercased(bytes[index])
            index += 1
            var sideBytes = [first]
            if index < range.upperBound, ASCII.isLetter(bytes[index]), ASCII.uppercased(bytes[index]) == first {
                sideBytes.append(first)
                index += 1
            }
            side = String(decoding: sideBytes, as: UTF8.self)
            if index == range.upperBound { return TrackPosition(raw: text, form: .side, side: side) }
        }
        let digitsStart = index
        while index < range.upperBound, ASCII.isDigit(bytes[index]) { index += 1 }
        guard let number = ASCII.integer(bytes, digitsStart..<index, maxDigits: 4) else { return nil }
        let form: TrackPosition.Form = side == nil ? .number : .side
        if index == range.upperBound { return TrackPosition(raw: text, form: form, side: side, track: number) }
        if bytes[index] == ASCII.dot {
            let minorStart = index + 1
            var minorEnd = minorStart
            while minorEnd < range.upperBound, ASCII.isDigit(bytes[minorEnd]) { minorEnd += 1 }
            guard let minor = ASCII.integer(bytes, minorStart..<minorEnd, maxDigits: 4),
                  let suffix = letters(bytes, minorEnd..<range.upperBound)
            else { return nil }
            let minorText = ASCII.string(bytes, minorStart..<minorEnd)
            if side != nil {
                return TrackPosition(raw: text, form: .side, side: side, track: number,
                                     subtrack: minorText + (suffix ?? ""))
            }
            return TrackPosition(raw: text, form: .dotted,
                                 dotted: .init(major: number, minor: minor, minorText: minorText, suffix: suffix))
        }
        guard let subtrack = letters(bytes, index..<range.upperBound), subtrack != nil else { return nil }
        return TrackPosition(raw: text, form: form, side: side, track: number, subtrack: subtrack)
    }

    /// One or two ASCII letters as written (`.some(nil)` for an empty range, `nil` for anything else).
    private static func letters(_ bytes: [UInt8], _ range: Range<Int>) -> String?? {
        if range.isEmpty { return .some(nil) }
        guard range.count <= 2, range.allSatisfy({ ASCII.isLetter(bytes[$0]) }) else { return nil }
        return .some(ASCII.string(bytes, range))
    }
}
