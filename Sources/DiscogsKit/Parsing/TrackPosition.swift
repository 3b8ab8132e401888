/// What a Discogs track `position` says: side, disc, track and sub-track.
///
/// Built by ``PositionParser/parse(_:)``. The raw text is always kept; parts the text does not
/// state are `nil`.
///
/// | raw | form | medium | side | disc | track | subtrack |
/// |---|---|---|---|---|---|---|
/// | `A1` | side | | A | | 1 | |
/// | `AA` | side | | AA | | | |
/// | `b2a` | side | | B | | 2 | a |
/// | `B4.1` | side | | B | | 4 | 1 |
/// | `1-03` | discTrack | | | 1 | 3 | |
/// | `CD2-4` | discTrack | CD | | 2 | 4 | |
/// | `12.` | number | | | | 12 | |
/// | `5a` | number | | | | 5 | a |
/// | `1.01`, `3.1` | dotted | | | | | |
/// | `Video`, `""` | unrecognized, empty | | | | | |
///
/// A dotted form (`1.01`, `2.12A`) means disc.track on a multi-disc release but a medley or
/// index part on a single disc, and only the caller knows the format quantity. The parser leaves
/// `disc`, `track` and `subtrack` `nil` for it and describes the numbers in ``dotted``; call
/// ``resolved(formatQuantity:)`` or ``reading(_:)`` to pick an interpretation.
///
/// ```swift
/// let position = PositionParser.parse("2.12A")
/// position.dotted            // major 2, minor 12, suffix "A"
/// position.resolved(formatQuantity: 2).disc   // 2
/// position.resolved(formatQuantity: 1).track  // 2 (part "12A" of track 2)
/// ```
public struct TrackPosition: Sendable, Hashable, CustomStringConvertible {
    /// The shape of a position string.
    public enum Form: String, Sendable, Hashable, Codable {
        /// No position (headings, index tracks): empty or blank text.
        case empty
        /// A vinyl or cassette side, with or without a track number: `A`, `A1`, `AA1`, `B2a`.
        case side
        /// A track number, with or without a sub-track: `7`, `12.`, `5a`.
        case number
        /// A disc and a track: `1-3`, `1-01`, `CD2-4`, `DVD1-1`, `2-A1`.
        case discTrack
        /// Two numbers joined by a dot (`1.01`, `3.1`, `2.12A`): disc.track or track.part,
        /// decided by the caller.
        case dotted
        /// Anything else; only ``TrackPosition/raw`` is set.
        case unrecognized
    }

    /// How to read a dotted position.
    public enum DottedReading: String, Sendable, Hashable, Codable {
        /// `major` is the disc and `minor` the track (a multi-disc release).
        case discTrack
        /// `major` is the track and `minor` (with its suffix) the part (a medley or an index).
        case trackPart
    }

    /// The numbers of a dotted position such as `2.12A`.
    public struct DottedNumbers: Sendable, Hashable {
        /// The number before the dot (`2`).
        public let major: Int
        /// The number after the dot (`12`).
        public let minor: Int
        /// The digits after the dot as written (`"01"` keeps its zero).
        public let minorText: String
        /// Letters after the minor number (`"A"`), or `nil`.
        public let suffix: String?

        /// Creates the numbers of a dotted position.
        ///
        /// ```swift
        /// let numbers = TrackPosition.DottedNumbers(major: 2, minor: 12, minorText: "12", suffix: "A")
        /// ```
        public init(major: Int, minor: Int, minorText: String, suffix: String? = nil) {
            self.major = major
            self.minor = minor
            self.minorText = minorText
            self.suffix = suffix
        }
    }

    /// The position exactly as given.
    public let raw: String
    /// The shape of ``raw``.
    public let form: Form
    /// A medium prefix written before the disc number (`"CD"` in `CD2-4`), as written.
    public let medium: String?
    /// The side in upper case (`"A"`, `"AA"`), or `nil`.
    public let side: String?
    /// The disc number, or `nil`.
    public let disc: Int?
    /// The track number, or `nil`.
    public let track: Int?
    /// The sub-track as written (`"a"` in `A1a`, `"1"` in `B4.1`), or `nil`.
    public let subtrack: String?
    /// The numbers of a ``Form/dotted`` position, or `nil` for every other form.
    public let dotted: DottedNumbers?

    /// Creates a position from its parts; ``PositionParser/parse(_:)`` is the usual way.
    ///
    /// ```swift
    /// let position = TrackPosition(raw: "A1", form: .side, side: "A", track: 1)
    /// ```
    public init(raw: String, form: Form, medium: String? = nil, side: String? = nil, disc: Int? = nil,
                track: Int? = nil, subtrack: String? = nil, dotted: DottedNumbers? = nil) {
        self.raw = raw
        self.form = form
        self.medium = medium
        self.side = side
        self.disc = disc
        self.track = track
        self.subtrack = subtrack
        self.dotted = dotted
    }

    /// Whether the position names a playable place: anything but ``Form/empty`` and
    /// ``Form/unrecognized``.
    public var isRecognized: Bool { form != .empty && form != .unrecognized }

    /// This position with a dotted form read as `reading`; other forms are returned unchanged.
    ///
    /// ```swift
    /// PositionParser.parse("1.01").reading(.discTrack).track  // 1
    /// PositionParser.parse("3.1").reading(.trackPart).subtrack // "1"
    /// ```
    public func reading(_ reading: DottedReading) -> TrackPosition {
        guard let dotted else { return self }
        switch reading {
        case .discTrack:
            return TrackPosition(raw: raw, form: form, disc: dotted.major, track: dotted.minor,
                                 subtrack: dotted.suffix, dotted: dotted)
        case .trackPart:
            return TrackPosition(raw: raw, form: form, track: dotted.major,
                                 subtrack: dotted.minorText + (dotted.suffix ?? ""), dotted: dotted)
        }
    }

    /// This position with a dotted form read for a release of `formatQuantity` discs: disc.track
    /// when there are several discs and `major` is one of them, track.part otherwise.
    ///
    /// For a whole tracklist prefer ``PositionParser/resolveDotted(_:formatQuantity:)``, which
    /// decides once for every position.
    ///
    /// ```swift
    /// PositionParser.parse("2.01").resolved(formatQuantity: 2).disc   // 2
    /// PositionParser.parse("35.03").resolved(formatQuantity: 1).track // 35
    /// ```
    public func resolved(formatQuantity: Int) -> TrackPosition {
        guard let dotted else { return self }
        return reading(formatQuantity > 1 && dotted.major >= 1 && dotted.major <= formatQuantity
                       ? .discTrack : .trackPart)
    }

    /// The raw text.
    public var description: String { raw }
}
